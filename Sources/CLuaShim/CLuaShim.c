#include "CLuaShim.h"

void baocao_lua_close(lua_State *L) { lua_close(L); }

int baocao_lua_collect(lua_State *L) { return lua_gc(L, LUA_GCCOLLECT); }

const char *baocao_lua_function_source(lua_State *L, int index, size_t *length, int *line) {
    if (lua_type(L, index) != LUA_TFUNCTION || lua_iscfunction(L, index)) return NULL;
    lua_Debug ar;
    lua_pushvalue(L, index);
    lua_getinfo(L, ">S", &ar);
    const char *source = ar.source;
    *length = ar.srclen;
    if (*length > 0 && source[0] == '@') { source++; (*length)--; }
    *line = ar.linedefined;
    return source;
}

int baocao_lua_registryindex(void) { return LUA_REGISTRYINDEX; }
void baocao_lua_pop(lua_State *L, int n) { lua_pop(L, n); }
int baocao_lua_gettop(lua_State *L) { return lua_gettop(L); }
void baocao_lua_settop(lua_State *L, int index) { lua_settop(L, index); }
int baocao_lua_type(lua_State *L, int index) { return lua_type(L, index); }
int baocao_lua_isinteger(lua_State *L, int index) { return lua_isinteger(L, index); }
long long baocao_lua_tointeger(lua_State *L, int index) { return (long long)lua_tointegerx(L, index, NULL); }
double baocao_lua_tonumber(lua_State *L, int index) { return (double)lua_tonumberx(L, index, NULL); }
int baocao_lua_toboolean(lua_State *L, int index) { return lua_toboolean(L, index); }

const char *baocao_lua_tostring(lua_State *L, int index, size_t *length) {
    if (lua_type(L, index) != LUA_TSTRING) return NULL;
    return lua_tolstring(L, index, length);
}

const char *baocao_lua_release(void) { return LUA_RELEASE; }
