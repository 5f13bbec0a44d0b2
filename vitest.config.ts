import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BROWSER, END_TO_END, SLOW } from "./tests/suites.ts";

export default defineConfig({
  test: {
    globalSetup: ["tests/shared-folder.ts", "tests/temporary-root.ts"],
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    exclude: [...BROWSER, ...END_TO_END, ...SLOW, "node_modules/**"],
    // Threads that keep their modules between files: the dictionaries, the gazetteer and the
    // English model load once per worker, not once per file (2 min 40 s → about a minute).
    // Safe because loaders keep no state between calls (memoised dictionaries are immutable).
    pool: "threads",
    isolate: false,
    // One thread per core: vitest's own default leaves one core out in a run on two cores
    // (67 s wall against 47 s here), and the type check beside it fills what is left.
    maxWorkers: availableParallelism(),
    minWorkers: availableParallelism(),
  },
});
