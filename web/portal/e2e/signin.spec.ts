// The sign-in pages: ask for a link (the same answer for unknown addresses), "check your email" with the
// address and a visible resend cooldown, and a used link's page with the address prefilled.
import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { invitePath, previewWhen, shoot, staff } from "./portal";

test("ask for a link: check-your-email with the address and a resend cooldown, the same for unknown addresses", async ({ page }, info) => {
  await page.goto("/portal/");
  await expect(page.getByRole("heading", { name: "Connexion au portail" })).toBeVisible();
  await shoot(page, info, "fr-0-signin");
  await page.getByLabel("Adresse email").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(page.getByText("Saisissez une adresse email valide.")).toBeVisible();
  const nobody = `personne-${randomUUID().slice(0, 8)}@example.com`;
  await page.getByLabel("Adresse email").fill(nobody);
  await page.getByLabel("Adresse email").press("Enter");
  await expect(page.getByRole("heading", { name: "Vérifiez vos emails" })).toBeVisible();
  await expect(page.getByText(nobody)).toBeVisible();
  await expect(page.getByText(/Vous pourrez renvoyer le lien dans \d+ s\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Renvoyer le lien" })).toBeDisabled();
  await shoot(page, info, "fr-0-check-email");
});

test("a used link shows its page with the address prefilled and sends a new link", async ({ page, browser }, info) => {
  const s = staff();
  const email = `lea-${randomUUID().slice(0, 8)}@example.com`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Léa", last_name: "Petit", email, language: "fr" });
  await previewWhen(s, c.id, (v) => v.profile !== null);
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});
  const link = await invitePath(email);
  await page.goto(link);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("heading", { name: "Événements" })).toBeVisible();
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByText("Ce lien a déjà été utilisé.")).toBeVisible();
  await expect(other.getByLabel("Adresse email")).toHaveValue(email);
  await shoot(other, info, "fr-used-link");
  await other.getByRole("button", { name: "Envoyer un nouveau lien" }).click();
  await expect(other.getByRole("heading", { name: "Vérifiez vos emails" })).toBeVisible();
  await expect(other.getByText(email)).toBeVisible();
  await other.context().close();
});
