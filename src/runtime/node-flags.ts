/**
 * The V8 flags of Sitrep's own processes: the `sitrep` launcher's shebang (`src/cli/main.ts`, kept by its bundle,
 * checked by a test), `npm start`, the benchmarks and the processes they start. V8 reads them
 * when it creates the heap, so no code can set them once Node runs; `sitrep watch`'s analysis
 * threads share the process's flags and get the young generation through `resourceLimits`.
 */

/**
 * The size of V8's young generation. Analysing a 5 KB article allocates some 2 MB of
 * short-lived objects (tokens, tags, views, candidates). With V8's default semi-space (16 MB), a
 * scavenge comes every few articles and copies the article in flight each time; with 32 MB, half
 * as many come. The code bench gains about a tenth (decision 013, sixth round) for some 32 MB
 * more young generation at most in a long run; a single `sitrep analyze` never grows that far.
 */
export const SEMI_SPACE_MB = 32;

/** The Node flag that sets it, for a process Sitrep starts. */
export const YOUNG_GENERATION_FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;

/**
 * No allocation-site pretenuring. Loading the dictionaries builds objects that live for good
 * (trie nodes, tokens of listed names), so V8 marks the literals that built them to be allocated
 * in the old generation from then on. The same literals make each article's tokens and nodes,
 * which die within the article: allocated old, they are garbage the old generation must mark
 * and sweep, and each one that points at a young string makes every scavenge slower. Without
 * pretenuring the code bench reads 7-9% more articles a second, scavenges take half the time
 * and peak memory is the same (decision 042).
 */
export const NO_PRETENURING_FLAG = '--no-allocation-site-pretenuring';

/** All of Sitrep's V8 flags, in the order the launcher gives them. */
export const NODE_FLAGS: readonly string[] = [YOUNG_GENERATION_FLAG, NO_PRETENURING_FLAG];

/**
 * A worker thread's limit for the young generation: two semi-spaces and a space for large new
 * objects of the same size (V8's own sizing).
 */
export const ANALYSIS_THREAD_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;

/** Whether this process runs with all of Sitrep's V8 flags (for benchmarks to say so). */
export function runsWithSitrepFlags(execArgv: readonly string[] = process.execArgv): boolean {
  return NODE_FLAGS.every((flag) => execArgv.includes(flag));
}
