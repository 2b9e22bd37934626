#include "CLuaSandbox.h"
#include "CLuaPatterns.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define VIEW_META "baocao.view"

/* The registry slot holding the view metatable, so that freezing does not look it up by name. */
static const char VIEW_META_KEY = 0;

baocao_sandbox *baocao_sandbox_of(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (baocao_sandbox *)ud;
}

/* ---- Clocks -------------------------------------------------------------------------------- */

static _Atomic int interrupt_all = 0;

void baocao_sandbox_interrupt_all(int on) { interrupt_all = on ? 1 : 0; }

static double monotonic_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

double baocao_sandbox_monotonic(void) { return monotonic_seconds(); }

static double thread_cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* After this much wall time a call's CPU time is measured with the thread's CPU clock. */
#define CPU_CLOCK_AFTER 0.010
/* A thousand instructions that take longer than this are expensive: check on every one. */
#define EXPENSIVE_STEP 0.001
/* Bytes a script may allocate between two clock checks from the allocator. */
#define ALLOCATION_CHECK (1u << 20)

/* The CPU seconds the current call has used so far (its first 10 ms counted as CPU). */
static double call_cpu_seconds(baocao_sandbox *box, double now) {
    if (box->call_cpu_start < 0) return now - box->call_wall_start;
    return thread_cpu_seconds() - box->call_cpu_start + box->call_cpu_before;
}

/*
 * Reads the clock and marks the state killed when the call or the plugin is out of time, or the
 * host is stopping. Never raises. Cheap: one monotonic clock read; the CPU clock is read only
 * when wall time alone says a limit may have passed, and then at most every 10 ms.
 */
static void check_time(baocao_sandbox *box) {
    if (box->killed != BAOCAO_KILL_NONE || box->depth == 0) return;
    if (interrupt_all) { box->killed = BAOCAO_KILL_INTERRUPTED; return; }
    if (box->call_limit <= 0 && box->total_limit <= 0) return;
    double now = monotonic_seconds();
    double wall = now - box->call_wall_start;
    if (box->call_cpu_start < 0 && wall > CPU_CLOCK_AFTER) {
        box->call_cpu_start = thread_cpu_seconds();
        box->call_cpu_before = wall;
    }
    int may_pass_call = box->call_limit > 0 && wall > box->call_limit;
    int may_pass_total = box->total_limit > 0 && box->total_used + wall > box->total_limit;
    if (!(may_pass_call || may_pass_total) || now < box->next_cpu_check) return;
    box->next_cpu_check = now + CPU_CLOCK_AFTER;
    double cpu = call_cpu_seconds(box, now);
    if (box->call_limit > 0 && cpu > box->call_limit) box->killed = BAOCAO_KILL_TIME;
    else if (box->total_limit > 0 && box->total_used + cpu > box->total_limit) box->killed = BAOCAO_KILL_TOTAL_TIME;
}

/* ---- Memory -------------------------------------------------------------------------------- */

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    baocao_sandbox *box = (baocao_sandbox *)ud;
    size_t old = ptr != NULL ? osize : 0; /* for a new block, osize is the object's type */
    if (nsize == 0) {
        free(ptr);
        box->used -= old;
        return NULL;
    }
    if (box->script_mode && nsize > old) {
        box->allocated += nsize - old;
        if (box->allocated >= ALLOCATION_CHECK) {
            /* Work that allocates as it goes (concatenation, string.rep, formatting) is timed here. */
            box->allocated = 0;
            check_time(box);
        }
        if (box->killed != BAOCAO_KILL_NONE) return NULL; /* sticky: nothing more once stopped */
        if (box->memory_limit != 0 && box->used - old + nsize > box->memory_limit) {
            /* Lua answers a failed allocation with a full collection and one more try: only when
               that fails too is the plugin over its cap (garbage does not count against it). */
            if (box->memory_refused) box->killed = BAOCAO_KILL_MEMORY;
            box->memory_refused = 1;
            return NULL; /* Lua raises a memory error inside the script's protected call */
        }
        box->memory_refused = 0;
    }
    void *block = realloc(ptr, nsize);
    if (block == NULL) {
        if (box->script_mode) return NULL;
        /* Host mode: raising here could unwind through Swift. Stop as Swift itself would. */
        fputs("baocao: the system is out of memory while preparing values for a Lua plugin\n", stderr);
        abort();
    }
    box->used = box->used - old + nsize;
    if (box->used > box->peak) box->peak = box->used;
    return block;
}

