import { expect, expectAccessible, test } from "./fixtures";

test("the facility's default country decides how a number without country code is read", async ({ as }) => {
  const page = await as.open("owner", "en");
  await page.goto("/settings/facility");
  await page.getByLabel("Default country for phone numbers").selectOption("GB");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".toasts")).toContainText("Facility settings saved");
  await expectAccessible(page);
  await expect.poll(async () => (await as.api<{ default_country: string }>("GET", "/contacts/settings/facility")).default_country.toUpperCase()).toBe("GB");

  await page.getByRole("link", { name: "Contacts" }).click();
  await page.getByRole("button", { name: "Create a contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a contact" });
  await dialog.getByLabel("First Name *").fill("Oliver");
  await dialog.getByLabel("Last Name *").fill("Smith");
  await dialog.getByLabel("Phone").fill("020 7946 0958");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const list = await as.api<{ items: { phone: string }[] }>("GET", "/contacts/customers");
  expect(list.items[0]?.phone).toBe("+442079460958");
  await expect(page.getByTestId("contact-row")).toContainText("020 7946 0958");
});
