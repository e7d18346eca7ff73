// The seeds' walk-through ("Guide a customer through the portal"): staff prepare the record and invite; the
// customer opens the emailed link, signs in with the button, completes onboarding, and uses each section.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { eventually, expectNoSideScroll, invitePath, previewWhen, shoot, staff, upload, type Staff } from "./portal";

const ALL = ["events", "cars", "shop", "billing", "documents", "settings"];

test("a French customer signs in from the invite, completes onboarding and uses every section", async ({ page }, info) => {
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", { sections: ALL, onboarding_steps: ["confirm_profile", "add_payment_method", "accept_policies"] });
  const email = `camille-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Camille", last_name: "Durand", email, language: "fr" });
  await s.api("POST", `/contacts/customers/${c.id}/cars`, { make: "Alpine", model: "A110", year: 2022, plate: "GH-456-JK", colour: "Bleu" });
  await upload(s, c.id, "contrat-gardiennage.pdf", "%PDF-1.4 contrat de Camille");
  await previewWhen(s, c.id, (v) => Array.isArray(v.cars) && v.cars.length === 1);
  const invoice = await billingReady(s, c.id);
  // The facility saves the customer's card (the local provider's test card); onboarding then counts it done.
  const setup = await s.api<{ setup_id: string }>("POST", `/billing/customers/${c.id}/payment-methods/setup`);
  await s.api("POST", `/billing/customers/${c.id}/payment-methods`, {
    setup_id: setup.setup_id,
    test_card: { number: "4242424242424242", exp_month: 12, exp_year: 2030 },
  });
  await previewWhen(s, c.id, (v) => {
    const b = v.billing as { open_invoices: unknown[] } | undefined;
    const cards = (b as { payment_methods?: unknown[] } | undefined)?.payment_methods ?? [];
    return (b?.open_invoices.length ?? 0) === 1 && cards.length === 1 && (v.documents as unknown[]).length === 1;
  });
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});

  // The link's page only shows a button: opening it signs nobody in.
  await page.goto(await invitePath(email));
  await expect(page.getByRole("button", { name: "Se connecter" })).toBeVisible();
  await shoot(page, info, "fr-1-link");
  await page.getByRole("button", { name: "Se connecter" }).click();

  // Onboarding: the facility's steps, in order, then the main area.
  await expect(page.getByRole("heading", { name: "Avant de commencer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Confirmer votre profil" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await shoot(page, info, "fr-2-onboarding");
  await page.getByRole("button", { name: "Ces informations sont exactes" }).click();
  await expect(page.getByRole("heading", { name: "Accepter le règlement" })).toBeVisible();
  await page.keyboard.press("Tab"); // keyboard: the step's button is reachable and works with Enter
  await page.getByRole("button", { name: "J'accepte le règlement de l'établissement" }).focus();
  await page.keyboard.press("Enter");

  // Events first.
  await expect(page.getByRole("heading", { name: "Événements" })).toBeVisible();
  await expect(page).toHaveURL(/\/portal\/$/);
  await expectNoSideScroll(page);
  await shoot(page, info, "fr-3-events");

  const nav = page.getByRole("navigation", { name: "Sections du portail" });
  await nav.getByRole("link", { name: "Voitures" }).click();
  await expect(page.getByRole("heading", { name: "Mes voitures" })).toBeVisible();
  await shoot(page, info, "fr-4-cars");
  await page.getByRole("link", { name: "Alpine A110 2022" }).click();
  await expect(page.getByRole("heading", { name: "Alpine A110 2022" })).toBeVisible();
  await expect(page.getByText("GH-456-JK")).toBeVisible();
  await shoot(page, info, "fr-5-car");
  await page.reload(); // a deep link survives a reload (the gateway's SPA fallback)
  await expect(page.getByText("GH-456-JK")).toBeVisible();

  await nav.getByRole("link", { name: "Facturation" }).click();
  await expect(page.getByRole("heading", { name: "Facturation" })).toBeVisible();
  await expect(page.getByText(`Facture ${invoice}`)).toBeVisible();
  await shoot(page, info, "fr-6-billing");
  const [bill] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Télécharger la facture ${invoice}` }).click()]);
  expect(readFileSync((await bill.path()) as string, "utf8")).toContain(invoice);
  await expect(page.getByText("Visa •••• 4242")).toBeVisible();
  await page.getByRole("button", { name: `Payer la facture ${invoice} par carte` }).click();
  await expect(page.getByRole("status").first()).toContainText(`Merci, la facture ${invoice} est payée.`, { timeout: 40_000 });
  await expect(page.getByText("Rien à payer.")).toBeVisible();
  await shoot(page, info, "fr-6-billing-paid");

  await nav.getByRole("link", { name: "Documents" }).click();
  await expect(page.getByText("contrat-gardiennage.pdf")).toBeVisible();
  await shoot(page, info, "fr-7-documents");
  const [doc] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger contrat-gardiennage.pdf" }).click()]);
  expect(readFileSync((await doc.path()) as string, "utf8")).toBe("%PDF-1.4 contrat de Camille");

  await nav.getByRole("link", { name: "Boutique" }).click();
  await expect(page.getByRole("heading", { name: "Boutique" })).toBeVisible();

  await nav.getByRole("link", { name: "Paramètres" }).click();
  await expect(page.getByLabel("Prénom")).toHaveValue("Camille");
  await shoot(page, info, "fr-8-settings");
  await page.getByLabel("Téléphone").fill("+33 6 11 22 33 44");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toContainText("Modification envoyée");
  await eventually(async () => {
    const view = await s.api<{ profile: { phone?: string } }>("GET", `/portal/staff/preview/customers/${c.id}`);
    return view.profile.phone?.replace(/\s/g, "") === "+33611223344" ? true : undefined; // contacts normalises it
  }, 30_000);

  // No more offers and news: contacts records the choice (marketing is never sent to an opted-out contact).
  const offers = page.getByLabel("Recevoir les offres et actualités du site par e-mail");
  await expect(offers).toBeChecked();
  await offers.uncheck();
  await expect(page.getByRole("status")).toContainText("Modification envoyée");
  await eventually(async () => {
    const record = await s.api<{ marketing_opt_out: boolean }>("GET", `/contacts/customers/${c.id}`);
    return record.marketing_opt_out ? true : undefined;
  }, 30_000);

  // The language switch: English throughout, kept across a reload.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Billing" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the portal" })).toBeVisible();
});

/** An open invoice for the customer (billing must know them first); its number. */
async function billingReady(s: Staff, customer: string): Promise<string> {
  await eventually(async () => {
    try {
      return await s.api("GET", `/billing/customers/${customer}/balance`);
    } catch {
      return undefined;
    }
  }, 30_000);
  const made = await s.api<{ id: string; status: string; number: string | null }>("POST", "/billing/invoices", {
    customer_id: customer,
    lines: [{ description: "Gardiennage décembre", unit_amount_minor: 12_000 }],
  });
  const open = made.status === "draft" ? await s.api<{ number: string }>("POST", `/billing/invoices/${made.id}/finalize`) : made;
  return open.number as string;
}
