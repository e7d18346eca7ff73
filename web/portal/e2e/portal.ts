// The portal's test helpers: a facility prepared by staff through the API, the invite read from the SMTP
// sink, and accessibility and screenshot checks.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { DATA, GATEWAY, SCREENSHOTS, call, devToken, eventually, newFacility } from "../../dashboard/e2e/system";

export { eventually, newFacility };

export interface Staff {
  facility: string;
  token: string;
  api: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
}

export function staff(): Staff {
  const facility = newFacility();
  const token = devToken("owner", facility);
  return { facility, token, api: (method, path, body) => call(token, facility, method, path, body) };
}

/** A document uploaded to the customer's record, as the dashboard does it (multipart). */
export async function upload(s: Staff, customer: string, filename: string, text: string): Promise<void> {
  const form = new FormData();
  form.append("file", new Blob([text], { type: "application/pdf" }), filename);
  const response = await fetch(`${GATEWAY}/api/contacts/customers/${customer}/documents`, {
    method: "POST",
    headers: { Authorization: `Bearer ${s.token}`, "X-Facility-ID": s.facility },
    body: form,
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

/** Every message the SMTP sink stored for `address`, oldest first, quoted-printable undone. */
function mailsFor(address: string): string[] {
  const folder = join(DATA, "mail");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .filter((n) => (JSON.parse(readFileSync(join(folder, n), "utf8")) as { rcpt_tos: string[] }).rcpt_tos.includes(address))
    .map((n) => readFileSync(join(folder, n.replace(/\.json$/, ".eml")), "utf8").replace(/=\r?\n/g, "").replace(/=3D/g, "="));
}

/** The sign-in link path of the `nth` (1-based) message with one mailed to `address` (other mail, e.g. invoices, skipped). */
export async function invitePath(address: string, nth = 1): Promise<string> {
  return eventually(() => {
    const links = mailsFor(address).flatMap((m) => m.match(/\/portal\/signin\/[A-Za-z0-9_-]{43,}/)?.[0] ?? []);
    return links[nth - 1];
  }, 30_000);
}

/** The staff preview of what the customer (or person) sees, once `ready` holds for it. */
export async function previewWhen(s: Staff, customer: string, ready: (view: Record<string, unknown>) => boolean, person?: string) {
  const query = person ? `?person_id=${person}` : "";
  return eventually(async () => {
    try {
      const view = await s.api<Record<string, unknown>>("GET", `/portal/staff/preview/customers/${customer}${query}`);
      return ready(view) ? view : undefined;
    } catch {
      return undefined; // not in the portal's read model yet
    }
  }, 30_000);
}

/** axe-core: no serious or critical violation on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Accessible, then a full-page screenshot named after the viewport (phone or desktop). */
export async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  await expectAccessible(page);
  await page.screenshot({ path: join(SCREENSHOTS, `portal-${info.project.name}-${name}.png`), fullPage: true });
}

/** Nothing wider than the viewport (no sideways scrolling on a phone). */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
