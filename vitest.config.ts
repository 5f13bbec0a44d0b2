import { defineConfig } from "vitest/config";
import { BROWSER, END_TO_END, SLOW } from "./tests/suites.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    exclude: [...BROWSER, ...END_TO_END, ...SLOW, "node_modules/**"],
  },
});
