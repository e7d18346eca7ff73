import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { eventually } from "./system";

test("add a customer and find them by a phone typed in another format", async ({ as }) => {
  const page = await as.open("manager", "en");
  await page.goto("/contacts");
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
  await page.getByRole("button", { name: "Create a contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a contact" });
  await dialog.getByLabel("First Name *").fill("Camille");
  await dialog.getByLabel("Last Name *").fill("Rousseau");
  await dialog.getByLabel("Email").fill("camille.rousseau@example.fr");
  await dialog.getByLabel("Phone").fill("06 12 34 56 78");
  await dialog.getByLabel("Preferred language").selectOption("fr");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole("searchbox", { name: "Search a contact..." }).fill("+33612345678");
  const rows = page.getByTestId("contact-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Camille Rousseau");
  await expect(page.getByRole("tab", { name: /All/ })).toContainText("1");
  await expect(page.getByRole("tab", { name: /Leads/ })).toContainText("1");

  // Typing the same email again warns of a duplicate before saving.
  await page.getByRole("button", { name: "Create a contact" }).click();
  await dialog.getByLabel("Email").fill("camille.rousseau@example.fr");
  await expect(dialog.getByTestId("duplicate-warning")).toContainText("Camille Rousseau");
  await dialog.getByRole("button", { name: "Cancel" }).click();
});

test("the API's field errors are shown beside the field", async ({ as }) => {
  const page = await as.open("owner", "en");
  await page.goto("/contacts");
  await page.getByRole("button", { name: "Create a contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a contact" });
  await dialog.getByLabel("First Name *").fill("Bad");
  await dialog.getByLabel("Last Name *").fill("Phone");
  await dialog.getByLabel("Email").fill(`bad.phone.${Date.now()}@example.com`);
  await dialog.getByLabel("Phone").fill("12");
  await dialog.getByRole("button", { name: "Save" }).click();
  const phone = dialog.getByLabel("Phone");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert").first()).toBeVisible();
  await expect(dialog).toBeVisible();
});

test("tabs, sorting and the column chooser kept per user", async ({ as }) => {
  for (const [first, last] of [["Zoé", "Abel"], ["Adam", "Zola"]]) {
    await as.api("POST", "/contacts/customers", { first_name: first, last_name: last, email: `${String(last).toLowerCase()}@example.com` });
  }
  const page = await as.open("owner", "en");
  await page.goto("/contacts");
  const rows = page.getByTestId("contact-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Abel");
  await page.getByRole("button", { name: "Name" }).click();
  await expect(rows.first()).toContainText("Zola");
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("menuitem", { name: "Company" }).click();
  await expect(page.getByRole("columnheader", { name: "Company" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Company" })).toBeVisible();
  await expect(page.getByRole("tab", { name: /Customers/ })).toContainText("0");
});

for (const language of ["fr", "en"] as const) {
  test(`main screens in ${language}, accessible (axe-core), with screenshots`, async ({ as }) => {
    test.setTimeout(200_000);
    const stage = await as.api<{ id: string }>("POST", "/contacts/settings/crm/stages", { name: "Nouveau" });
    await as.api("POST", "/contacts/settings/crm/stages", { name: "Visite" });
    const created = await as.api<{ id: string }>("POST", "/contacts/customers", {
      first_name: "Hugo", last_name: "Lefèvre", email: "hugo@example.fr", phone: "+33 6 98 76 54 32", company: "Garage Lefèvre", stage_id: stage.id,
    });
    await as.api("POST", "/contacts/customers", { first_name: "Oliver", last_name: "Smith", email: "oliver@example.com", phone: "+44 20 7946 0958", language: "en" });
    await as.api("POST", `/contacts/customers/${created.id}/cars`, { make: "Alpine", model: "A110", plate: "AB-123-CD" });
    await as.api("POST", `/contacts/customers/${created.id}/people`, { first_name: "Léa", last_name: "Lefèvre", email: "lea@example.fr", role: "bookkeeper", portal_access: true, preferences: ["invoices"] });
    await as.api("PUT", "/portal/staff/settings", { sections: ["events", "cars", "billing", "documents", "settings"], onboarding_steps: ["confirm_profile", "sign_contract", "add_payment_method"] });
    // A probable duplicate of Hugo (same phone), for the Duplicates screen.
    await as.api("POST", "/contacts/customers", { first_name: "Hugo", last_name: "Lefevre", email: "h.lefevre@garage-lefevre.example", phone: "06 98 76 54 32", company: "Garage Lefèvre" });
    const page = await as.open("owner", language);
    await page.goto("/contacts");
    await expect(page.getByTestId("contact-row")).toHaveCount(3);
    await expectAccessible(page);
    await screenshot(page, `contacts-table-${language}`);
    await page.goto("/contacts?view=cards");
    await expect(page.locator(".contact-card")).toHaveCount(3);
    await expectAccessible(page);
    await screenshot(page, `contacts-cards-${language}`);
    await page.goto("/contacts?view=board");
    await expect(page.getByTestId("board-card")).toHaveCount(3);
    await expectAccessible(page);
    await screenshot(page, `contacts-board-${language}`);
    // The preview shows once the portal has the record (from contacts' events).
    const welcome = language === "fr" ? "Bienvenue, Hugo Lefèvre" : "Welcome, Hugo Lefèvre";
    await eventually(async () => {
      await page.goto(`/contacts/${created.id}`);
      // isVisible() does not wait: the preview loads after the page, so wait for it (a few seconds) each time.
      const car = page.getByTestId("portal-preview").getByText("Alpine A110").first();
      return (await car.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false)) || undefined;
    }, 90_000);
    await expect(page.getByTestId("portal-preview")).toContainText(welcome);
    await expect(page.getByRole("heading", { name: "Hugo Lefèvre" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `customer-${language}`);
    await page.goto("/settings/crm");
    await expect(page.getByTestId("option-stages")).toHaveCount(2);
    await expectAccessible(page);
    await screenshot(page, `settings-crm-${language}`);
    await page.goto("/settings/portal");
    await expect(page.getByTestId("onboarding-step").first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `settings-portal-${language}`);
    await page.goto("/settings/facility");
    await expect(page.getByLabel(language === "fr" ? "Pays par défaut des numéros de téléphone" : "Default country for phone numbers")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `settings-facility-${language}`);
    await page.goto("/duplicates");
    await expect(page.getByTestId("duplicate-group")).toHaveCount(1);
    await page.getByTestId("duplicate-group").getByRole("button", { name: language === "fr" ? "Comparer" : "Compare" }).click();
    await expect(page.getByTestId("merge-compare")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `duplicates-${language}`);
    await page.goto("/contacts");
    await page.getByRole("button", { name: language === "fr" ? "Créer un contact" : "Create a contact" }).click();
    await expectAccessible(page);
    await screenshot(page, `create-contact-${language}`);
  });
}

test("Edit from the row; the customer's activity shows the old and new value", async ({ as }) => {
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Noah", last_name: "Martin", email: "noah.martin@example.com", company: "Martin SARL" });
  const page = await as.open("owner", "en");
  await page.goto("/contacts");
  await page.getByTestId("contact-row").getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit" });
  await dialog.getByLabel("Company").fill("Martin SA");
  await dialog.getByRole("button", { name: "Save Changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("contact-row")).toBeVisible();
  await page.goto(`/contacts/${customer.id}`);
  await expect(page.getByRole("region", { name: "Activity" })).toContainText("Martin SARL → Martin SA");
});
