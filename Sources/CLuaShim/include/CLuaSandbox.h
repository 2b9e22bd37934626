#ifndef BAOCAO_CLUASANDBOX_H
#define BAOCAO_CLUASANDBOX_H

/*
 * The sandbox every plugin's lua_State runs in.
 *
 * - Memory: the state's allocator counts every byte. While a script runs ("script mode") an
 *   allocation that would pass the cap fails, Lua raises a memory error, and the state is marked
 *   killed. While the host marshals values or a Swift function runs ("host mode") nothing fails
 *   for the cap; a real out-of-memory aborts the process with a message, so Lua never raises
 *   while a Swift frame is on the stack.
 * - Instructions: a count hook adds up the instructions a call runs. Past the budget, or once the
 *   state is killed for memory, the hook raises on every instruction until the host call returns
 *   ("sticky" kill): a script cannot swallow the error with its own pcall and go on.
 * - Time: each host call may use `call_limit` seconds of CPU time, and all calls together until
 *   `baocao_sandbox_reset_total` `total_limit` seconds. The clock is checked from the count hook,
 *   from the C functions a plugin can call in a loop (string.rep, table.concat, table.sort, load,
 *   the pattern functions, utf8, table.insert/remove/move and every Swift function), and from the
 *   allocator every MiB a script allocates. The cheap monotonic clock is read at each check; the
 *   thread's CPU clock only once a call has run for 10 ms, so short calls cost two clock reads.
 *   When instructions turn expensive (a thousand took over a millisecond: long string compares),
 *   the hook fires on every instruction until a thousand run within a millisecond again.
 * - Swift functions: `baocao_sandbox_push_function` pushes a C closure that switches to host
 *   mode, calls the Swift dispatcher, switches back and, when the dispatcher reported a failure,
 *   raises the error from C, after Swift has returned.
 * - Read-only views: `baocao_sandbox_freeze` turns a table into a userdata whose fields read
 *   through and whose writes fail with a message naming the field.
 */

#include <stddef.h>
#include <lua.h>

/* Why a state was stopped during the current host call. */
typedef enum {
    BAOCAO_KILL_NONE = 0,
    BAOCAO_KILL_MEMORY = 1,
    BAOCAO_KILL_INSTRUCTIONS = 2,
    BAOCAO_KILL_TIME = 3,          /* the call ran past call_limit seconds of CPU time */
    BAOCAO_KILL_TOTAL_TIME = 4,    /* the plugin's calls together ran past total_limit */
    BAOCAO_KILL_INTERRUPTED = 5,   /* baocao_sandbox_interrupt_all: the host is stopping */
} baocao_kill_reason;

/* The longest error message kept whole; longer ones are cut with "… (N bytes more)". */
#define BAOCAO_MESSAGE_LIMIT 4096

/*
 * Called by the trampoline with the state and the function's id. Reads its arguments (stack
 * slots 1...n), pushes its results and returns their count; or pushes one error message string
 * and returns -1. Must not call anything that raises.
 */
typedef int (*baocao_swift_dispatch)(lua_State *L, void *context, int function_id);

typedef struct baocao_sandbox {
    size_t used;            /* bytes the state holds now */
    size_t peak;            /* the most it held during the current host call */
    size_t memory_limit;    /* cap in script mode; 0 for none */
    long long instructions; /* instructions run during the current host call (in steps of the hook count) */
    long long budget;       /* instruction budget per host call; 0 for none */
    int script_mode;        /* 1 while a script runs, 0 while the host works */
    int killed;             /* a baocao_kill_reason */
    int depth;              /* host calls under way on this state (a hook may call back into it) */
    double call_limit;      /* CPU seconds one host call may use; 0 for none */
    double total_limit;     /* CPU seconds all host calls may use until reset; 0 for none */
    double total_used;      /* CPU seconds the calls since the last reset used (estimated for short calls) */
    double call_wall_start; /* monotonic clock at the start of the outermost call */
    double call_cpu_start;  /* thread CPU clock when the call passed 10 ms; < 0 before */
    double call_cpu_before; /* wall seconds before call_cpu_start, counted as CPU */
    double last_check;      /* monotonic clock at the last count hook */
    double next_cpu_check;  /* monotonic time from which the CPU clock is read again */
    size_t allocated;       /* bytes allocated in script mode since the last clock check */
    int hook_step;          /* instructions between two count hooks in this call */
    int small_steps;        /* instructions checked one by one since small_since */
    double small_since;     /* monotonic clock when the one-by-one checks (re)started */
    int memory_refused;     /* the last allocation failed for the cap (Lua collects and retries once) */
    lua_State *main;        /* the state's main thread */
    baocao_swift_dispatch dispatch;
    void *context;          /* handed to dispatch: the Swift object that owns the state */
} baocao_sandbox;

