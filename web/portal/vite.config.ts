import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Built into dist/ and served by the gateway under /portal/; hashed files under /portal/assets/ are cached a year.
export default defineConfig({
  plugins: [react()],
  base: "/portal/",
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false },
  server: { proxy: { "/api": `http://127.0.0.1:${process.env.GATEWAY_PORT ?? "8080"}` } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
