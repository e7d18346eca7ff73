import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { call, devToken, eventually } from "./system";

type Api = <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;

/** A customer billing knows about (it learns them from contacts' events). */
async function billedCustomer(api: Api, first: string, last: string): Promise<string> {
  const { id } = await api<{ id: string }>("POST", "/contacts/customers", { first_name: first, last_name: last });
  await eventually(() => api("GET", `/billing/customers/${id}/balance`).then(() => true, () => undefined), 30_000);
  return id;
}

async function openInvoice(api: Api, customerId: string, euros: number): Promise<{ id: string; number: string }> {
  return api("POST", "/billing/invoices", { customer_id: customerId, lines: [{ description: "Stockage box B-12", quantity: 1, unit_amount_minor: euros * 100 }] });
}

test("start a rental and see the customer become Active on the Contacts list", async ({ as }) => {
  test.slow(); // several services, events between them and axe scans in one flow
  const id = await billedCustomer(as.api, "Hélène", "Marchand");
  await as.api("POST", `/contacts/customers/${id}/cars`, { make: "Citroën", model: "DS 21", plate: "DS-021-AA" });
  const page = await as.open("owner", "fr");
  await page.goto(`/contacts/${id}`);
  const billing = page.getByRole("region", { name: "Facturation" });
  await expect(billing.getByTestId("billing-balance")).toContainText("Rien à payer");
  await billing.getByRole("button", { name: "Démarrer une location" }).click();
  const dialog = page.getByRole("dialog", { name: "Démarrer une location" });
  await dialog.getByLabel("Emplacement").fill("B-12");
  await dialog.getByLabel("Prix (EUR)").fill("abc");
  await dialog.getByRole("button", { name: "Démarrer une location" }).click();
  await expect(dialog.getByText("Saisissez un montant supérieur à zéro")).toBeVisible();
  await dialog.getByLabel("Prix (EUR)").fill("150");
  await dialog.getByLabel("Voiture").selectOption({ label: "Citroën DS 21 · DS-021-AA" });
  await expect(dialog).toContainText("150,00 € / mois");
  await expectAccessible(page);
  await screenshot(page, "billing-rental-start-fr");
  await dialog.getByRole("button", { name: "Démarrer une location" }).click();
  await expect(dialog).toBeHidden();
  await billing.getByRole("tab", { name: /Locations/ }).click();
  const row = billing.getByTestId("rental-row");
  await expect(row).toContainText("B-12");
  await expect(row).toContainText("150,00 € / mois");
  await expect(row).toContainText("Citroën DS 21 · DS-021-AA");
  await expect(row).toContainText("Active");
  await expect(page.locator("header.page-head")).toContainText("Actif", { timeout: 20_000 }); // the status contacts keeps

  await page.goto("/contacts");
  const listed = page.getByTestId("contact-row").filter({ hasText: "Hélène Marchand" });
  await expect(listed).toContainText("Actif", { timeout: 20_000 });

  // The Billing section lists the facility's rentals with the customer.
  await page.getByRole("link", { name: "Facturation" }).first().click();
  await page.getByRole("tab", { name: "Locations" }).click();
  await expect(page.getByTestId("rental-row")).toContainText("Hélène Marchand");
  await expectAccessible(page);
  await screenshot(page, "billing-rentals-fr");

  // Notice: the rental ends on a later date and stays active until then.
  await page.getByRole("button", { name: "Terminer ou donner un préavis B-12" }).click();
  const end = page.getByRole("dialog", { name: "Terminer la location B-12" });
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await end.getByLabel("Date de fin").fill(later);
  await end.getByRole("button", { name: "Terminer" }).click();
  await expect(end).toBeHidden();
  const rental = page.getByTestId("rental-row").filter({ hasText: "B-12" });
  await expect(rental).toContainText("Active");
  const written = (iso: string) => new Intl.DateTimeFormat("fr", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  await expect(rental).toContainText(written(later));
  const saved = await as.api<{ items: { ends_on: string; notice_given_on: string; status: string }[] }>("GET", `/billing/rentals?customer_id=${id}`);
  expect(saved.items[0]).toMatchObject({ ends_on: later, status: "active" });
  expect(saved.items[0]?.notice_given_on).toBeTruthy();
});

test("record a partial payment and see the balance, the invoice detail and its printable copy", async ({ as }) => {
  test.slow(); // several services, events between them and axe scans in one flow
  await as.api("PUT", "/billing/settings", { currency: "EUR", tax_rate_bp: 2000, payment_terms_days: 14 });
  const id = await billedCustomer(as.api, "Oliver", "Payne");
  const invoice = await openInvoice(as.api, id, 100); // 100 € + 20 % VAT
  const page = await as.open("manager", "en");
  await page.goto(`/contacts/${id}`);
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(billing.getByTestId("billing-balance")).toContainText("Owed €120.00");
  await expect(billing.getByTestId("billing-balance")).toContainText("1 open invoice");
  // By keyboard: the button opens the dialog, the amount has the focus, Enter records.
  await billing.getByRole("button", { name: "Record a payment" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Record a payment" });
  await expect(dialog.getByLabel("Amount")).toBeFocused();
  await page.keyboard.type("50");
  await dialog.getByLabel("Method").selectOption("cheque");
  await dialog.getByLabel("Reference").fill("CHQ 0042");
  await expectAccessible(page);
  await screenshot(page, "billing-payment-en");
  await dialog.getByLabel("Reference").press("Enter");
  await expect(dialog).toBeHidden();
  await expect(billing.getByTestId("billing-balance")).toContainText("Owed €70.00");

  await billing.getByRole("button", { name: `Invoice ${invoice.number}` }).click();
  const detail = page.getByRole("dialog", { name: `Invoice ${invoice.number}` });
  await expect(detail).toContainText("Stockage box B-12");
  await expect(detail).toContainText("VAT (20%)");
  await expect(detail).toContainText("€20.00");
  await expect(detail.getByRole("row", { name: /Left to pay/ })).toContainText("€70.00");
  await expectAccessible(page);
  await screenshot(page, "billing-invoice-en");
  await detail.getByRole("button", { name: "Close" }).click();

  await billing.getByRole("tab", { name: "Payments" }).click();
  await expect(billing.getByTestId("payment-row")).toContainText("Cheque");
  await expect(billing.getByTestId("payment-row")).toContainText("CHQ 0042");
  await billing.getByRole("tab", { name: "Statement" }).click();
  await expect(billing.getByTestId("statement")).toContainText("€70.00");
  await screenshot(page, "billing-statement-en");

  // Refund part of it: the balance goes back up.
  await billing.getByRole("tab", { name: "Payments" }).click();
  await billing.getByRole("button", { name: /^Refund €50.00/ }).click();
  const refund = page.getByRole("dialog", { name: /Refund the payment/ });
  await refund.getByLabel("Amount").fill("80");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(refund.getByRole("alert")).toBeVisible(); // more than was paid: refused, shown in the dialog
  await refund.getByLabel("Amount").fill("10");
  await refund.getByRole("button", { name: "Refund" }).click();
  await expect(refund).toBeHidden();
  await expect(billing.getByTestId("billing-balance")).toContainText("Owed €80.00");

  await page.goto(`/billing/invoices/${invoice.id}/print`);
  await expect(page.getByRole("heading", { name: `Invoice ${invoice.number}` })).toBeVisible();
  await expect(page.getByText("Oliver Payne")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "billing-invoice-print-en");
});

test("add the test card and pay an open invoice", async ({ as }) => {
  test.slow(); // several services, events between them and axe scans in one flow
  const id = await billedCustomer(as.api, "Camille", "Carte");
  const page = await as.open("owner", "fr");
  await page.goto(`/contacts/${id}`);
  const billing = page.getByRole("region", { name: "Facturation" });
  await expect(billing.getByTestId("billing-balance")).toContainText("aucune facture ouverte");
  // A one-off invoice of two lines, issued from the record.
  await billing.getByRole("button", { name: "Nouvelle facture" }).click();
  const create = page.getByRole("dialog", { name: "Nouvelle facture" });
  await create.getByLabel("Désignation 1").fill("Lavage");
  await create.getByLabel("Prix unitaire (EUR)").fill("30");
  await create.getByRole("button", { name: "Ajouter une ligne" }).click();
  await create.getByLabel("Désignation 2").fill("Recharge batterie");
  await create.getByLabel("Prix unitaire (EUR)").nth(1).fill("30,00");
  await create.getByLabel("Qté").nth(1).fill("2");
  await expect(create).toContainText("Sous-total 90,00 €");
  await screenshot(page, "billing-new-invoice-fr");
  await create.getByRole("button", { name: "Émettre" }).click();
  await expect(create).toBeHidden();
  await expect(billing.getByTestId("billing-balance")).toContainText("Dû 90,00 €");
  const [invoice] = (await as.api<{ items: { number: string }[] }>("GET", `/billing/invoices?customer_id=${id}`)).items;
  if (!invoice) throw new Error("no invoice");
  await billing.getByRole("button", { name: "Ajouter une carte" }).click();
  const dialog = page.getByRole("dialog", { name: "Ajouter une carte (fournisseur local de test)" });
  await expect(dialog).toContainText("4242 4242 4242 4242");
  await dialog.getByLabel("Numéro de carte").fill("42");
  await dialog.getByRole("button", { name: "Ajouter une carte" }).click();
  await expect(dialog.getByText("Un numéro de carte a de 12 à 19 chiffres.")).toBeVisible();
  await dialog.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await expectAccessible(page);
  await screenshot(page, "billing-card-fr");
  await dialog.getByRole("button", { name: "Ajouter une carte" }).click();
  await expect(dialog).toBeHidden();
  await billing.getByRole("tab", { name: "Cartes" }).click();
  await expect(billing.getByTestId("card-row")).toContainText("VISA •••• 4242");
  await expect(billing.getByTestId("card-row")).toContainText("Par défaut");
  const autopay = billing.getByLabel(/Prélèvement automatique/);
  await autopay.check();
  await expect.poll(async () => (await as.api<{ autopay: boolean }>("GET", `/billing/customers/${id}/autopay`)).autopay).toBe(true);
  // The box shows the saved setting: it turns off once the change is stored (uncheck() wants it at once).
  await expect(autopay).toBeChecked();
  await autopay.click();
  await expect.poll(async () => (await as.api<{ autopay: boolean }>("GET", `/billing/customers/${id}/autopay`)).autopay).toBe(false);
  await expect(autopay).not.toBeChecked();
  await screenshot(page, "billing-cards-fr");

  await billing.getByRole("tab", { name: /Factures/ }).click();
  await billing.getByRole("button", { name: `Facture ${invoice.number}` }).click();
  const detail = page.getByRole("dialog", { name: `Facture ${invoice.number}` });
  await detail.getByRole("button", { name: "Payer par carte (VISA •••• 4242)" }).click();
  await expect(detail).toContainText("Payée");
  await detail.getByRole("button", { name: "Fermer" }).click();
  await expect(billing.getByTestId("billing-balance")).toContainText("Rien à payer");
  await expect(billing.getByTestId("invoice-row")).toContainText("Payée");
  await expectAccessible(page);
  await screenshot(page, "billing-customer-fr");
});

test("a staff user sees billing but cannot record a payment, and the API refuses", async ({ as }) => {
  test.slow(); // several services, events between them and axe scans in one flow
  const id = await billedCustomer(as.api, "Manon", "Lecture");
  await openInvoice(as.api, id, 40);
  const page = await as.open("staff", "en");
  await page.goto(`/contacts/${id}`);
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(billing.getByTestId("billing-balance")).toContainText("Owed €40.00");
  for (const name of ["Record a payment", "Start a rental", "Add a card"]) {
    const button = billing.getByRole("button", { name, exact: true });
    await expect(button).toHaveAttribute("aria-disabled", "true");
  }
  await billing.getByRole("button", { name: "Record a payment", exact: true }).click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await billing.getByRole("button", { name: /^Invoice INV-/ }).click();
  const detail = page.getByRole("dialog", { name: /^Invoice INV-/ });
  await expect(detail.getByRole("button", { name: "Record a payment" })).toHaveAttribute("aria-disabled", "true");
  await expect(detail.getByRole("button", { name: "Void the invoice" })).toHaveAttribute("aria-disabled", "true");
  await detail.getByRole("button", { name: "Close" }).click();

  const staff = devToken("staff", as.facility);
  await expect(call(staff, as.facility, "POST", "/billing/payments", { customer_id: id, amount_minor: 1000, method: "cash" })).rejects.toThrow(/403/);

  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "billing-customer-phone-en");

  await page.goto("/settings/billing");
  await expect(page.getByRole("button", { name: "Save" })).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByTestId("provider-state")).toContainText("Local (test cards, no network)");
});

for (const language of ["fr", "en"] as const) {
  test(`Settings → Billing and the Billing section (${language})`, async ({ as }) => {
  test.slow(); // several services, events between them and axe scans in one flow
    const id = await billedCustomer(as.api, "Jeanne", "Réglages");
    await openInvoice(as.api, id, 25);
    const page = await as.open("owner", language);
    await page.goto("/settings/billing");
    const fr = language === "fr";
    await page.getByLabel(fr ? "Taux de TVA (%)" : "VAT rate (%)").fill(fr ? "5,5" : "5.5");
    await page.getByLabel(fr ? "Délai de paiement (jours)" : "Payment terms (days)").fill("30");
    await page.getByRole("button", { name: fr ? "Enregistrer" : "Save" }).click();
    await expect.poll(async () => (await as.api<{ tax_rate_bp: number; payment_terms_days: number }>("GET", "/billing/settings")).tax_rate_bp).toBe(550);
    await expect(page.getByTestId("provider-state")).toContainText(fr ? "Connecté" : "Connected");
    await expectAccessible(page);
    await screenshot(page, `billing-settings-${language}`);

    await page.goto("/billing");
    await expect(page.getByTestId("invoice-row")).toContainText("Jeanne Réglages");
    await expectAccessible(page);
    await screenshot(page, `billing-invoices-${language}`);
  });
}