/* ---- Stopping a script --------------------------------------------------------------------- */

/* Pushes what a kill says: "memory limit exceeded …", "time limit exceeded …". */
static void push_kill_message(lua_State *L, baocao_sandbox *box) {
    switch (box->killed) {
    case BAOCAO_KILL_MEMORY:
        lua_pushfstring(L, "memory limit exceeded (the plugin may use %d KiB)", (int)(box->memory_limit / 1024));
        break;
    case BAOCAO_KILL_INSTRUCTIONS:
        lua_pushfstring(L, "instruction budget exceeded (a hook may run %d thousand instructions); "
                           "look for an endless loop", (int)(box->budget / 1000));
        break;
    case BAOCAO_KILL_TIME:
        lua_pushfstring(L, "time limit exceeded (a hook may use %d ms of CPU time); look for an endless loop "
                           "or work that grows with its input", (int)(box->call_limit * 1000 + 0.5));
        break;
    case BAOCAO_KILL_TOTAL_TIME:
        lua_pushfstring(L, "total time limit exceeded (the plugin's hooks may use %d ms of CPU time together "
                           "in one command); its remaining calls are skipped", (int)(box->total_limit * 1000 + 0.5));
        break;
    default:
        lua_pushliteral(L, "interrupted: the host is stopping");
        break;
    }
}

/* "file:line: " of the innermost Lua function on the stack, or "" when there is none. */
static void push_innermost_lua_location(lua_State *L) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}

void baocao_sandbox_push_kill_message(lua_State *L, int reason) {
    baocao_sandbox *box = baocao_sandbox_of(L);
    int killed = box->killed;
    box->killed = reason;
    push_kill_message(L, box);
    box->killed = killed;
}

static void count_hook(lua_State *L, lua_Debug *ar);

/* Raises the kill's message at the script's line. The message is allocated in host mode. */
static int raise_killed(lua_State *L, baocao_sandbox *box) {
    /* Sticky: from now on the hook fires on every instruction of this thread and of the main
       thread (and of every coroutine resumed) until the host call returns, so a pcall in the
       script only delays the stop by an instruction or so. */
    box->hook_step = 1;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    if (box->main != NULL && box->main != L) lua_sethook(box->main, count_hook, LUA_MASKCOUNT, 1);
    lua_settop(L, 0); /* room for the message: what was on this frame's stack is thrown away */
    int mode = box->script_mode;
    box->script_mode = 0; /* the message itself must be allocated */
    push_innermost_lua_location(L);
    push_kill_message(L, box);
    lua_concat(L, 2);
    box->script_mode = mode;
    return lua_error(L);
}

void baocao_sandbox_check(lua_State *L) {
    void *ud = NULL;
    if (lua_getallocf(L, &ud) != sandbox_alloc) return; /* a state of another kind: nothing to check */
    baocao_sandbox *box = (baocao_sandbox *)ud;
    check_time(box);
    if (box->killed != BAOCAO_KILL_NONE) raise_killed(L, box);
}

/* ---- Instructions -------------------------------------------------------------------------- */

