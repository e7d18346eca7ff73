import { expect, test } from "./fixtures";

test("merge two duplicates after a side-by-side view", async ({ as }) => {
  const kept = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Emma", last_name: "Moreau", email: "emma.moreau@example.com", phone: "07 81 22 33 44", tags: ["vip"] });
  const other = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Emma", last_name: "Moreau", email: "emma@moreau-cars.example", phone: "+33 7 81 22 33 44", company: "Moreau Classic Cars" });
  await as.api("POST", `/contacts/customers/${other.id}/cars`, { make: "Citroën", model: "DS" });
  const page = await as.open("owner", "en");
  await page.goto(`/contacts/${kept.id}`);
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Merge with…" }).click();
  const dialog = page.getByRole("dialog", { name: "Merge with…" });
  await dialog.getByRole("button", { name: "Emma Moreau" }).click();
  await expect(dialog.getByText("Kept (this record)")).toBeVisible();
  await expect(dialog).toContainText("Moreau Classic Cars");
  await dialog.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: "Cars" })).toContainText("Citroën DS");
  const list = await as.api<{ items: { id: string }[] }>("GET", "/contacts/customers");
  expect(list.items.map((c) => c.id)).toEqual([kept.id]);
});
