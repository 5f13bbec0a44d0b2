import { defineConfig } from "vitest/config";
import { END_TO_END } from "./tests/suites.ts";

/** The slow end-to-end checks (tests/suites.ts): `npm run test:e2e`. */
export default defineConfig({
  test: {
    globalSetup: ["tests/temporary-root.ts"],
    include: END_TO_END,
    testTimeout: 600_000,
    // Each file spawns processes that use every core; one file at a time keeps the bounds honest.
    fileParallelism: false,
  },
});
