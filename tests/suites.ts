/**
 * Which test files run where. `npm test` runs the unit and integration tests and answers
 * within a minute; the end-to-end checks below spawn the command-line tools or build the
 * whole site, take minutes, and run under `npm run test:e2e` (CI runs both, and the
 * browser tests under `npm run test:browser`).
 */
export const END_TO_END = [
  // Every pathological input through the whole pipeline, each in a child process.
  "tests/regex-safety.test.ts",
  // Hostile files through `npm run extract` and the build.
  "tests/hostile-input.test.ts",
  // The site built with the network blocked.
  "tests/offline-build.test.ts",
  // The kinds of source (loaders/sources/) through `npm run extract`.
  "tests/sources/cli.test.ts",
  // The command lines themselves, each check a new process: extract, eval, benchmark.
  "tests/extract.test.ts",
  "tests/cli.test.ts",
  "tests/benchmarks/command.test.ts",
];

export const BROWSER = ["tests/browser/**"];

/** Whole site builds over generated input, minutes each: `npm run test:slow` (CI runs it). */
export const SLOW = ["tests/slow/**"];
