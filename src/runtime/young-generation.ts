/**
 * The size of V8's young generation for Sitrep's own processes and analysis threads.
 *
 * Analysing a 5 KB article allocates some 2 MB of short-lived objects (tokens, tags, views,
 * candidates). With V8's default semi-space (16 MB), a scavenge comes every few articles and
 * copies the article in flight each time; with 32 MB, half as many come. The code bench gains
 * about a tenth (decision 013, sixth round) for some 32 MB more young generation at most in a long
 * run; a single `sitrep analyze` never grows that far.
 *
 * V8 reads the size when it creates the heap, so it is a flag of the process that starts Node:
 * the `sitrep` launcher's shebang (`src/cli/main.ts`, checked by a test), `npm start`, the
 * benchmarks, and the resource limits of the analysis threads of `sitrep watch`.
 */
export const SEMI_SPACE_MB = 32;

/** The Node flag that sets it, for a process Sitrep starts. */
export const YOUNG_GENERATION_FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;

/**
 * A worker thread's limit for the same: its young generation is two semi-spaces and a space
 * for large new objects of the same size (V8's own sizing).
 */
export const ANALYSIS_THREAD_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;

/** Whether this process runs with Sitrep's young generation (for benchmarks to say so). */
export function runsWithYoungGeneration(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.includes(YOUNG_GENERATION_FLAG);
}
