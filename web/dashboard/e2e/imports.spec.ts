import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

import { dropFile, expect, expectAccessible, screenshot, test } from "./fixtures";

test("import a messy French CSV through the wizard, download its error report, then undo it", async ({ as }) => {
  test.slow(); // upload, validation, import and undo cross Kafka twice: on a loaded machine it outlasts 45 s
  const tag = randomUUID().slice(0, 8);
  // Semicolons, Windows-1252 (latin1 covers these letters) and one row whose email is wrong.
  const csv = [
    "Prénom;Nom;Courriel;Téléphone",
    `Élodie;Lefèvre;elodie-${tag}@example.com;06 12 34 56 78`,
    `François;Gérard;francois-${tag}@example.com;`,
    `Zoé;Müller;pas-un-email-${tag};`,
  ].join("\r\n");
  const bytes = [...Buffer.from(csv + "\r\n", "latin1")];
  const page = await as.open("owner", "fr");
  await page.goto("/imports");
  await expect(page.getByRole("heading", { name: "Importer des clients et des voitures" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "imports-list-fr");

  // Drag and drop the file onto the zone.
  await dropFile(page, `clients-${bytes.length}.csv`, bytes);
  await expect(page.getByRole("heading", { name: /^Import de clients-/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("3 lignes : 2 valides, 1 rejetées")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/séparateur « ; »/)).toBeVisible();
  // Matched automatically, and the French letters survived the encoding.
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Prénom");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("Courriel");
  await expect(page.getByRole("cell", { name: "Lefèvre" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "E-mail — E-mail invalide: 1" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "E-mail — E-mail invalide" })).toBeVisible();
  await expect(page.getByTestId("mode-preview")).toHaveText("Création: 2 · Rejetée: 1");
  await page.getByLabel("Mettre à jour seulement").check();
  await expect(page.getByTestId("mode-preview")).toHaveText("Ignorée: 2 · Rejetée: 1");
  await page.getByLabel("Créer seulement").check();
  await expectAccessible(page);
  await screenshot(page, "import-preview-fr");

  await page.getByRole("button", { name: "Confirmer l’import" }).click();
  await page.getByRole("dialog", { name: "Lancer l’import ?" }).getByRole("button", { name: "Confirmer l’import" }).click();
  await expect(page.getByText("Terminé")).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId("import-figures")).toContainText("Créés2");
  await screenshot(page, "import-done-fr");

  const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le rapport d’erreurs" }).click()]);
  const text = readFileSync(await report.path(), "utf8");
  expect(text).toContain(`pas-un-email-${tag}`);
  expect(text).not.toContain(`elodie-${tag}`);

  await page.getByRole("button", { name: "Annuler l’import" }).click();
  await page.getByRole("dialog", { name: "Annuler cet import ?" }).getByRole("button", { name: "Annuler l’import" }).click();
  await expect(page.getByTestId("undo-result")).toHaveText("2 supprimés, 0 conservés", { timeout: 45_000 });
  await expectAccessible(page);
  await screenshot(page, "import-undone-fr");

  await page.getByRole("link", { name: "Retour aux imports" }).click();
  const row = page.getByRole("row", { name: /clients-/ });
  await expect(row).toContainText("Terminé · annulé");
  await expect(row).toContainText("3");

  const english = await as.open("owner", "en");
  await english.goto(page.url().replace(/\/imports$/, "/imports"));
  await expect(english.getByRole("heading", { name: "Import customers and cars" })).toBeVisible();
  await expect(english.getByRole("row", { name: /clients-/ })).toContainText("Completed · undone");
  await screenshot(english, "imports-list-en");
  await english.getByRole("link", { name: /clients-/ }).click();
  await expect(english.getByTestId("undo-result")).toHaveText("2 removed, 0 kept");
  await expectAccessible(english);
  await screenshot(english, "import-undone-en");
  // Keyboard: the file chooser and the template download are reachable with Tab.
  await english.goto("/imports");
  await english.getByRole("button", { name: "Download the template" }).focus();
  await english.keyboard.press("Tab");
  await expect(english.locator("button", { hasText: "Choose a file" })).toBeFocused();
});
