import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { expect, expectAccessible, test } from "./fixtures";
import { DATA, eventually, uploadDocument } from "./system";

// A 1×1 PNG: the card view shows it as the customer's photo.
const PNG = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

test("Preview portal shows what the customer, or one of their people, sees; Settings → Portal changes it", async ({ as }) => {
  test.setTimeout(150_000);
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Louise", last_name: "Petit", email: `louise-${randomUUID().slice(0, 8)}@example.com`, language: "en" });
  await as.api("POST", `/contacts/customers/${customer.id}/people`, { first_name: "Paul", last_name: "Petit", email: `paul-${randomUUID().slice(0, 8)}@example.com`, role: "spouse", portal_access: true });
  await as.api("POST", `/contacts/customers/${customer.id}/cars`, { make: "Porsche", model: "356" });
  const page = await as.open("owner", "en");
  await page.goto("/settings/portal");
  const sections = page.getByRole("group", { name: "Sections customers see" });
  await expect(sections.getByLabel("Cars")).toBeChecked();
  await page.getByRole("button", { name: "+ Sign the contract" }).click();
  await expect(page.getByTestId("onboarding-step").last()).toContainText("Sign the contract");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Portal settings saved" })).toBeVisible();
  const saved = await as.api<{ onboarding_steps: string[] }>("GET", "/portal/staff/settings");
  expect(saved.onboarding_steps.at(-1)).toBe("sign_contract");

  // The portal learns the customer, the person and the car from contacts' events.
  const preview = page.getByTestId("portal-preview");
  await eventually(async () => {
    await page.goto(`/contacts/${customer.id}`);
    // isVisible() does not wait: the preview loads after the page, so wait for it (a few seconds) each time.
    return (await preview.getByText("Porsche 356").waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false)) || undefined;
  }, 90_000);
  await expect(preview).toContainText("Welcome, Louise Petit");
  await expect(preview).toContainText("Sign the contract");
  await expectAccessible(page);
  await preview.getByLabel("Seen by").selectOption({ label: "Paul Petit" });
  await expect(preview).toContainText("Welcome, Paul Petit");

  // Turning Cars off takes the section out of every customer's portal, the preview included.
  await page.goto("/settings/portal");
  await sections.getByLabel("Cars").uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Portal settings saved" })).toBeVisible();
  await page.goto(`/contacts/${customer.id}`);
  await expect(preview).toContainText("Welcome, Louise Petit");
  await expect(preview).not.toContainText("Porsche 356");
  const staff = await as.open("staff", "en");
  await staff.goto("/settings/portal");
  await expect(staff.getByRole("button", { name: "Save" })).toHaveAttribute("aria-disabled", "true");
});

test("a document upload shows its progress on a slow network and can be cancelled; then one goes through", async ({ as }) => {
  const customer = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Jules", last_name: "Roux", email: "jules.roux@example.com" });
  const page = await as.open("owner", "en");
  await page.goto(`/contacts/${customer.id}`);
  const documents = page.getByRole("region", { name: "Documents" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  // About 64 KB/s up: a 2 MB file takes half a minute, long enough to see it move and cancel it.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 50, downloadThroughput: 1_000_000, uploadThroughput: 64 * 1024 });
  const big = join(DATA, "plans-e2e.pdf");
  writeFileSync(big, Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2 * 1024 * 1024)]));
  await page.getByTestId("document-input").setInputFiles(big);
  const progress = documents.getByTestId("upload-progress");
  await expect(progress).toContainText("Uploading plans-e2e.pdf");
  await expect.poll(async () => Number(await progress.locator("progress").getAttribute("value")), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId("slow-network")).toBeVisible();
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Upload cancelled" })).toBeVisible();
  await expect(progress).toBeHidden();
  expect((await as.api<{ items: unknown[] }>("GET", `/contacts/customers/${customer.id}/documents`)).items).toEqual([]);

  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const small = join(DATA, "contract-e2e.pdf");
  writeFileSync(small, "%PDF-1.4\n% storage contract\n");
  await page.getByTestId("document-input").setInputFiles(small);
  await expect(documents).toContainText("contract-e2e.pdf");
  await expect(page.getByTestId("slow-network")).toBeHidden();
  // Download: the signed link opens in a new tab and serves the file.
  const [opened] = await Promise.all([
    page.context().waitForEvent("request", (r) => /\/api\/contacts\/documents\/.+\/download\?/.test(r.url())),
    documents.getByRole("button", { name: "contract-e2e.pdf", exact: true }).click(),
  ]);
  const served = await fetch(opened.url());
  expect(served.status).toBe(200);
  expect(await served.text()).toContain("storage contract");
});

