import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The server (fromzero serve) serves dist/ at / with an SPA fallback, so the app uses
// relative /api URLs; in development Vite forwards them to the local server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    manifest: true, // scripts/size.mjs reads it to measure the initial JS
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000, // the lazy Monaco chunk is big by nature
    reportCompressedSize: false, // scripts/size.mjs measures what matters, once
  },
  worker: { format: "es" },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8000",
      "/course-assets": "http://127.0.0.1:8000",
      "/verify": "http://127.0.0.1:8000",
      "/certificates": "http://127.0.0.1:8000",
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
  },
});
