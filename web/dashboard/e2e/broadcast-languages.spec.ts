import { randomUUID } from "node:crypto";

import { expect, expectAccessible, screenshot, test } from "./fixtures";
import { eventually, mailFor } from "./system";

/** The decoded Subject header of a raw message (RFC 2047 "Q" encoded words, as the service writes them). */
function subjectOf(mail: string): string {
  const raw = /^Subject: (.*)$/m.exec(mail)?.[1] ?? "";
  return raw.replace(/=\?utf-8\?q\?(.*?)\?=\s*/gi, (_, word: string) =>
    Buffer.from(word.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
  );
}

test("send a bilingual broadcast to the list's selection: a test to myself first, then English and French by contact", async ({ as }) => {
  test.slow(); // contacts, notifications and the SMTP sink in one flow
  const tag = `l${randomUUID().slice(0, 8)}`;
  const address = (name: string) => `${name}-${tag}@example.com`;
  const make = (first: string, language: string) =>
    as.api<{ id: string }>("POST", "/contacts/customers", { first_name: first, last_name: "Langues", email: address(first.toLowerCase()), tags: [tag], language });
  const ids = [(await make("Emma", "en")).id, (await make("Fabien", "fr")).id, (await make("Gina", "en")).id];
  const known = async (id: string) => as.api("GET", `/notifications/recipients/${id}`).then(() => true, () => undefined);
  for (const id of ids) await eventually(() => known(id), 30_000);

  const page = await as.open("owner", "en");
  await page.goto(`/contacts?tag=${tag}`);
  await expect(page.getByTestId("contact-row")).toHaveCount(3);
  // The list's current filter as the audience.
  await page.getByRole("button", { name: "Broadcast", exact: true }).click();
  await expect(page.getByLabel("The filtered Contacts list")).toBeChecked();
  await expect(page.getByTestId("broadcast-preview")).toContainText("3 contacts will get this message of 3 in the audience (1 in French, 2 in English)");
  await page.goBack();
  // The selection, from the list's bulk bar.
  await page.getByRole("checkbox", { name: "Select Emma Langues" }).check();
  await page.getByRole("checkbox", { name: "Select Fabien Langues" }).check();
  await page.getByRole("button", { name: "Send to selection" }).click();
  await expect(page.getByLabel("The selection (2 contacts)")).toBeChecked();
  const summary = page.getByTestId("broadcast-preview");
  await expect(summary).toContainText("2 contacts will get this message of 2 in the audience (1 in French, 1 in English)");
  await expect(summary).toContainText("Nobody is skipped.");
  const french = page.getByRole("group", { name: "Message in French (default)" });
  await french.getByLabel("Subject").fill(`Portes ouvertes ${tag}`);
  await french.getByLabel("Message").fill(`Bonjour FR-${tag}`);
  const english = page.getByRole("group", { name: "Message in English (optional)" });
  await english.getByLabel("Subject").fill(`Open day ${tag}`);
  await english.getByLabel("Message").fill(`Hello EN-${tag}`);
  await page.getByRole("button", { name: "Send a test to myself" }).click();
  const me = `owner-${as.facility.slice(0, 8)}@example.com`;
  await expect(page.locator(".toasts")).toContainText(`2 tests sent to ${me} (French and English)`);
  await expectAccessible(page);
  await screenshot(page, "broadcast-bilingual-en");
  const tests = await eventually(() => {
    const mail = mailFor(me);
    return mail?.includes(`FR-${tag}`) || mail?.includes(`EN-${tag}`) ? mail : undefined;
  }, 30_000);
  expect(subjectOf(tests)).toMatch(new RegExp(`^\\[Test\\] (Open day|Portes ouvertes) ${tag}$`));

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("dialog", { name: "Send this broadcast?" }).getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Sending complete")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("broadcast-report")).toContainText("Sent2");
  const emma = await eventually(() => mailFor(address("emma")), 30_000);
  const fabien = await eventually(() => mailFor(address("fabien")), 30_000);
  expect(emma).toContain(`Hello EN-${tag}`);
  expect(subjectOf(emma)).toBe(`Open day ${tag}`);
  expect(emma).not.toContain(`FR-${tag}`);
  expect(fabien).toContain(`Bonjour FR-${tag}`);
  expect(subjectOf(fabien)).toBe(`Portes ouvertes ${tag}`);
  expect(fabien).not.toContain(`EN-${tag}`);
  expect(mailFor(address("gina"))).toBeUndefined();
  await screenshot(page, "broadcast-bilingual-report-en");

  const frenchPage = await as.open("manager", "fr");
  await frenchPage.goto("/broadcasts/new");
  await expect(frenchPage.getByRole("group", { name: "Message en anglais (facultatif)" })).toBeVisible();
  await expectAccessible(frenchPage);
  await screenshot(frenchPage, "broadcast-new-segment-fr");
  const staff = await as.open("staff", "en");
  await staff.goto("/broadcasts/new");
  await expect(staff.getByRole("button", { name: "Send", exact: true })).toHaveAttribute("aria-disabled", "true");
  await expect(staff.getByRole("button", { name: "Send a test to myself" })).toHaveAttribute("aria-disabled", "true");
});
