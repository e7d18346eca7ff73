import { expect, test } from "./fixtures";
import { eventually } from "./system";

test("delete is refused with its reasons while a rental is active, and Mark inactive is offered", async ({ as }) => {
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Chloé", last_name: "Laurent", email: "chloe.laurent@example.com" });
  await as.api("PUT", "/billing/settings", { currency: "EUR", tax_rate_bp: 2000, payment_terms_days: 14 });
  // Billing learns customers from contacts' events: wait until it knows this one.
  await eventually(() => as.api(`GET`, `/billing/customers/${customer.id}/balance`).then((b) => b, () => undefined));
  await as.api("POST", "/billing/rentals", { customer_id: customer.id, space: "Bay 7", price_minor: 15000 });
  // Contacts learns of the rental from billing's events: the record turns Active.
  await eventually(async () => ((await as.api<{ status: string }>("GET", `/contacts/customers/${customer.id}`)).status === "active" ? true : undefined));

  const page = await as.open("owner", "en");
  await page.goto(`/contacts/${customer.id}`);
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete Chloé Laurent?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog.getByTestId("delete-reasons")).toContainText("They have an active rental.");
  await expect(dialog.getByRole("button", { name: "Mark inactive" })).toBeVisible();
  expect((await as.api<{ status: string }>("GET", `/contacts/customers/${customer.id}`)).status).toBe("active");
});
