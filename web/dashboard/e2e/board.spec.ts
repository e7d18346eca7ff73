import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

async function drag(page: Page, card: string, column: string) {
  const from = await page.getByRole("button", { name: `Move (Space, then arrow keys, then Space): ${card}` }).boundingBox();
  const to = await page.getByTestId("board-column").filter({ has: page.getByRole("heading", { name: column }) }).boundingBox();
  if (!from || !to) throw new Error("board not shown");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 10 });
  await page.mouse.up();
}

test("board drag changes the stage, and a stale card is put back with a message", async ({ as }) => {
  const lead = await as.api<{ id: string }>("POST", "/contacts/settings/crm/stages", { name: "New lead" });
  await as.api<{ id: string }>("POST", "/contacts/settings/crm/stages", { name: "Visit booked" });
  const customer = await as.api<{ id: string; version: number }>("POST", "/contacts/customers", { first_name: "Emma", last_name: "Moreau", email: "emma.moreau@example.com", stage_id: lead.id });
  const other = await as.api<{ id: string; version: number }>("POST", "/contacts/customers", { first_name: "Noah", last_name: "Martin", email: "noah.martin@example.com", stage_id: lead.id });
  const page = await as.open("manager", "en");
  await page.goto("/contacts?view=board");
  const visit = page.getByTestId("board-column").filter({ has: page.getByRole("heading", { name: "Visit booked" }) });
  // With the keyboard: Space lifts the card, the right arrow carries it one column over, Space drops it.
  const emma = page.getByTestId("board-card").filter({ hasText: "Emma Moreau" });
  await page.getByRole("button", { name: /Emma Moreau/ }).focus();
  await page.keyboard.press("Space");
  await expect(emma).toHaveClass(/dragging/);
  await page.keyboard.press("ArrowRight");
  await expect(visit).toHaveClass(/over/);
  await page.keyboard.press("Space");
  await expect(visit.getByTestId("board-card")).toContainText("Emma Moreau");
  await expect.poll(async () => (await as.api<{ stage_id: string }>("GET", `/contacts/customers/${customer.id}`)).stage_id).not.toBe(lead.id);

  // Someone else changes Noah meanwhile: the board's version is stale, the server answers 409.
  await as.api("PATCH", `/contacts/customers/${other.id}`, { company: "Martin SA", version: other.version });
  await drag(page, "Noah Martin", "Visit booked");
  await expect(page.locator(".toasts")).toContainText("changed by someone else");
  const newLead = page.getByTestId("board-column").filter({ has: page.getByRole("heading", { name: "New lead" }) });
  await expect(newLead.getByTestId("board-card")).toContainText("Noah Martin");
  expect((await as.api<{ stage_id: string }>("GET", `/contacts/customers/${other.id}`)).stage_id).toBe(lead.id);
});