static void count_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    baocao_sandbox *box = baocao_sandbox_of(L);
    /* Each thread (the main one, each coroutine) has its own step: count what this one ran. */
    int step = lua_gethookcount(L);
    box->instructions += step;
    if (box->killed == BAOCAO_KILL_NONE && box->budget != 0 && box->instructions > box->budget) {
        box->killed = BAOCAO_KILL_INSTRUCTIONS;
    }
    if (box->killed == BAOCAO_KILL_NONE && box->depth > 0 && interrupt_all) box->killed = BAOCAO_KILL_INTERRUPTED;
    if (box->killed == BAOCAO_KILL_NONE && box->depth > 0 && (box->call_limit > 0 || box->total_limit > 0)) {
        double now = monotonic_seconds();
        if (step > 1 && now - box->last_check > EXPENSIVE_STEP) {
            /* A thousand instructions took over a millisecond: each may be expensive (long string
               compares), or the thread was only preempted. Check on every instruction until a
               thousand of them run in under a millisecond again. */
            box->hook_step = 1;
            box->small_steps = 0;
            box->small_since = now;
            lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
        } else if (step == 1 && ++box->small_steps >= BAOCAO_HOOK_STEP) {
            if (now - box->small_since < EXPENSIVE_STEP) {
                box->hook_step = BAOCAO_HOOK_STEP; /* cheap again: back to the normal step */
                lua_sethook(L, count_hook, LUA_MASKCOUNT, BAOCAO_HOOK_STEP);
            }
            box->small_steps = 0;
            box->small_since = now;
        }
        box->last_check = now;
        check_time(box);
    }
    if (box->killed == BAOCAO_KILL_NONE) return;
    raise_killed(L, box);
}

static void ignore_warning(void *ud, const char *message, int tocont) {
    (void)ud; (void)message; (void)tocont;
}

/* Whether a state needs the count hook at all: without limits Lua runs at full speed. */
static int needs_hook(baocao_sandbox *box) {
    return box->budget != 0 || box->memory_limit != 0 || box->call_limit > 0 || box->total_limit > 0;
}

lua_State *baocao_sandbox_newstate(baocao_sandbox *box) {
    lua_State *L = lua_newstate(sandbox_alloc, box);
    if (L == NULL) return NULL;
    lua_setwarnf(L, ignore_warning, NULL);
    box->main = L;
    box->hook_step = BAOCAO_HOOK_STEP;
    if (needs_hook(box)) lua_sethook(L, count_hook, LUA_MASKCOUNT, BAOCAO_HOOK_STEP);
    return L;
}

void baocao_sandbox_begin(lua_State *L) {
    baocao_sandbox *box = baocao_sandbox_of(L);
    if (box->depth++ == 0) {
        box->instructions = 0;
        box->killed = BAOCAO_KILL_NONE;
        box->peak = box->used;
        box->allocated = 0;
        box->memory_refused = 0;
        box->call_cpu_start = -1;
        box->call_cpu_before = 0;
        box->next_cpu_check = 0;
        if (box->call_limit > 0 || box->total_limit > 0) {
            box->call_wall_start = monotonic_seconds();
            box->last_check = box->call_wall_start;
        }
        if (box->total_limit > 0 && box->total_used >= box->total_limit) box->killed = BAOCAO_KILL_TOTAL_TIME;
        if (interrupt_all) box->killed = BAOCAO_KILL_INTERRUPTED;
        if (box->killed != BAOCAO_KILL_NONE && needs_hook(box)) {
            box->hook_step = 1; /* out of time before it starts: stop at its first instruction */
            lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
        }
    }
    box->script_mode = 1;
}

void baocao_sandbox_end(lua_State *L) {
    baocao_sandbox *box = baocao_sandbox_of(L);
    if (box->depth > 1) {
        box->depth--;
        box->script_mode = 0; /* the caller (the trampoline) restores the outer call's mode */
        return;
    }
    box->depth = 0;
    box->script_mode = 0;
    if (box->call_limit > 0 || box->total_limit > 0) {
        box->total_used += call_cpu_seconds(box, monotonic_seconds());
    }
    box->hook_step = BAOCAO_HOOK_STEP;
    if (needs_hook(box)) lua_sethook(L, count_hook, LUA_MASKCOUNT, BAOCAO_HOOK_STEP);
}

void baocao_sandbox_reset_total(baocao_sandbox *box) { box->total_used = 0; }

/* ---- Protected calls ----------------------------------------------------------------------- */


/* Back from `end` to the start of a UTF-8 character, so that a cut never splits one. */
static size_t utf8_boundary(const char *text, size_t end) {
    size_t limit = end;
    while (end > 0 && end + 3 > limit && ((unsigned char)text[end] & 0xC0) == 0x80) end--;
    return end;
}

