import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "./fixtures";
import { DATA, eventually, mailFor } from "./system";

test("add a bookkeeper who gets invoices but not car updates, then send the invite and read it", async ({ as }) => {
  const address = `owner-${randomUUID().slice(0, 8)}@example.com`;
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Oliver", last_name: "Smith", email: address, language: "en" });
  const page = await as.open("owner", "en");
  await page.goto("/contacts");
  await page.getByRole("searchbox", { name: "Search a contact..." }).fill("Oliver");
  await page.getByTestId("contact-row").getByRole("link", { name: "View Details" }).click();
  await expect(page.getByRole("heading", { name: "Oliver Smith" })).toBeVisible();

  await page.getByRole("button", { name: "Add Contact" }).click();
  const dialog = page.getByRole("dialog", { name: "Add Contact" });
  await dialog.getByLabel("First Name *").fill("Ada");
  await dialog.getByLabel("Last Name *").fill("Books");
  await dialog.getByLabel("Email", { exact: true }).fill(`books-${randomUUID().slice(0, 8)}@example.com`);
  await dialog.getByLabel("Role", { exact: true }).selectOption("bookkeeper");
  await dialog.getByLabel("Invoices").check();
  await dialog.getByLabel("Estimates").check();
  await dialog.getByRole("button", { name: "Add Contact" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId("person-row");
  await expect(row).toContainText("Ada Books");
  await expect(row).toContainText("Bookkeeper");
  await expect(row).toContainText("Invoices");
  await expect(row).not.toContainText("Car Updates");
  const people = await as.api<{ items: { preferences: string[] }[] }>("GET", `/contacts/customers/${customer.id}/people`);
  expect(people.items[0]?.preferences.sort()).toEqual(["estimates", "invoices"]);

  // Other needs a description.
  await page.getByRole("button", { name: "Add Contact" }).click();
  await dialog.getByLabel("First Name *").fill("Val");
  await dialog.getByLabel("Last Name *").fill("Driver");
  await dialog.getByRole("button", { name: "Add Contact" }).click();
  await expect(dialog.getByText("Describe the role")).toBeVisible();
  await dialog.getByLabel("Role description").fill("Vehicle manager for the fleet");
  await dialog.getByRole("button", { name: "Add Contact" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("person-row")).toHaveCount(2);

  await page.getByRole("button", { name: "Send Invite" }).click();
  const confirm = page.getByRole("dialog", { name: "Send the portal link?" });
  await expect(confirm).toContainText("Oliver Smith");
  await expect(confirm).toContainText(address);
  await confirm.getByRole("button", { name: "Send Invite" }).click();
  const mail = await eventually(() => mailFor(address), 30_000);
  expect(mail).toMatch(/\/portal\/signin\//);
  await expect(page.getByTestId("account-state")).toContainText("Invited on", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Resend the portal link" })).toBeVisible();
});

test("link a car and upload a document", async ({ as }) => {
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Liam", last_name: "Brown", email: "liam.brown@example.com" });
  const page = await as.open("owner", "en");
  await page.goto(`/contacts/${customer.id}`);
  await page.getByRole("button", { name: "Add a car", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Add a car" });
  await dialog.getByLabel("Make").fill("Alpine");
  await dialog.getByLabel("Model").fill("A110");
  await dialog.getByLabel("Plate").fill("AB-123-CD");
  await dialog.getByRole("button", { name: "Save" }).click();
  const cars = page.getByRole("region", { name: "Cars" });
  await expect(cars).toContainText("Alpine A110");

  // Move it to another customer, found by search.
  await as.api("POST", "/contacts/customers", { first_name: "Ines", last_name: "Garage", email: "ines.garage@example.com" });
  await cars.getByRole("button", { name: "Move Alpine A110" }).click();
  const move = page.getByRole("dialog", { name: "Move Alpine A110 to another customer" });
  await move.getByRole("searchbox").fill("Ines");
  await move.getByRole("button", { name: "Ines Garage" }).click();
  await expect(move).toBeHidden();
  await expect(cars).toContainText("No car linked yet.");

  const file = join(DATA, "contract-e2e.pdf");
  writeFileSync(file, "%PDF-1.4\n% storage contract\n");
  await page.getByTestId("document-input").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Documents" })).toContainText("contract-e2e.pdf");
  // The name shows while the upload is in progress too: wait for the stored document.
  const stored = async () => (await as.api<{ items: { filename: string }[] }>("GET", `/contacts/customers/${customer.id}/documents`)).items.map((d) => d.filename);
  await expect.poll(stored).toEqual(["contract-e2e.pdf"]);
});

test("set up CRM fields: add stages and reorder them", async ({ as }) => {
  const page = await as.open("owner", "en");
  await page.goto("/settings/crm");
  const stages = page.getByRole("region", { name: "Pipeline stages" });
  for (const name of ["New lead", "Visit booked", "Won"]) {
    await stages.getByRole("textbox").fill(name);
    await stages.getByRole("button", { name: "Add" }).click();
    await expect(stages.getByTestId("option-stages").last()).toContainText(name);
  }
  await stages.getByRole("button", { name: "Move Won up" }).click();
  await expect(stages.getByTestId("option-stages").nth(1)).toContainText("Won");
  const names = async () => (await as.api<{ stages: { name: string }[] }>("GET", "/contacts/settings/crm")).stages.map((s) => s.name);
  await expect.poll(names).toEqual(["New lead", "Won", "Visit booked"]);

  // Drag with the keyboard: Space lifts "New lead", two arrows down carry it to the end, Space drops it.
  const handle = stages.getByRole("button", { name: /Drag New lead/ });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await expect(stages.getByTestId("option-stages").last()).toContainText("New lead");
  await expect.poll(names).toEqual(["Won", "Visit booked", "New lead"]);

  await stages.getByRole("button", { name: "Rename Won" }).click();
  await stages.getByRole("textbox", { name: "Rename" }).fill("Signed");
  await stages.getByRole("button", { name: "Save" }).click();
  await expect.poll(names).toEqual(["Signed", "Visit booked", "New lead"]);
});
