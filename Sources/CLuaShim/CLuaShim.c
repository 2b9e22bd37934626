#include "CLuaShim.h"

lua_State *baocao_lua_newstate(void) { return luaL_newstate(); }

void baocao_lua_close(lua_State *L) { lua_close(L); }

/* Message handler: turns any error value into "message\nstack traceback: ...". */
static int traceback_handler(lua_State *L) {
    const char *message = lua_tostring(L, 1);
    if (message == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
            return 1; /* the error object's own description */
        }
        message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, message, 1);
    return 1;
}

static int open_safe_libs(lua_State *L) {
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},          {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_TABLIBNAME, luaopen_table},    {LUA_STRLIBNAME, luaopen_string},
        {LUA_MATHLIBNAME, luaopen_math},    {LUA_UTF8LIBNAME, luaopen_utf8},
        {NULL, NULL},
    };
    for (const luaL_Reg *lib = libs; lib->func != NULL; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushnil(L);
    lua_setglobal(L, "dofile");
    lua_pushnil(L);
    lua_setglobal(L, "loadfile");
    return 0;
}

int baocao_lua_open_safe_libs(lua_State *L) {
    lua_pushcfunction(L, traceback_handler);
    int handler = lua_gettop(L);
    lua_pushcfunction(L, open_safe_libs);
    int status = lua_pcall(L, 0, 0, handler);
    lua_remove(L, handler);
    return status;
}

int baocao_lua_run(lua_State *L, const char *code, size_t length, const char *chunkname, int *nresults) {
    int base = lua_gettop(L);
    lua_pushcfunction(L, traceback_handler);
    int handler = lua_gettop(L);
    /* luaL_loadbufferx never raises ([-0, +1, -] in the manual): it returns LUA_ERRSYNTAX or
       LUA_ERRMEM with the message on the stack. Mode "t" refuses binary chunks. */
    int status = luaL_loadbufferx(L, code, length, chunkname, "t");
    if (status == LUA_OK) {
        status = lua_pcall(L, 0, LUA_MULTRET, handler);
    }
    lua_remove(L, handler);
    *nresults = status == LUA_OK ? lua_gettop(L) - base : 0;
    return status;
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