/* Replaces the string at `index` by its first BAOCAO_MESSAGE_LIMIT bytes and "… (N bytes more)". */
static void cut_message(lua_State *L, int index) {
    size_t length = 0;
    const char *text = lua_tolstring(L, index, &length);
    if (text == NULL || length <= BAOCAO_MESSAGE_LIMIT) return;
    index = lua_absindex(L, index);
    size_t kept = utf8_boundary(text, BAOCAO_MESSAGE_LIMIT);
    lua_pushlstring(L, text, kept);
    lua_pushfstring(L, "\xE2\x80\xA6 (%I bytes more)", (lua_Integer)(length - kept));
    lua_concat(L, 2);
    lua_replace(L, index);
}

/*
 * An error object's __tostring, run as the plugin's own code: under its memory cap and within its
 * time, in protected mode. Leaves a string on the stack.
 */
static void push_error_object_text(lua_State *L, baocao_sandbox *box) {
    if (box->killed == BAOCAO_KILL_NONE && luaL_getmetafield(L, 1, "__tostring") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        box->script_mode = 1;
        int status = lua_pcall(L, 1, 1, 0);
        box->script_mode = 0;
        if (status == LUA_OK && lua_type(L, -1) == LUA_TSTRING) return;
        lua_pop(L, 1);
        if (box->killed != BAOCAO_KILL_NONE) {
            push_innermost_lua_location(L);
            push_kill_message(L, box);
            lua_pushliteral(L, " (in the __tostring of an error object)");
            lua_concat(L, 3);
            return;
        }
        lua_pushfstring(L, "(error object is a %s value whose __tostring failed)", luaL_typename(L, 1));
        return;
    }
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
}

/* Message handler of host calls: "message\nstack traceback: ...". Runs in host mode: the error is
   leaving the script, and building the message must not fail for the cap. The message is cut to
   BAOCAO_MESSAGE_LIMIT bytes. */
static int traceback_handler(lua_State *L) {
    baocao_sandbox *box = baocao_sandbox_of(L);
    box->script_mode = 0;
    if (box->killed != BAOCAO_KILL_NONE) {
        /* Stopped: whatever reached here (a failed allocation without a location, an error object
           the script raised after the kill, a message passed on by a coroutine), the kill is why. */
        push_innermost_lua_location(L);
        push_kill_message(L, box);
        lua_concat(L, 2);
        lua_replace(L, 1);
    }
    if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER) {
        push_error_object_text(L, box);
        lua_replace(L, 1);
    }
    cut_message(L, 1);
    luaL_traceback(L, L, lua_tostring(L, 1), 1);
    return 1;
}

int baocao_sandbox_pcall(lua_State *L, int nargs, int nresults) {
    int function = lua_gettop(L) - nargs;
    lua_pushcfunction(L, traceback_handler);
    lua_insert(L, function);
    int status = lua_pcall(L, nargs, nresults, function);
    lua_remove(L, function);
    return status;
}

int baocao_sandbox_load(lua_State *L, const char *code, size_t length, const char *chunkname) {
    /* luaL_loadbufferx never raises: errors come back as a status with the message on the stack.
       Mode "t" refuses precompiled chunks. */
    return luaL_loadbufferx(L, code, length, chunkname, "t");
}

/* ---- Swift functions ----------------------------------------------------------------------- */

static int swift_trampoline(lua_State *L) {
    baocao_sandbox *box = baocao_sandbox_of(L);
    int id = (int)lua_tointeger(L, lua_upvalueindex(1));
    /* Room for what Swift pushes; near Lua's stack limit, fail here rather than write past it. */
    if (!lua_checkstack(L, 64)) return luaL_error(L, "stack overflow (too deep a recursion before calling baocao)");
    int mode = box->script_mode;
    box->script_mode = 0;
    int results = box->dispatch(L, box->context, id);
    box->script_mode = mode;
    /* Swift functions are charged by the clock: a loop of baocao.* calls stops in time. The time
       the host spent is not a sign of expensive instructions. */
    check_time(box);
    if (box->call_limit > 0 || box->total_limit > 0) {
        box->last_check = monotonic_seconds();
        box->small_since = box->last_check;
    }
    if (box->killed != BAOCAO_KILL_NONE) {
        if (results < 0) lua_pop(L, 1);
        return raise_killed(L, box);
    }
    if (results < 0) {
        /* Raised here, in C, after Swift has returned; located at the plugin's calling line. */
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    }
    return results;
}

