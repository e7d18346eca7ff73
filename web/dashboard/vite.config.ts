import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Built into dist/ and served by the gateway at `/`; hashed files under /assets/ are cached for a year.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/auth": "http://127.0.0.1:8080" } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
