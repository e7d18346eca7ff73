import { readFileSync } from "node:fs";

import { expect, test } from "./fixtures";

test("select rows, tag them in bulk, and export the current filter as CSV", async ({ as }) => {
  for (const [first, last] of [["Manon", "Girard"], ["Noah", "Martin"], ["Chloé", "Laurent"]]) {
    await as.api("POST", "/contacts/customers", { first_name: first, last_name: last, email: `${String(last).toLowerCase()}@example.com` });
  }
  const page = await as.open("manager", "en");
  await page.goto("/contacts");
  await expect(page.getByTestId("contact-row")).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select Manon Girard" }).check();
  await page.getByRole("checkbox", { name: "Select Noah Martin" }).check();
  await expect(page.getByText("2 selected")).toBeVisible();
  await page.getByRole("button", { name: "Add tags" }).click();
  const dialog = page.getByRole("dialog", { name: "Add tags" });
  await dialog.getByLabel("Tags (comma separated)").fill("winter, vip");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".toasts")).toContainText("2 updated, 0 skipped");

  await page.getByLabel("Tag", { exact: true }).fill("winter");
  await expect(page.getByTestId("contact-row")).toHaveCount(2);
  await page.getByRole("checkbox", { name: "Select all" }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain("Girard");
  expect(csv).toContain("Martin");
  expect(csv).not.toContain("Laurent");
});