void baocao_sandbox_push_function(lua_State *L, int function_id) {
    lua_pushinteger(L, function_id);
    lua_pushcclosure(L, swift_trampoline, 1);
}

/* ---- Read-only views ----------------------------------------------------------------------- */

static int view_index(lua_State *L) {
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    return 1;
}

static int view_newindex(lua_State *L) {
    lua_getiuservalue(L, 1, 2);
    const char *kind = lua_tostring(L, -1);
    const char *key = luaL_tolstring(L, 2, NULL);
    /* Located at the script's line even when the write comes through a C function (table.insert). */
    push_innermost_lua_location(L);
    lua_pushfstring(L, "cannot set '%s' of a %s: the model is read-only in plugins; "
                       "return the new value from the hook instead", key, kind);
    lua_concat(L, 2);
    return lua_error(L);
}

static int view_len(lua_State *L) {
    lua_getiuservalue(L, 1, 1);
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

/* The iterator of pairs(view): the table it reads is its upvalue, never handed to the script
   (which could otherwise write to the model through it). */
static int view_next(lua_State *L) {
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    if (lua_next(L, lua_upvalueindex(1))) return 2;
    lua_pushnil(L);
    return 1;
}

static int view_pairs(lua_State *L) {
    lua_getiuservalue(L, 1, 1);
    lua_pushcclosure(L, view_next, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int view_tostring(lua_State *L) {
    lua_getiuservalue(L, 1, 2);
    lua_getiuservalue(L, 1, 1);
    lua_getfield(L, -1, "id");
    if (lua_type(L, -1) == LUA_TSTRING) {
        lua_pushfstring(L, "%s %s", lua_tostring(L, -3), lua_tostring(L, -1));
    } else {
        lua_pushfstring(L, "%s (read-only)", lua_tostring(L, -3));
    }
    return 1;
}

static void create_view_metatable(lua_State *L) {
    static const luaL_Reg methods[] = {
        {"__index", view_index},     {"__newindex", view_newindex}, {"__len", view_len},
        {"__pairs", view_pairs},     {"__tostring", view_tostring}, {NULL, NULL},
    };
    luaL_newmetatable(L, VIEW_META);
    luaL_setfuncs(L, methods, 0);
    lua_pushliteral(L, "read-only view");
    lua_setfield(L, -2, "__metatable");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &VIEW_META_KEY);
}

void baocao_sandbox_freeze(lua_State *L, const char *kind) {
    lua_newuserdatauv(L, 0, 2);
    lua_insert(L, -2);
    lua_setiuservalue(L, -2, 1);
    lua_pushstring(L, kind);
    lua_setiuservalue(L, -2, 2);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &VIEW_META_KEY);
    lua_setmetatable(L, -2);
}

int baocao_lua_isview(lua_State *L, int index) {
    if (lua_type(L, index) != LUA_TUSERDATA || !lua_getmetatable(L, index)) return 0;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &VIEW_META_KEY);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

int baocao_sandbox_view_table(lua_State *L, int index) {
    if (!baocao_lua_isview(L, index)) return 0;
    lua_getiuservalue(L, index, 1);
    return 1;
}

/* ---- Libraries ----------------------------------------------------------------------------- */

/* Whether a message already says where ("x.lua:12: …", "[string \"…\"]:3: …"). */
static int has_location(const char *message) {
    for (const char *p = message; *p != '\0' && *p != '\n'; p++) {
        if (*p != ':' || p[1] < '0' || p[1] > '9') continue;
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9') q++;
        if (*q == ':') return 1;
    }
    return 0;
}

/*
 * A library function whose work grows with its input (string.rep, table.sort, table.concat, the
 * pattern functions…): the clock is checked before and after each call, so a loop of such calls
 * stops in time although it runs few instructions. Upvalue 1 is the original function.
 */
static int timed_call(lua_State *L) {
    baocao_sandbox_check(L);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    int status = lua_pcall(L, n, LUA_MULTRET, 0);
    if (status == LUA_ERRMEM) {
        /* Only the cap refuses memory here: the plugin is over it, whatever Lua would retry. */
        baocao_sandbox *box = baocao_sandbox_of(L);
        if (box->killed == BAOCAO_KILL_NONE) box->killed = BAOCAO_KILL_MEMORY;
    }
    baocao_sandbox_check(L); /* a kill raised inside is raised again, sticky */
    if (status != LUA_OK) {
        /* The function's own error ("bad argument #1 to '?'", "pattern too complex"): as the
           function would have said it, called from the script's line. */
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *message = lua_tostring(L, -1);
            const char *name = lua_tostring(L, lua_upvalueindex(2));
            if (strstr(message, "to '?'") != NULL && name != NULL) {
                const char *with = lua_pushfstring(L, "to '%s'", name);
                luaL_gsub(L, message, "to '?'", with);
                lua_remove(L, -2);
                lua_remove(L, -2);
                message = lua_tostring(L, -1);
            }
            if (!has_location(message)) {
                push_innermost_lua_location(L);
                lua_insert(L, -2);
                lua_concat(L, 2);
            }
        }
        return lua_error(L);
    }
    baocao_sandbox_check(L);
    return lua_gettop(L);
}

