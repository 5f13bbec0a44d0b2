import { defineConfig } from "vitest/config";
import { SLOW } from "./tests/suites.ts";

// The slow checks (npm run test:slow, called by .ci/run): whole site builds over generated input.
export default defineConfig({
  test: {
    globalSetup: ["tests/temporary-root.ts"],
    include: SLOW,
    testTimeout: 60 * 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
