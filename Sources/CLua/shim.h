#ifndef BAOCAO_CLUA_SHIM_H
#define BAOCAO_CLUA_SHIM_H
/* Lua 5.4's public headers; pkg-config lua5.4 adds their folder (/usr/include/lua5.4 on Debian). */
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
#endif
