import { defineConfig } from "@playwright/test";

// Debian's Chromium drives the dashboard served by the gateway of the running system (brought up by
// global-setup when it is not already running). Playwright's own browser downloads are not used.
const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? "8080"}`;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "../../.data/playwright",
  use: {
    baseURL: gateway,
    launchOptions: { executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] },
    trace: "retain-on-failure",
    viewport: { width: 1360, height: 860 },
  },
});
