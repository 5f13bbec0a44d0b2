import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    // Browser tests run separately (npm run test:browser).
    exclude: ["tests/browser/**", "node_modules/**"],
  },
});
