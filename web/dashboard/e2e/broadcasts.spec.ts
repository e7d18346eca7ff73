import { createHmac, randomUUID } from "node:crypto";

import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { GATEWAY, eventually, mailFor } from "./system";

/** The mail provider reports a bounce (signed like the provider does, with the local development secret). */
async function bounce(email: string): Promise<void> {
  const body = JSON.stringify({ id: `evt-${randomUUID()}`, type: "bounce", email, reason: "mailbox full" });
  const stamp = Math.floor(Date.now() / 1000).toString();
  const secret = process.env.NOTIFICATIONS_WEBHOOK_SECRET ?? "dev-webhook-secret-change-me";
  const signature = createHmac("sha256", secret).update(`${stamp}.${body}`).digest("hex");
  const response = await fetch(`${GATEWAY}/api/notifications/webhooks/mail-provider`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Webhook-Timestamp": stamp, "X-Webhook-Signature": signature },
    body,
  });
  expect(response.status).toBe(200);
}

test("broadcast to a segment skips the opted-out contact, and a failed email shows its reason", async ({ as }) => {
  test.slow(); // several services and the SMTP sink in one flow: on a loaded machine it outlasts 45 s
  const tag = `b${randomUUID().slice(0, 8)}`;
  const address = (name: string) => `${name}-${tag}@example.com`;
  const make = (first: string, email: string, more: Record<string, unknown> = {}) =>
    as.api<{ id: string }>("POST", "/contacts/customers", { first_name: first, last_name: "Segment", email, ...more });
  const ids = [
    (await make("Alice", address("alice"), { tags: [tag], language: "fr" })).id,
    (await make("Bob", address("bob"), { tags: [tag], language: "en" })).id,
    (await make("Chloé", address("chloe"), { tags: [tag], marketing_opt_out: true })).id,
  ];
  const dora = (await make("Dora", address("dora"))).id;
  const known = async (id: string) => as.api("GET", `/notifications/recipients/${id}`).then(() => true, () => undefined);
  for (const id of [...ids, dora]) await eventually(() => known(id), 30_000);
  await bounce(address("dora"));
  const failed = await as.api<{ status: string; reason: string }>("POST", "/notifications/emails", { customer_id: dora, subject: "Votre facture", body: "Bonjour" });
  expect(failed).toMatchObject({ status: "failed", reason: "undeliverable: bounce: mailbox full" });

  const page = await as.open("owner", "fr");
  await page.goto("/broadcasts/new");
  await page.getByLabel("Actif", { exact: true }).uncheck();
  await page.getByLabel("Étiquettes (séparées par des virgules)").fill(tag);
  const message = page.getByRole("group", { name: "Message en français (par défaut)" });
  await message.getByLabel("Objet").fill(`Fermeture ${tag}`);
  await message.getByLabel("Message").fill("Le dépôt sera fermé le 25 décembre.");
  // Before sending: who gets it, and the opted-out contact named with the reason.
  const summary = page.getByTestId("broadcast-preview");
  await expect(summary).toContainText("2 contacts recevront ce message");
  await expect(summary).toContainText("sur 3 contacts choisis (1 en français, 1 en anglais)");
  await expect(summary).toContainText("1 contact sera ignoré (désinscrit : 1)");
  await expect(summary.getByTestId("skipped-row")).toHaveCount(1);
  await expect(summary.getByTestId("skipped-row")).toContainText(`Chloé Segment${address("chloe")}désinscrit`);
  await expectAccessible(page);
  await screenshot(page, "broadcast-new-fr");
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: "Envoyer cette diffusion ?" });
  await expect(confirm).toContainText(`« Fermeture ${tag} » part à 2 contacts.`);
  await expect(confirm).toContainText("1 contact sera ignoré");
  await confirm.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { name: `Fermeture ${tag}` })).toBeVisible();
  await expect(page.getByText("Envoi terminé")).toBeVisible({ timeout: 30_000 });
  const report = page.getByTestId("broadcast-report");
  await expect(report).toContainText("Envoyés2");
  await expect(report).toContainText("Ignorés (désinscrit)1");
  await expect(page.getByTestId("email-row")).toHaveCount(3);
  await expect(page.getByTestId("email-row").filter({ hasText: address("chloe") })).toContainText("désinscrit");
  await eventually(() => mailFor(address("alice")), 30_000);
  await eventually(() => mailFor(address("bob")), 30_000);
  expect(mailFor(address("chloe"))).toBeUndefined();
  await expectAccessible(page);
  await screenshot(page, "broadcast-report-fr");

  const english = await as.open("manager", "en");
  await english.goto("/emails");
  await english.getByLabel("Status").selectOption("failed");
  const row = english.getByTestId("email-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Failed");
  await expect(row).toContainText("undeliverable: bounce: mailbox full");
  await expectAccessible(english);
  await screenshot(english, "emails-failed-en");
  await row.getByRole("button", { name: "Open" }).click();
  const dialog = english.getByRole("dialog", { name: "Email" });
  await expect(dialog).toContainText(address("dora"));
  await expect(dialog).toContainText("Direct message");
  await screenshot(english, "email-open-en");
  await english.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  const french = await as.open("owner", "fr");
  await french.goto("/emails");
  await expect(french.getByTestId("email-row")).toHaveCount(4);
  await screenshot(french, "emails-fr");
});
