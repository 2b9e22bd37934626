#ifndef BAOCAO_CLUAPATTERNS_H
#define BAOCAO_CLUAPATTERNS_H

/*
 * Bounded Lua pattern matching.
 *
 * Lua's string.find, string.match, string.gmatch and string.gsub run their matcher in C, where the
 * count hook never fires, so a hostile pattern (e.g. string.find(string.rep("a", 5000),
 * string.rep("a*", 12) .. "b")) can run for minutes. The replacements installed here behave like
 * the stock Lua 5.4 functions (same results, same error messages) but count the matcher's steps
 * and raise the Lua error "pattern too complex: gave up after N steps" (N = max_steps) once one
 * call uses more than its budget.
 *
 * A step is one unit of matcher work: one call of the recursive matcher or one turn of its tail
 * loop, one character examined by a repetition (*, +, -) or by %b, one backtracking attempt, one
 * candidate position of a plain find, or 16 bytes compared by a back-reference (%1) or a plain
 * find. The budget is per call of find, match and gsub (all start positions and all replacements
 * of that call together) and per call of a gmatch iterator (each iteration gets a fresh budget).
 * Time spent in a gsub replacement function is Lua code, bounded by the ordinary hooks instead.
 */

#include <lua.h>

/*
 * Replaces the fields find, match, gmatch and gsub of the table at `string_table_index` (any valid
 * index, relative or absolute; normally the `string` library table, which is also the string
 * metatable's __index, so method calls such as s:find(...) use the replacements too) with bounded
 * versions whose budget is `max_steps` steps. The budget is stored as an upvalue of each installed
 * closure, so states never share it; installing again replaces the functions with a new budget.
 * A max_steps below 1 is treated as 1 (every non-trivial match then fails loudly), so a mistaken
 * 0 never turns the bound off.
 *
 * Fields are set with raw access (no metamethods run). Returns 1 when installed, 0 (and changes
 * nothing) when the value at the index is not a table. Leaves the stack as it found it. Never
 * raises except on memory errors, so call it inside a protected call (e.g. right after
 * luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1), with index -1).
 */
int baocao_lua_install_bounded_patterns(lua_State *L, int string_table_index, long max_steps);

#endif