/* Replaces each named field of the library table at `table` (absolute) named `library` by a
   timed_call of it. */
static void time_functions(lua_State *L, int table, const char *library, const char *const *names) {
    for (const char *const *name = names; *name != NULL; name++) {
        if (lua_getfield(L, table, *name) != LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushfstring(L, "%s.%s", library, *name);
        lua_pushcclosure(L, timed_call, 2);
        lua_setfield(L, table, *name);
    }
}

/* Sets a coroutine's count hook to the state's step before it runs, so that a thread created
   before a kill or in another mode counts and stops like the one that resumes it. */
static void prepare_thread(lua_State *L, int index) {
    lua_State *co = lua_tothread(L, index);
    baocao_sandbox *box = baocao_sandbox_of(L);
    if (co != NULL && needs_hook(box)) lua_sethook(co, count_hook, LUA_MASKCOUNT, box->hook_step);
}

/* Calls upvalue 1 (the original function) with the arguments, the clock checked around it and
   the coroutine at `thread` given the state's hook first. */
static int call_on_thread(lua_State *L, int thread) {
    baocao_sandbox_check(L);
    prepare_thread(L, thread);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    baocao_sandbox_check(L);
    return lua_gettop(L);
}

/* coroutine.resume and coroutine.close: the coroutine is their first argument. */
static int timed_resume(lua_State *L) { return call_on_thread(L, 1); }

/* What coroutine.wrap returns, wrapped: upvalue 2 is its coroutine. */
static int timed_wrapped(lua_State *L) { return call_on_thread(L, lua_upvalueindex(2)); }

static int timed_wrap(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);                      /* the original wrap's function */
    if (lua_getupvalue(L, -1, 1) == NULL) lua_pushnil(L); /* its coroutine */
    lua_pushcclosure(L, timed_wrapped, 2);
    return 1;
}

/* `load` for scripts: text chunks only, whatever mode the script asks for. */
static int text_only_load(lua_State *L) {
    baocao_sandbox_check(L);
    int env = !lua_isnone(L, 4);
    lua_settop(L, 4);
    lua_pushvalue(L, lua_upvalueindex(1)); /* the original load */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushliteral(L, "t");
    if (env) lua_pushvalue(L, 4);
    lua_call(L, env ? 4 : 3, LUA_MULTRET);
    baocao_sandbox_check(L);
    return lua_gettop(L) - 4;
}

