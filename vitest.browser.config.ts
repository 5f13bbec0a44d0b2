import { defineConfig } from "vitest/config";

// The browser tests (npm run test:browser): the built site in headless Chromium.
export default defineConfig({
  test: {
    globalSetup: ["tests/temporary-root.ts"],
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
