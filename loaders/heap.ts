/**
 * How much garbage the extraction's heap may hold. V8 lets a heap grow to up to four times
 * what survived its last full collection before collecting again; extraction makes much
 * short-lived garbage (each sentence's words, matches and candidates), so a long article's
 * peak memory was about 3.4 times its live heap (issue #19). Growing by a fifth instead keeps
 * the peak near what the article needs for the same CPU time: a 5 MB article, three runs
 * side by side, peaked at 569 MB by default, 367 MB growing by half and 349 MB by a fifth,
 * in 30 s of CPU each (`npm run bench -- --long 5` measures both). A tenth, since session 35:
 * the 30 MB article peaked at 1,016 MB growing by a fifth and 946 MB by a tenth, one run after
 * the other, for 108 s and 118 s of CPU; 1,000 ordinary articles cost the same either way
 * (15.0 and 15.2 s of CPU, peaks 276 and 271 MB).
 */
import { setFlagsFromString } from "node:v8";

/** Percent by which V8 grows the heap past what survived its last full collection. */
export const HEAP_GROWING_PERCENT = 10;

/**
 * Sets the heap's growth for this process and the worker threads it starts after (V8's
 * flags are the process's). Call it first thing in a command that extracts articles.
 */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
