// A customer adds a payment card (issue #18): the local test tokenizer turns Stripe's test numbers into tokens in
// the browser, only the token goes to the API, billing saves the card or declines it. No card number is ever sent.
import { randomUUID } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { eventually, invitePath, previewWhen, shoot, staff, type Staff } from "./portal";

/** A customer billing and the portal both know, invited and signed in; their id. */
async function signedInCustomer(page: Page, s: Staff, language: "fr" | "en"): Promise<string> {
  const email = `card-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Ana", last_name: "Silva", email, language });
  await eventually(async () => {
    try {
      return await s.api("GET", `/billing/customers/${c.id}/balance`);
    } catch {
      return undefined; // billing has not learned the customer yet
    }
  }, 30_000);
  await previewWhen(s, c.id, (v) => v.profile !== null);
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});
  await page.goto(await invitePath(email));
  await page.getByRole("button", { name: language === "fr" ? "Se connecter" : "Sign in" }).click();
  return c.id;
}

/** Every request body the page sends, to prove no card number leaves the browser. */
function bodiesOf(page: Page): string[] {
  const bodies: string[] = [];
  page.on("request", (r) => bodies.push(`${r.url()} ${r.postData() ?? ""}`));
  return bodies;
}

async function enterCard(page: Page, number: string, labels: { number: string; expiry: string; cvc: string; name: string }) {
  await page.getByLabel(labels.number).fill(number);
  await page.getByLabel(labels.expiry).fill("04/31");
  await page.getByLabel(labels.cvc).fill("123");
  await page.getByLabel(labels.name).fill("Ana Silva");
}

const EN = { number: "Card number", expiry: "Expiry (MM/YY)", cvc: "Security code (CVC)", name: "Name on the card" };
const FR = { number: "Numéro de carte", expiry: "Expiration (MM/AA)", cvc: "Cryptogramme (CVC)", name: "Nom sur la carte" };

test("a customer adds a test card in Billing; a decline card and a real number are refused", async ({ page }, info) => {
  const s = staff();
  const bodies = bodiesOf(page);
  const customer = await signedInCustomer(page, s, "en");
  await page.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Billing" }).click();
  await expect(page.getByRole("heading", { name: "Add a card" })).toBeVisible();
  await expect(page.getByText("No card saved.")).toBeVisible();
  await shoot(page, info, "card-1-form");

  // A number that is not one of Stripe's test cards: a field error, and nothing is sent.
  await enterCard(page, "4111 1111 1111 1111", EN);
  await page.getByRole("button", { name: "Save the card" }).click();
  await expect(page.getByText("Use a test card (for example 4242 4242 4242 4242).")).toBeVisible();
  await expect(page.getByLabel(EN.number)).toHaveAttribute("aria-invalid", "true");
  await shoot(page, info, "card-2-not-a-test-card");
  expect(bodies.filter((b) => b.includes("/me/payment-methods"))).toEqual([]);

  // The decline card: billing refuses it, the customer is told, no card appears.
  await page.getByLabel(EN.number).fill("4000 0000 0000 0002");
  await page.getByLabel(EN.number).press("Enter"); // the form works from the keyboard
  await expect(page.getByRole("alert").filter({ hasText: "The card was declined. Try another card." })).toBeVisible({ timeout: 40_000 });
  await expect(page.getByText("No card saved.")).toBeVisible();
  await shoot(page, info, "card-3-declined");

  // Stripe's Visa test card: saved, shown as the customer's card.
  await page.getByLabel(EN.number).fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: "Save the card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Card saved: Visa •••• 4242." })).toBeVisible({ timeout: 40_000 });
  await expect(page.getByText("Visa •••• 4242", { exact: true })).toBeVisible();
  await expect(page.getByLabel(EN.number)).toHaveValue("");
  await shoot(page, info, "card-4-saved");

  const cards = await s.api<{ items: { brand: string; last4: string; is_default: boolean }[] }>(
    "GET",
    `/billing/customers/${customer}/payment-methods`,
  );
  expect(cards.items.map((c) => [c.brand, c.last4, c.is_default])).toEqual([["visa", "4242", true]]);
  for (const number of ["4111111111111111", "4000000000000002", "4242424242424242", "4242 4242", "Ana Silva"]) {
    expect(bodies.filter((b) => b.includes(number))).toEqual([]);
  }
  expect(bodies.some((b) => b.includes('"token":"pm_card_visa"'))).toBe(true);
});

test("a French customer adds a card in the onboarding step, which is then done", async ({ page }, info) => {
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", {
    sections: ["events", "billing", "settings"],
    onboarding_steps: ["add_payment_method"],
  });
  await signedInCustomer(page, s, "fr");
  await expect(page.getByRole("heading", { name: "Avant de commencer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ajouter une carte" })).toBeVisible();
  await shoot(page, info, "card-fr-1-onboarding");
  await enterCard(page, "1234 5678 9012 3456", FR);
  await page.getByRole("button", { name: "Enregistrer la carte" }).click();
  await expect(page.getByText("Utilisez une carte de test (par exemple 4242 4242 4242 4242).")).toBeVisible();
  await page.getByLabel(FR.expiry).fill("01/20");
  await page.getByRole("button", { name: "Enregistrer la carte" }).click();
  await expect(page.getByText("Cette carte a expiré.")).toBeVisible();
  await shoot(page, info, "card-fr-2-errors");
  await page.getByLabel(FR.number).fill("5555 5555 5555 4444");
  await page.getByLabel(FR.expiry).fill("04/31");
  await page.getByRole("button", { name: "Enregistrer la carte" }).click();
  // Saved: the step is ticked from the card billing published, and the portal opens.
  await expect(page.getByRole("heading", { name: "Événements" })).toBeVisible({ timeout: 40_000 });
  await page.getByRole("navigation", { name: "Sections du portail" }).getByRole("link", { name: "Facturation" }).click();
  await expect(page.getByText("Mastercard •••• 4444", { exact: true })).toBeVisible();
  await shoot(page, info, "card-fr-3-billing");
});
