import { randomUUID } from "node:crypto";

import { dropFile, expect, expectAccessible, screenshot, test } from "./fixtures";

test("choose the header row of a file with title rows: the columns are matched again from that row", async ({ as }) => {
  test.slow();
  const tag = randomUUID().slice(0, 8);
  const csv = [
    "Export clients - Garage des Lilas;;",
    "Prénom;Nom;Courriel",
    `Jade;Roux;jade-${tag}@example.com`,
    `Hugo;Blanc;hugo-${tag}@example.com`,
  ].join("\r\n");
  const bytes = [...Buffer.from(csv + "\r\n", "utf8")];
  const page = await as.open("owner", "fr");
  await page.goto("/imports");
  await dropFile(page, `titres-${bytes.length}.csv`, bytes);
  await expect(page.getByRole("heading", { name: /^Import de titres-/ })).toBeVisible({ timeout: 20_000 });
  // Detected: the title row above is skipped.
  await expect(page.getByText("Les noms de colonnes sont lus à la ligne 2.")).toBeVisible();
  await expect(page.getByText("2 lignes : 2 valides, 0 rejetées")).toBeVisible({ timeout: 30_000 });
  // Choose the title row instead: the columns are those of row 1, and the required fields lose their column.
  await page.getByLabel("Ligne des en-têtes").fill("1");
  await page.getByRole("button", { name: "Utiliser cette ligne" }).click();
  await expect(page.getByText("Les noms de colonnes sont lus à la ligne 1.")).toBeVisible();
  await expect(page.getByTestId("columns-read")).toContainText("Export clients - Garage des Lilas");
  await expect(page.getByText(/Champs obligatoires sans colonne/)).toBeVisible();
  await screenshot(page, "import-header-row-wrong-fr");
  // And back to the real header row, by keyboard.
  await page.getByLabel("Ligne des en-têtes").fill("2");
  await page.getByLabel("Ligne des en-têtes").press("Enter");
  await expect(page.getByText("Les noms de colonnes sont lus à la ligne 2.")).toBeVisible();
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Prénom");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("Courriel");
  await expect(page.getByText("2 lignes : 2 valides, 0 rejetées")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("cell", { name: "Roux" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "import-header-row-fr");

  const english = await as.open("manager", "en");
  await english.goto(page.url().replace(/^.*?\/imports/, "/imports"));
  await expect(english.getByText("Column names are read from row 2.")).toBeVisible();
  await expectAccessible(english);
  await screenshot(english, "import-header-row-en");
});
