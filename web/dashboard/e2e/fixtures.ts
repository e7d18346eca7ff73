// Signed-in pages for each role, in a facility of their own, plus accessibility and screenshot helpers.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { join } from "node:path";

import { SCREENSHOTS, call, devToken, newFacility, type Role } from "./system";

interface As {
  facility: string;
  token: string;
  api: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  /** A page signed in as `role` of this test's facility, in `language`. */
  open: (role: Role, language?: "fr" | "en") => Promise<Page>;
}

function withEmail(method: string, path: string, body: unknown): unknown {
  if (method !== "POST" || path !== "/contacts/customers" || typeof body !== "object" || body === null) return body;
  if ("email" in body) return body;
  return { ...body, email: `${crypto.randomUUID()}@example.org` };
}

export const test = base.extend<{ as: As }>({
  as: async ({ browser }, use) => {
    const facility = newFacility();
    const token = devToken("owner", facility);
    const pages: Page[] = [];
    await use({
      facility,
      token,
      // Customers need an email (the facility default): tests that do not care get a unique one.
      api: (method, path, body) => call(token, facility, method, path, withEmail(method, path, body)),
      open: async (role, language = "fr") => {
        const context = await browser.newContext({ locale: language === "fr" ? "fr-FR" : "en-GB" });
        const roleToken = role === "owner" ? token : devToken(role, facility);
        // TEST-ONLY sign-in path (see lib/auth.tsx): the dev token stands in for Keycloak's.
        await context.addInitScript(
          ([t, lang]) => {
            window.sessionStorage.setItem("crm.test-only.dev-token", t);
            window.localStorage.setItem("crm.language", lang);
          },
          [roleToken, language] as const,
        );
        const page = await context.newPage();
        page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
        pages.push(page);
        return page;
      },
    });
    for (const page of pages) await page.context().close();
  },
});

export { expect };

/** axe-core: no serious or critical violation on what the page shows now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Drag and drop a file onto the import wizard's drop zone, as a user does. */
export async function dropFile(page: Page, name: string, bytes: number[], type = "text/csv"): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([data, fileName, fileType]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName, { type: fileType }));
      return dt;
    },
    [bytes, name, type] as const,
  );
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
}
