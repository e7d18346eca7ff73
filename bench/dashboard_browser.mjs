// Driven by bench/dashboard.py: the dashboard in Debian's Chromium against a gateway with N contacts.
// Measures first load of Contacts, keystroke → rows painted (performance marks), and the API call alone.
// Prints one JSON object.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../web/dashboard/package.json"));
const { chromium } = require("@playwright/test");

const { GATEWAY, TOKEN, FACILITY, SEQUENCES, QUERIES } = process.env;
const queries = JSON.parse(QUERIES);
const sequences = Number(SEQUENCES);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: "en-GB" });
await context.addInitScript(([token]) => {
  window.sessionStorage.setItem("crm.test-only.dev-token", token);
  window.localStorage.setItem("crm.language", "en");
}, [TOKEN]);

/** Wait in the page for a rows-painted mark for `q` after `since` (ms on the page's clock); its time. */
const paintedAfter = (page, q, since) =>
  page.evaluate(
    ([q, since]) =>
      new Promise((resolve, reject) => {
        const find = () => performance.getEntriesByName("contacts:rows-painted").find((m) => m.startTime >= since && m.detail?.q === q);
        const hit = find();
        if (hit) return resolve(hit.startTime);
        const observer = new PerformanceObserver(() => {
          const mark = find();
          if (mark) {
            observer.disconnect();
            resolve(mark.startTime);
          }
        });
        observer.observe({ type: "mark" });
        setTimeout(() => {
          const seen = performance.getEntriesByName("contacts:rows-painted").slice(-5).map((m) => `${m.detail?.q}@${Math.round(m.startTime)}`);
          reject(new Error(`no rows painted for ${q} after ${Math.round(since)}; last: ${seen.join(", ")}; box: ${document.querySelector("input[type=search]")?.value}; url: ${location.search}`));
        }, 60000);
      }),
    [q, since],
  );

// First load: a cold page (fresh cache) to the first rows painted; the JS files it fetched.
const scripts = new Set();
const cold = await context.newPage();
cold.on("response", (r) => {
  if (r.request().resourceType() === "script") scripts.add(new URL(r.url()).pathname);
});
await cold.goto(`${GATEWAY}/contacts`);
const firstPaint = await paintedAfter(cold, "", 0);
const nav = await cold.evaluate(() => performance.getEntriesByType("navigation")[0].toJSON());
await cold.close();

// Warm loads (cached hashed assets), as staff open the dashboard every morning.
const warm = [];
for (let i = 0; i < 5; i++) {
  const page = await context.newPage();
  await page.goto(`${GATEWAY}/contacts`);
  warm.push(await paintedAfter(page, "", 0));
  await page.close();
}

const page = await context.newPage();
await page.goto(`${GATEWAY}/contacts`);
await paintedAfter(page, "", 0);
await page.evaluate(() => {
  // The keystroke's own mark, taken as the key goes down (before the app sees it).
  document.addEventListener("keydown", () => performance.mark("bench:key"), { capture: true });
});
const box = page.getByRole("searchbox");
const keystroke = [];
for (let i = 0; i < sequences; i++) {
  const q = queries[i % queries.length];
  if (await box.inputValue()) {
    const cleared = await page.evaluate(() => performance.now());
    await box.fill("");
    await paintedAfter(page, "", cleared);
  }
  await box.focus();
  // Typed at a brisk human pace: each sequence ends with a keystroke whose result is measured.
  for (const ch of q) await page.keyboard.type(ch, { delay: 0 }).then(() => page.waitForTimeout(40));
  const key = await page.evaluate(() => performance.getEntriesByName("bench:key").at(-1).startTime);
  const painted = await paintedAfter(page, q, key);
  keystroke.push(painted - key);
}

// The API call alone, from the same page, for the same searches (what the list asks for).
const api = await page.evaluate(
  async ([queries, sequences, token, facility]) => {
    const out = [];
    for (let i = 0; i < sequences; i++) {
      const q = queries[i % queries.length];
      const started = performance.now();
      const response = await fetch(`/api/contacts/customers?q=${encodeURIComponent(q)}&sort=last_name&order=asc&limit=100`, {
        headers: { Authorization: `Bearer ${token}`, "X-Facility-ID": facility },
      });
      await response.json();
      out.push(performance.now() - started);
    }
    return out;
  },
  [queries, sequences, TOKEN, FACILITY],
);
await browser.close();
console.log(JSON.stringify({ keystroke, api, first_load_ms: firstPaint, dom_interactive_ms: nav.domInteractive, warm_load_ms: warm, scripts: [...scripts] }));