test("card view shows the profile photo; the cars column lists each customer's cars", async ({ as }) => {
  const customer = await as.api<{ id: string; version: number }>("POST", "/contacts/customers", { first_name: "Inès", last_name: "Faure", email: "ines.faure@example.com" });
  await as.api("POST", "/contacts/customers", { first_name: "Adam", last_name: "Noël", email: "adam.noel@example.com" });
  await as.api("POST", `/contacts/customers/${customer.id}/cars`, { make: "Lancia", model: "Fulvia" });
  const photo = await uploadDocument(as.token, as.facility, customer.id, "ines.png", PNG, "image/png");
  await as.api("PATCH", `/contacts/customers/${customer.id}`, { version: customer.version, photo_document_id: photo.id });
  const page = await as.open("owner", "en");
  await page.goto("/contacts?view=cards");
  const card = page.locator(".contact-card").filter({ hasText: "Inès Faure" });
  await expect(card.locator("img.avatar")).toBeVisible();
  await expect.poll(() => card.locator("img.avatar").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(page.locator(".contact-card").filter({ hasText: "Adam Noël" }).locator("span.avatar")).toHaveText("AN");

  await page.goto("/contacts");
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("menuitem", { name: /Cars/ }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Cars" })).toBeVisible();
  await expect(page.getByTestId("contact-row").filter({ hasText: "Inès Faure" })).toContainText("Lancia Fulvia");
});

test("offline and failing API calls are shown where they happen", async ({ as }) => {
  await as.api("POST", "/contacts/customers", { first_name: "Rose", last_name: "Blanc", email: "rose.blanc@example.com" });
  const page = await as.open("owner", "en");
  await page.goto("/contacts");
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
  await page.context().setOffline(true);
  await expect(page.getByRole("alert").filter({ hasText: "You are offline" })).toBeVisible();
  await page.context().setOffline(false);
  await expect(page.getByRole("alert").filter({ hasText: "You are offline" })).toBeHidden();

  // The portal's settings fail: the message shows on that screen, the rest of the dashboard works on.
  await page.route("**/api/portal/staff/settings", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ status: 503, code: "unavailable", detail: [{ loc: [], msg: "portal is unavailable", type: "unavailable" }] }) }),
  );
  await page.getByRole("link", { name: "Portal" }).click();
  await expect(page.getByRole("alert")).toContainText("portal is unavailable");
  await page.getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByTestId("contact-row")).toHaveCount(1);
});

test("Duplicates: a group sharing a phone, compared side by side and merged, with the keyboard", async ({ as }) => {
  const first = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Emma", last_name: "Moreau", email: "emma.moreau@example.com", phone: "07 81 22 33 44", tags: ["vip"] });
  const second = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Emma", last_name: "Moreau", email: "emma@moreau-cars.example", phone: "+33 7 81 22 33 44", company: "Moreau Classic Cars" });
  await as.api("POST", `/contacts/customers/${second.id}/cars`, { make: "Citroën", model: "DS" });
  const page = await as.open("owner", "en");
  await page.goto("/duplicates");
  const group = page.getByTestId("duplicate-group");
  await expect(group).toHaveCount(1);
  await expect(group).toContainText("Same phone number");
  await expect(group.getByRole("radio", { name: "Keep Emma Moreau" }).first()).toBeChecked();
  await expectAccessible(page);
  await group.getByRole("button", { name: "Compare" }).focus();
  await page.keyboard.press("Enter");
  const compare = group.getByTestId("merge-compare");
  await expect(compare.getByRole("row", { name: /Company/ })).toContainText("Moreau Classic Cars (from the merged record)");
  await expect(compare.getByRole("row", { name: /Email/ }).getByRole("cell").last()).toHaveText("emma.moreau@example.com");
  await expectAccessible(page);
  await group.getByRole("button", { name: "Merge into Emma Moreau" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("No probable duplicate: nothing to merge.")).toBeVisible();
  const list = await as.api<{ items: { id: string; company: string | null }[] }>("GET", "/contacts/customers");
  expect(list.items).toEqual([expect.objectContaining({ id: first.id, company: "Moreau Classic Cars" })]);
  const cars = await as.api<{ items: { make: string }[] }>("GET", `/contacts/customers/${first.id}/cars`);
  expect(cars.items.map((c) => c.make)).toEqual(["Citroën"]);
});