/*
 * Lua runs a message handler with hooks off when the error came from a hook, and runs __gc
 * finalizers with hooks off always: code there would escape the instruction budget. So xpcall's
 * handler is skipped once the state is killed, and __gc metamethods are refused.
 */
static int guarded_handler(lua_State *L) {
    if (baocao_sandbox_of(L)->killed != BAOCAO_KILL_NONE) return 1; /* the error as it is */
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int guarded_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_handler, 1);
    lua_replace(L, 2);   /* f, handler, args... */
    lua_pushvalue(L, 2);
    lua_remove(L, 2);
    lua_insert(L, 1);    /* handler, f, args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 1);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 2);    /* handler, ok, results... */
    return lua_gettop(L) - 1;
}

static int guarded_setmetatable(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE); /* here, so that the message names the script's line */
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "__gc metamethods are not allowed in plugins: they would run outside the sandbox's limits");
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int open_libs(lua_State *L) {
    long pattern_steps = (long)lua_tointeger(L, 1);
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
    static const char *const removed[] = {"dofile", "loadfile", "collectgarbage", NULL};
    for (const char *const *name = removed; *name != NULL; name++) {
        lua_pushnil(L);
        lua_setglobal(L, *name);
    }
    lua_getglobal(L, "load");
    lua_pushcclosure(L, text_only_load, 1);
    lua_setglobal(L, "load");
    lua_pushcfunction(L, guarded_xpcall);
    lua_setglobal(L, "xpcall");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, guarded_setmetatable, 1);
    lua_setglobal(L, "setmetatable");

    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    baocao_lua_install_bounded_patterns(L, lua_gettop(L), pattern_steps);
    static const char *const timed_string[] = {"rep", "format", "find", "match", "gmatch", "gsub",
                                               "pack", "unpack", NULL};
    time_functions(L, lua_gettop(L), "string", timed_string);
    lua_pop(L, 1);
    static const char *const timed_table[] = {"concat", "sort", "insert", "remove", "move", "unpack", NULL};
    lua_getglobal(L, LUA_TABLIBNAME);
    time_functions(L, lua_gettop(L), "table", timed_table);
    lua_pop(L, 1);
    static const char *const timed_utf8[] = {"len", "codepoint", "offset", "char", NULL};
    lua_getglobal(L, LUA_UTF8LIBNAME);
    time_functions(L, lua_gettop(L), "utf8", timed_utf8);
    lua_pop(L, 1);
    lua_getglobal(L, LUA_COLIBNAME);
    static const char *const resumers[] = {"resume", "close", NULL};
    for (const char *const *name = resumers; *name != NULL; name++) {
        lua_getfield(L, -1, *name);
        lua_pushcclosure(L, timed_resume, 1);
        lua_setfield(L, -2, *name);
    }
    lua_getfield(L, -1, "wrap");
    lua_pushcclosure(L, timed_wrap, 1);
    lua_setfield(L, -2, "wrap");
    lua_pop(L, 1);

    /* os: the clock and the calendar only. */
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);
    lua_createtable(L, 0, 4);
    static const char *const kept[] = {"time", "date", "clock", "difftime", NULL};
    for (const char *const *name = kept; *name != NULL; name++) {
        lua_getfield(L, -2, *name);
        lua_setfield(L, -2, *name);
    }
    lua_setglobal(L, LUA_OSLIBNAME);
    lua_pop(L, 1);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushnil(L);
    lua_setfield(L, -2, LUA_OSLIBNAME);
    lua_pop(L, 1);

    create_view_metatable(L);
    return 0;
}

int baocao_sandbox_open_libs(lua_State *L, long pattern_steps) {
    lua_pushcfunction(L, open_libs);
    lua_pushinteger(L, (lua_Integer)pattern_steps);
    return baocao_sandbox_pcall(L, 1, 0);
}

/* ---- Macro wrappers ------------------------------------------------------------------------ */

void baocao_lua_newtable(lua_State *L) { lua_newtable(L); }
void baocao_lua_pushstring(lua_State *L, const char *s, size_t length) { lua_pushlstring(L, s, length); }
int baocao_lua_upvalueindex(int i) { return lua_upvalueindex(i); }
