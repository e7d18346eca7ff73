import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium drives the portal served by the gateway of the running system (the dashboard's global
// setup brings it up when it is not running). Each test runs on a phone and on a desktop viewport.
const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? "8080"}`;
const chromium = { executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] };

export default defineConfig({
  testDir: "e2e",
  globalSetup: "../dashboard/e2e/global-setup.ts",
  globalTeardown: "../dashboard/e2e/global-teardown.ts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: "../../.data/playwright-portal",
  use: { baseURL: gateway, launchOptions: chromium, trace: "retain-on-failure" },
  projects: [
    {
      name: "phone",
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: devices["Pixel 5"].userAgent },
    },
    { name: "desktop", use: { viewport: { width: 1280, height: 860 } } },
  ],
});
