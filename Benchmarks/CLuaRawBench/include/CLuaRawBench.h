#ifndef BAOCAO_CLUARAWBENCH_H
#define BAOCAO_CLUARAWBENCH_H

/*
 * The raw C API baseline of `hook-benchmark`: a plain `luaL_newstate` (default allocator, all
 * standard libraries, no sandbox, no count hook) and a loop that calls a hook the way a host
 * written directly against the C API would.
 */

/* An opaque benchmark state. */
typedef struct baocao_rawbench baocao_rawbench;

/*
 * Creates a plain state, runs `chunk` (Lua text returning a table of functions) and keeps its
 * field `hook` in the registry. NULL on failure, with the message printed to stderr.
 */
baocao_rawbench *baocao_rawbench_open(const char *chunk, const char *hook);

/*
 * Runs `count` calls: each pushes the function from the registry, builds the argument table
 * (deadline, receiver_deadline, reference_date, period {id, first_day, last_day}, unit {id, name,
 * level}) with lua_createtable / lua_pushstring / lua_setfield, calls lua_pcall, reads the result
 * with lua_tolstring and pops it. Returns the number of calls whose result was a string, or -1
 * when a call failed (the message is printed to stderr).
 */
long baocao_rawbench_run(baocao_rawbench *bench, long count);

/* The same, with the nested period and unit tables built once and taken from the registry
   (when `kept` is 1), as a host that keeps unchanging arguments would; with `kept` 2, no argument
   at all (the fixed cost of a call). */
long baocao_rawbench_run_kept(baocao_rawbench *bench, long count, int kept);

/* The result of one call, copied into `buffer` (NUL-terminated, truncated); 0 on success. */
int baocao_rawbench_sample(baocao_rawbench *bench, char *buffer, unsigned long size);

/* Closes the state. */
void baocao_rawbench_close(baocao_rawbench *bench);

#endif
