// First loads of portal pages in Chromium, for bench/portal_pages.py: each load in a fresh context (cold cache),
// timed from navigation to the page's heading being rendered from the API's answer (interactive).
// Usage: node load.mjs <gateway> <session> <loads> <path>...   Prints one JSON object: {path: [ms, ...]}.
import { chromium } from "@playwright/test";

const [gateway, session, loads, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const out = {};
for (const path of paths) {
  out[path] = [];
  for (let i = 0; i < Number(loads); i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    await context.addCookies([{ name: "portal_session", value: session, url: gateway }]);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(gateway + path, { waitUntil: "commit" });
    await page.locator("main h1").waitFor({ state: "visible" });
    out[path].push(Date.now() - started);
    await context.close();
  }
}
await browser.close();
console.log(JSON.stringify(out));
