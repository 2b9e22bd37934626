#ifndef BAOCAO_CLUASHIM_H
#define BAOCAO_CLUASHIM_H

/*
 * The project's C shim over Lua 5.4.
 *
 * Swift must never sit between a Lua error and the protected call that catches it: Lua raises
 * with longjmp, which skips Swift's cleanup. Every function here that can raise (allocate, load,
 * call) does its work inside lua_pcall, in C, and reports the outcome through its return value.
 * The other functions wrap the C API's function-like macros, which do not import into Swift.
 */

#include <stddef.h>
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/* Status codes returned by the protected calls below (same values as Lua's). */
#define BAOCAO_LUA_OK LUA_OK

/* A new state with Lua's default allocator, or NULL when memory is short. */
lua_State *baocao_lua_newstate(void);

/* Closes a state and frees everything it holds. */
void baocao_lua_close(lua_State *L);

/*
 * Opens the libraries a plugin may use: base, coroutine, table, string, math, utf8; and removes
 * base functions that reach the file system (dofile, loadfile). Runs in protected mode.
 * Returns LUA_OK, or an error status with the message string on top of the stack.
 */
int baocao_lua_open_safe_libs(lua_State *L);

/*
 * Loads `code` as a text chunk (binary chunks are refused) named `chunkname` and calls it with no
 * arguments, in protected mode with a traceback handler. On LUA_OK the chunk's results are on the
 * stack and *nresults holds their count; otherwise one string (message and traceback) is on top.
 */
int baocao_lua_run(lua_State *L, const char *code, size_t length, const char *chunkname, int *nresults);

/* Wrappers for macros and constants. */
int baocao_lua_registryindex(void);
void baocao_lua_pop(lua_State *L, int n);
int baocao_lua_gettop(lua_State *L);
void baocao_lua_settop(lua_State *L, int index);
int baocao_lua_type(lua_State *L, int index);
int baocao_lua_isinteger(lua_State *L, int index);
long long baocao_lua_tointeger(lua_State *L, int index);
double baocao_lua_tonumber(lua_State *L, int index);
int baocao_lua_toboolean(lua_State *L, int index);

/*
 * The bytes of the string at `index`, or NULL when the value is not a string. Never converts a
 * number in place (which would allocate and could raise).
 */
const char *baocao_lua_tostring(lua_State *L, int index, size_t *length);

/* "Lua 5.4.x", the release this program was built against. */
const char *baocao_lua_release(void);

#endif
