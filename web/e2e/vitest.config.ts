import { defineConfig } from "vitest/config";

// The browser test: a real Chromium (Debian's, at /usr/bin/chromium) driven by playwright-core
// against a running server (FROMZERO_URL). Vitest is only the runner, so the test can import
// the TypeScript explain mirror to compute the numbers it expects.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    environment: "node",
  },
});
