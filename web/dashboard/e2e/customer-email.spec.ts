import { randomUUID } from "node:crypto";

import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { eventually, mailFor } from "./system";

test("send an email from the contact record and see it delivered in the contact's emails", async ({ as }) => {
  test.slow();
  const tag = randomUUID().slice(0, 8);
  const email = `ines-${tag}@example.com`;
  const { id } = await as.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Inès", last_name: "Moreau", email });
  await eventually(() => as.api("GET", `/notifications/recipients/${id}`).then(() => true, () => undefined), 30_000);

  const page = await as.open("manager", "fr");
  await page.goto(`/contacts/${id}`);
  await page.getByRole("button", { name: "Envoyer un e-mail" }).click();
  const dialog = page.getByRole("dialog", { name: "Envoyer un e-mail" });
  await expect(dialog).toContainText(`<${email}>`);
  await dialog.getByLabel("Objet").fill(`Votre box ${tag}`);
  await dialog.getByLabel("Message").fill(`Bonjour, votre box est prete ${tag}`);
  await expectAccessible(page);
  await screenshot(page, "customer-send-email-fr");
  await dialog.getByRole("button", { name: "Envoyer" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(".toasts")).toContainText(`E-mail en cours d’envoi à ${email}`);
  const emails = page.getByRole("region", { name: "E-mails" });
  const row = emails.getByTestId("email-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Message direct");
  await expect(row).toContainText("Délivré", { timeout: 30_000 });
  const mail = await eventually(() => mailFor(email), 30_000);
  expect(mail).toContain(`votre box est prete ${tag}`);
  // The timeline learns of the delivery through contacts' own copy of the event: reload until it shows.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: "Activité" })).toContainText(`Email sent: Votre box ${tag}`, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  await screenshot(page, "customer-email-log-fr");

  const english = await as.open("staff", "en");
  await english.goto(`/contacts/${id}`);
  await expect(english.getByRole("region", { name: "Emails" }).getByTestId("email-row")).toContainText("Delivered");
  await expect(english.getByRole("button", { name: "Send an email" })).toHaveAttribute("aria-disabled", "true");
  await screenshot(english, "customer-email-log-en");
});
