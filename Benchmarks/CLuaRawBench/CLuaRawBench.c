#include "CLuaRawBench.h"

#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct baocao_rawbench {
    lua_State *L;
    int function; /* registry reference of the hook function */
    int period;   /* registry references of the nested tables, for the "kept" loop */
    int unit;
};

static void push_period(lua_State *L);
static void push_unit(lua_State *L);

baocao_rawbench *baocao_rawbench_open(const char *chunk, const char *hook) {
    lua_State *L = luaL_newstate();
    if (L == NULL) { fputs("raw bench: cannot create a state\n", stderr); return NULL; }
    luaL_openlibs(L);
    if (luaL_loadstring(L, chunk) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        fprintf(stderr, "raw bench: %s\n", lua_tostring(L, -1));
        lua_close(L);
        return NULL;
    }
    if (lua_type(L, -1) != LUA_TTABLE || lua_getfield(L, -1, hook) != LUA_TFUNCTION) {
        fprintf(stderr, "raw bench: the chunk returns no function '%s'\n", hook);
        lua_close(L);
        return NULL;
    }
    baocao_rawbench *bench = malloc(sizeof *bench);
    if (bench == NULL) { lua_close(L); return NULL; }
    bench->L = L;
    bench->function = luaL_ref(L, LUA_REGISTRYINDEX); /* pops the function */
    lua_pop(L, 1);                                     /* the table */
    push_period(L);
    bench->period = luaL_ref(L, LUA_REGISTRYINDEX);
    push_unit(L);
    bench->unit = luaL_ref(L, LUA_REGISTRYINDEX);
    return bench;
}

static void push_period(lua_State *L) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, "2023-Q3");
    lua_setfield(L, -2, "id");
    lua_pushstring(L, "2023-07-01");
    lua_setfield(L, -2, "first_day");
    lua_pushstring(L, "2023-09-30");
    lua_setfield(L, -2, "last_day");
}

static void push_unit(lua_State *L) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, "xa-tan-lap");
    lua_setfield(L, -2, "id");
    lua_pushstring(L, "Xã Tân Lập");
    lua_setfield(L, -2, "name");
    lua_pushstring(L, "commune");
    lua_setfield(L, -2, "level");
}

/* The argument: the same fields and text as the Swift side builds. With `bench`, the nested
   tables come from the registry instead of being built again. */
static void push_argument_from(lua_State *L, const baocao_rawbench *bench) {
    lua_createtable(L, 0, 5);
    lua_pushstring(L, "2023-11-05");
    lua_setfield(L, -2, "deadline");
    lua_pushstring(L, "2023-11-01");
    lua_setfield(L, -2, "receiver_deadline");
    lua_pushstring(L, "2023-10-01");
    lua_setfield(L, -2, "reference_date");
    if (bench != NULL) lua_rawgeti(L, LUA_REGISTRYINDEX, bench->period); else push_period(L);
    lua_setfield(L, -2, "period");
    if (bench != NULL) lua_rawgeti(L, LUA_REGISTRYINDEX, bench->unit); else push_unit(L);
    lua_setfield(L, -2, "unit");
}

static void push_argument(lua_State *L) { push_argument_from(L, NULL); }

long baocao_rawbench_run(baocao_rawbench *bench, long count) { return baocao_rawbench_run_kept(bench, count, 0); }

long baocao_rawbench_run_kept(baocao_rawbench *bench, long count, int kept) {
    lua_State *L = bench->L;
    long strings = 0;
    for (long i = 0; i < count; i++) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, bench->function);
        int arguments = kept == 2 ? 0 : 1;
        if (arguments) push_argument_from(L, kept ? bench : NULL);
        if (lua_pcall(L, arguments, 1, 0) != LUA_OK) {
            fprintf(stderr, "raw bench: %s\n", lua_tostring(L, -1));
            lua_pop(L, 1);
            return -1;
        }
        size_t length = 0;
        const char *result = lua_tolstring(L, -1, &length);
        if (result != NULL && length > 0) strings++;
        lua_pop(L, 1);
    }
    return strings;
}

int baocao_rawbench_sample(baocao_rawbench *bench, char *buffer, unsigned long size) {
    lua_State *L = bench->L;
    if (size == 0) return -1;
    lua_rawgeti(L, LUA_REGISTRYINDEX, bench->function);
    push_argument(L);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        snprintf(buffer, size, "error: %s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    const char *result = lua_tostring(L, -1);
    snprintf(buffer, size, "%s", result != NULL ? result : "nil");
    lua_pop(L, 1);
    return 0;
}

void baocao_rawbench_close(baocao_rawbench *bench) {
    if (bench == NULL) return;
    lua_close(bench->L);
    free(bench);
}
