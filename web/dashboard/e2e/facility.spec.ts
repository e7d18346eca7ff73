import { expect, expectAccessible, test } from "./fixtures";

test("the facility's default country decides how a number without country code is read", async ({ as }) => {
  const page = await as.open("owner", "en");
  await page.goto("/settings/facility");
  await page.getByLabel("Default country for phone numbers").selectOption("GB");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.locator(".toasts")).toContainText("Facility settings saved");
  await expectAccessible(page);
  await expect.poll(async () => (await as.api<{ default_country: string }>("GET", "/contacts/settings/facility")).default_country.toUpperCase()).toBe("GB");

  await page.getByRole("link", { name: "Contacts" }).click();
  await page.getByRole("button", { name: "Create a contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a contact" });
  await dialog.getByLabel("First Name *").fill("Oliver");
  await dialog.getByLabel("Last Name *").fill("Smith");
  await dialog.getByLabel("Email").fill(`oliver.smith.${Date.now()}@example.co.uk`);
  await dialog.getByLabel("Phone").fill("020 7946 0958");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const list = await as.api<{ items: { phone: string }[] }>("GET", "/contacts/customers");
  expect(list.items[0]?.phone).toBe("+442079460958");
  await expect(page.getByTestId("contact-row")).toContainText("020 7946 0958");
});

test("saving one facility setting keeps the others; the name shows top left; a staff user only views", async ({ as }) => {
  const page = await as.open("owner", "en");
  await page.goto("/settings/facility");
  const picker = page.getByLabel("Facility", { exact: true });
  await expect(picker.locator("option:checked")).toHaveText("Unnamed facility");
  await page.getByLabel("Facility name").fill("Garage des Lilas");
  await page.getByLabel("A contact must have an email address").uncheck();
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.locator(".toasts")).toContainText("Facility settings saved");
  await expect(picker.locator("option:checked")).toHaveText("Garage des Lilas");

  // Another field saved later does not reset the name (the API replaces the settings as a whole).
  await page.reload();
  await expect(page.getByLabel("Facility name")).toHaveValue("Garage des Lilas");
  await page.getByLabel("Default country for phone numbers").selectOption("BE");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.locator(".toasts")).toContainText("Facility settings saved");
  type Settings = { name: string | null; default_country: string; email_required: boolean };
  await expect
    .poll(async () => {
      const s = await as.api<Settings>("GET", "/contacts/settings/facility");
      return [s.name, s.default_country.toUpperCase(), s.email_required];
    })
    .toEqual(["Garage des Lilas", "BE", false]);

  // How emails are signed, and where replies go.
  const sender = page.getByRole("form", { name: "Emails to customers" });
  await sender.getByLabel("Sender name").fill("Garage des Lilas");
  await sender.getByLabel("Reply-to address").fill("not an address");
  await sender.getByRole("button", { name: "Save" }).click();
  await expect(sender.getByRole("alert")).toBeVisible();
  await sender.getByLabel("Reply-to address").fill("contact@garage-des-lilas.fr");
  await sender.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".toasts")).toContainText("Email settings saved");
  await expect
    .poll(async () => (await as.api<{ reply_to: string | null }>("GET", "/notifications/settings/facility")).reply_to)
    .toBe("contact@garage-des-lilas.fr");
  await expectAccessible(page);

  const staff = await as.open("staff", "fr");
  await staff.goto("/settings/facility");
  await expect(staff.getByLabel("Nom du site")).toHaveValue("Garage des Lilas");
  await expect(staff.getByLabel("Nom du site")).toHaveAttribute("readonly", "");
  await expect(staff.getByRole("button", { name: "Enregistrer" }).first()).toBeDisabled();
});
