import { defineConfig } from "vitest/config";
import { BROWSER, END_TO_END } from "./tests/suites.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    exclude: [...BROWSER, ...END_TO_END, "node_modules/**"],
  },
});
