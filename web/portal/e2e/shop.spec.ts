// The Shop end to end: a customer orders a service in the portal (paying at once with the saved card) and sees
// the order's state; a facility that turned Shop off shows no Shop. French on the phone, English on the desktop.
import { randomUUID } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { eventually, expectNoSideScroll, invitePath, previewWhen, shoot, staff, type Staff } from "./portal";

const WORDS = {
  fr: {
    signIn: "Se connecter", shop: "Boutique", quantity: "Quantité", payNow: "Payer maintenant avec ma carte enregistrée",
    order: "Commander", ordered: /Merci, votre commande/, myOrders: "Mes commandes", paid: "Payée", invoiced: "Facturée",
    wash: "Lavage complet", cover: "Housse de protection", cars: "Voitures",
  },
  en: {
    signIn: "Sign in", shop: "Shop", quantity: "Quantity", payNow: "Pay now with my saved card",
    order: "Order", ordered: /Thank you, your order/, myOrders: "My orders", paid: "Paid", invoiced: "Invoiced",
    wash: "Full wash", cover: "Protective cover", cars: "Cars",
  },
} as const;

/** A customer of the facility known to billing, with a saved default card (the local provider's test card). */
async function customerWithCard(s: Staff, lang: "fr" | "en"): Promise<{ id: string; email: string }> {
  const email = `shop-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Léa", last_name: `Shop${randomUUID().slice(0, 4)}`, email, language: lang });
  await eventually(async () => {
    try {
      return await s.api("GET", `/billing/customers/${c.id}/balance`);
    } catch {
      return undefined; // billing has not learnt the customer yet
    }
  }, 30_000);
  const setup = await s.api<{ setup_id: string }>("POST", `/billing/customers/${c.id}/payment-methods/setup`);
  const card = { number: "4242424242424242", exp_month: 12, exp_year: 2031 };
  await s.api("POST", `/billing/customers/${c.id}/payment-methods`, { setup_id: setup.setup_id, test_card: card, make_default: true });
  return { id: c.id, email };
}

async function signIn(page: Page, email: string, lang: "fr" | "en"): Promise<void> {
  await page.goto(await invitePath(email));
  await page.getByRole("button", { name: WORDS[lang].signIn }).click();
}

test("a customer orders a service, pays at once with the saved card and sees the order paid", async ({ page }, info) => {
  test.setTimeout(240_000);
  const lang = info.project.name === "phone" ? "fr" : "en";
  const w = WORDS[lang];
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", { sections: ["shop", "cars", "billing", "settings"], onboarding_steps: [] });
  await s.api("POST", "/billing/products", { name: w.wash, description: lang === "fr" ? "Extérieur et intérieur" : "Outside and in", price_minor: 4_500, kind: "service" });
  await s.api("POST", "/billing/products", { name: w.cover, price_minor: 12_000, kind: "product" });
  const c = await customerWithCard(s, lang);
  await previewWhen(s, c.id, (v) => {
    const shop = v.shop as { products: unknown[]; can_pay_now: boolean } | undefined;
    return shop?.products.length === 2 && shop.can_pay_now;
  });
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});

  await signIn(page, c.email, lang);
  await page.getByRole("navigation").getByRole("link", { name: w.shop }).click();
  await expect(page.getByRole("heading", { name: w.shop, level: 1 })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: w.wash }) });
  await expect(card).toContainText(lang === "fr" ? "45,00" : "45.00");
  await expectNoSideScroll(page);
  await shoot(page, info, `${lang}-shop`);

  // Keyboard only: the quantity, the pay-now box, then Order.
  await card.getByLabel(w.quantity).fill("2");
  await card.getByLabel(w.payNow).focus();
  await page.keyboard.press("Space");
  await expect(card.getByLabel(w.payNow)).toBeChecked();
  await card.getByRole("button", { name: new RegExp(`^${w.order}`) }).focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toContainText(w.ordered, { timeout: 45_000 });
  const mine = page.getByRole("list", { name: w.myOrders }).getByRole("listitem").filter({ hasText: w.wash });
  await expect(mine).toContainText(`2 × ${w.wash}`);
  // The autopay step charges the card within its interval; the order shows paid once billing says so.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { name: w.shop, level: 1 })).toBeVisible();
    await expect(page.getByRole("list", { name: w.myOrders }).getByRole("listitem").filter({ hasText: w.wash })).toContainText(w.paid, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expectNoSideScroll(page);
  await shoot(page, info, `${lang}-shop-paid`);
  const orders = await s.api<{ items: { state: string; quantity: number; pay_now: boolean }[] }>("GET", `/billing/orders?customer_id=${c.id}`);
  expect(orders.items.map((o) => [o.state, o.quantity, o.pay_now])).toEqual([["paid", 2, true]]);
});

test("a facility that turned Shop off shows no Shop", async ({ page }, info) => {
  test.setTimeout(180_000);
  const lang = info.project.name === "phone" ? "fr" : "en";
  const w = WORDS[lang];
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", { sections: ["cars", "billing", "settings"], onboarding_steps: [] });
  await s.api("POST", "/billing/products", { name: w.wash, price_minor: 4_500, kind: "service" });
  const email = `noshop-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Tom", last_name: "Noshop", email, language: lang });
  await previewWhen(s, c.id, (v) => Array.isArray(v.sections) && !v.sections.includes("shop"));
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});
  await signIn(page, email, lang);
  await expect(page.getByRole("heading", { name: w.cars, level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation");
  await expect(nav.getByRole("link", { name: w.shop })).toHaveCount(0);
  await page.goto("/portal/shop");
  await expect(page.getByRole("heading", { name: w.cars, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: w.shop })).toHaveCount(0);
  await expect(page.getByText(w.wash)).toHaveCount(0);
  await shoot(page, info, `${lang}-shop-off`);
});