/* How many instructions run between two calls of the count hook. */
#define BAOCAO_HOOK_STEP 1000

/*
 * A new state whose allocator is bound to `box` (which must outlive the state), with the count
 * hook installed and warnings switched off. NULL when memory is short.
 */
lua_State *baocao_sandbox_newstate(baocao_sandbox *box);

/*
 * Opens the libraries a plugin may use and removes what reaches outside: base (without dofile,
 * loadfile, collectgarbage; `load` accepts text chunks only), coroutine, table, string (without
 * dump; pattern functions bounded to `pattern_steps` steps per call), math, utf8, and an `os`
 * table holding only time, date, clock and difftime. Protected; returns LUA_OK or an error
 * status with the message on top.
 */
int baocao_sandbox_open_libs(lua_State *L, long pattern_steps);

/*
 * Enters script mode for one host call. The outermost call resets the counters, the kill flag and
 * the call's clock; a call made while another runs on the same state (a hook that asks the host
 * something the same plugin decides) shares the outer call's limits.
 */
void baocao_sandbox_begin(lua_State *L);

/* Leaves script mode; the outermost call adds its CPU time to the total and resets the hook. */
void baocao_sandbox_end(lua_State *L);

/*
 * Pushes what a kill of `reason` says ("time limit exceeded (…)"), without a location: for a
 * memory error, which Lua raises without calling the message handler. Host mode only.
 */
void baocao_sandbox_push_kill_message(lua_State *L, int reason);

/* The monotonic clock, in seconds: for the host to time its own work on a plugin's behalf. */
double baocao_sandbox_monotonic(void);

/* Starts a new total: the next calls may again use total_limit seconds together. */
void baocao_sandbox_reset_total(baocao_sandbox *box);

/*
 * Checks the clock and the kill flag from a C function a script called; raises the kill's
 * message (located at the script's line) when the state is or becomes killed. Call only from C
 * functions running under a script (never from Swift).
 */
void baocao_sandbox_check(lua_State *L);

/*
 * Stops every script of every state in this process at its next check (within milliseconds),
 * for a host that is shutting down; 0 lets scripts run again.
 */
void baocao_sandbox_interrupt_all(int on);

/* The sandbox bound to a state. */
baocao_sandbox *baocao_sandbox_of(lua_State *L);

/*
 * Calls the function below `nargs` arguments on top of the stack in protected mode, with a
 * traceback handler. On LUA_OK its `nresults` results (LUA_MULTRET for all) are on the stack;
 * otherwise one message string (with "chunk:line:" and a traceback) is. Does not change modes.
 */
int baocao_sandbox_pcall(lua_State *L, int nargs, int nresults);

/*
 * Loads a text chunk (binary chunks are refused) without running it. On LUA_OK the function is on
 * top; otherwise the message is. Never raises.
 */
int baocao_sandbox_load(lua_State *L, const char *code, size_t length, const char *chunkname);

/* Pushes a C closure that calls the box's dispatcher with `function_id`. Host mode only. */
void baocao_sandbox_push_function(lua_State *L, int function_id);

/*
 * Replaces the table on top of the stack by a read-only view of it named `kind` ("unit",
 * "obligation"...). Nested tables must be frozen first. Host mode only.
 */
void baocao_sandbox_freeze(lua_State *L, const char *kind);

/*
 * When the value at `index` is a read-only view, pushes the table it reads through and returns 1;
 * otherwise pushes nothing and returns 0. Never raises.
 */
int baocao_sandbox_view_table(lua_State *L, int index);

/* Wrappers for macros the Swift side needs. */
void baocao_lua_newtable(lua_State *L);
void baocao_lua_pushstring(lua_State *L, const char *s, size_t length);
int baocao_lua_isview(lua_State *L, int index);
int baocao_lua_upvalueindex(int i);

#endif
