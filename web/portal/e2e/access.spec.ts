// An English customer sees English throughout; an additional contact sees only their role's sections
// (ADR 0008); a facility that turned Shop off shows no Shop.
import { randomUUID } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { invitePath, previewWhen, shoot, staff } from "./portal";

async function signIn(page: Page, path: string, button: string): Promise<void> {
  await page.goto(path);
  await page.getByRole("button", { name: button }).click();
}

test("an English customer sees English throughout", async ({ page }, info) => {
  const s = staff();
  const email = `oliver-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Oliver", last_name: "Smith", email, language: "en" });
  await s.api("POST", `/contacts/customers/${c.id}/cars`, { make: "Jaguar", model: "E-Type", plate: "OS 1961" });
  await previewWhen(s, c.id, (v) => Array.isArray(v.cars) && v.cars.length === 1);
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});
  await signIn(page, await invitePath(email), "Sign in");
  await expect(page.getByRole("heading", { name: "Events" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Nothing is planned yet.")).toBeVisible();
  await shoot(page, info, "en-3-events");
  const nav = page.getByRole("navigation", { name: "Portal sections" });
  for (const [link, heading] of [["Cars", "My cars"], ["Billing", "Billing"], ["Documents", "Documents"], ["Shop", "Shop"], ["Settings", "Settings"]] as const) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    await shoot(page, info, `en-${link.toLowerCase()}`);
  }
  await nav.getByRole("link", { name: "Cars" }).click();
  await page.getByRole("link", { name: "Jaguar E-Type" }).click();
  await expect(page.getByText("OS 1961")).toBeVisible();
  await shoot(page, info, "en-car");
});

test("a bookkeeper sees only billing, shop, documents and settings; a facility without Shop shows none", async ({ page }, info) => {
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", { sections: ["events", "cars", "billing", "documents", "settings"] });
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", {
    first_name: "Hugo", last_name: "Bernard", email: `hugo-${randomUUID().slice(0, 8)}@example.com`, language: "fr",
  });
  const email = `compta-${randomUUID().slice(0, 8)}@example.com`;
  const person = await s.api<{ id: string }>("POST", `/contacts/customers/${c.id}/people`, {
    first_name: "Ada", last_name: "Compta", email, role: "bookkeeper", portal_access: true, preferences: ["invoices"],
  });
  await previewWhen(s, c.id, (v) => (v.profile as { first_name?: string } | null)?.first_name === "Ada", person.id);
  await s.api("POST", `/contacts/customers/${c.id}/invite`, { person_id: person.id });
  await signIn(page, await invitePath(email), "Se connecter");
  const nav = page.getByRole("navigation", { name: "Sections du portail" });
  await expect(page.getByRole("heading", { name: "Facturation" })).toBeVisible();
  await expect(nav.getByRole("link")).toHaveText(["Facturation", "Documents", "Paramètres"]);
  await shoot(page, info, "fr-bookkeeper");
  // Typing another section's address shows the first allowed one, and the API refuses the data too.
  await page.goto("/portal/cars");
  await expect(page.getByRole("heading", { name: "Facturation" })).toBeVisible();
  const me = await page.evaluate(async () => (await fetch("/api/portal/me")).json());
  expect(me.sections).toEqual(["billing", "documents", "settings"]);
  expect(me.cars).toBeUndefined();
});
