#ifndef BAOCAO_CLUASHIM_H
#define BAOCAO_CLUASHIM_H

/*
 * The project's C shim over Lua 5.4.
 *
 * Swift must never sit between a Lua error and the protected call that catches it: Lua raises
 * with longjmp, which skips Swift's cleanup. The sandbox (CLuaSandbox.h) runs every call in
 * protected mode and does all raising in C; the functions here wrap the C API's function-like
 * macros, which do not import into Swift, and never raise.
 */

#include <stddef.h>
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
#include "CLuaSandbox.h"
#include "CLuaPatterns.h"

/* Status codes returned by the protected calls below (same values as Lua's). */
#define BAOCAO_LUA_OK LUA_OK

/* Closes a state and frees everything it holds. */
void baocao_lua_close(lua_State *L);

/* Runs a full garbage collection. Call in host mode only. */
int baocao_lua_collect(lua_State *L);

/*
 * Where the Lua function at `index` is defined: its chunk name without the leading '@' (length in
 * *length) and its first line in *line; NULL for a C function or a non-function. Never raises.
 */
const char *baocao_lua_function_source(lua_State *L, int index, size_t *length, int *line);

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
