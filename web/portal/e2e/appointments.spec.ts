// Scheduling end to end: staff schedule a drop-off in the dashboard and the customer sees it under Events; the
// customer requests a pick-up in the portal, staff confirm it in the dashboard, the customer sees it confirmed.
// The phone project runs it for a French customer (and French staff), the desktop project for English ones.
import { randomUUID } from "node:crypto";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { devToken } from "../../dashboard/e2e/system";
import { expectAccessible, expectNoSideScroll, invitePath, previewWhen, shoot, staff } from "./portal";

const WORDS = {
  fr: {
    newAppointment: "Nouveau rendez-vous", search: "Rechercher un client", car: "Voiture", time: "Heure", notes: "Notes",
    save: "Enregistrer", scheduled: "Planifié", requested: "Demandé", confirmed: "Confirmé", confirm: "Confirmer",
    dropoff: "Dépôt de voiture", pickup: "Retrait de voiture", events: "Événements", requestPickup: "Demander un retrait",
    date: "Date souhaitée", wantedTime: "Heure souhaitée", pickupCar: "Voiture", note: "Note pour l'équipe (facultatif)",
    send: "Envoyer la demande", sent: /Demande envoyée/, byCustomer: "Demandé par le client", staffPickup: "Retrait",
  },
  en: {
    newAppointment: "New appointment", search: "Search for a customer", car: "Car", time: "Time", notes: "Notes",
    save: "Save", scheduled: "Scheduled", requested: "Requested", confirmed: "Confirmed", confirm: "Confirm",
    dropoff: "Car drop-off", pickup: "Car pick-up", events: "Events", requestPickup: "Request a pick-up",
    date: "Preferred date", wantedTime: "Preferred time", pickupCar: "Car", note: "Note for the team (optional)",
    send: "Send the request", sent: /Request sent/, byCustomer: "Requested by the customer", staffPickup: "Pick-up",
  },
} as const;

function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The dashboard, signed in as the facility's manager (the test-only dev-token path of lib/auth.tsx). */
async function dashboard(browser: Browser, facility: string, lang: "fr" | "en"): Promise<Page> {
  const context = await browser.newContext({ locale: lang === "fr" ? "fr-FR" : "en-GB", viewport: { width: 1280, height: 860 } });
  await context.addInitScript(
    ([t, l]) => {
      window.sessionStorage.setItem("crm.test-only.dev-token", t);
      window.localStorage.setItem("crm.language", l);
    },
    [devToken("manager", facility), lang] as const,
  );
  return context.newPage();
}

/** Reload the portal until `card` (an Events card) shows `text`. */
async function untilCardShows(page: Page, card: string, text: string): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("event").filter({ hasText: card }).filter({ hasText: text })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
}

test("staff schedule a drop-off and confirm a requested pick-up; the customer sees both under Events", async ({ page, browser }, info) => {
  test.setTimeout(300_000); // two browsers, axe on each step, events through Kafka on a shared machine
  const lang = info.project.name === "phone" ? "fr" : "en";
  const w = WORDS[lang];
  const s = staff();
  await s.api("PUT", "/portal/staff/settings", { sections: ["events", "cars", "settings"], onboarding_steps: [] });
  const email = `rdv-${randomUUID().slice(0, 8)}@example.com`;
  const last = `Rdv${randomUUID().slice(0, 4)}`;
  const c = await s.api<{ id: string }>("POST", "/contacts/customers", { first_name: "Inès", last_name: last, email, language: lang });
  await s.api("POST", `/contacts/customers/${c.id}/cars`, { make: "Alpine", model: "A110", plate: "GH-456-JK" });
  await previewWhen(s, c.id, (v) => Array.isArray(v.cars) && v.cars.length === 1);
  await s.api("POST", `/contacts/customers/${c.id}/invite`, {});

  // Staff schedule tomorrow's drop-off from the Appointments screen.
  const desk = await dashboard(browser, s.facility, lang);
  await desk.goto(`/appointments?day=${day(1)}`);
  await desk.getByRole("button", { name: w.newAppointment }).click();
  const dialog = desk.getByRole("dialog");
  await dialog.getByLabel(w.search).fill(last);
  await dialog.getByRole("button", { name: `Inès ${last}` }).click();
  await dialog.getByLabel(w.car, { exact: true }).selectOption({ label: "Alpine A110 (GH-456-JK)" });
  await dialog.getByLabel(w.time, { exact: true }).fill("09:30");
  await dialog.getByLabel(w.notes).fill(lang === "fr" ? "Housse fournie" : "Cover provided");
  await expectAccessible(desk);
  await dialog.getByRole("button", { name: w.save }).click();
  const dropRow = desk.getByTestId("appointment").filter({ hasText: last });
  await expect(dropRow).toContainText(w.scheduled);
  await expectAccessible(desk);
  await desk.screenshot({ path: `${process.env.CRM_DATA_DIR ?? "../../.data"}/screenshots/appointments-${lang}-1-day.png`, fullPage: true });

  // The customer signs in from the invite and sees it under Events.
  await page.goto(await invitePath(email));
  await page.getByRole("button", { name: /Se connecter|Sign in/ }).click();
  await expect(page.getByRole("heading", { name: w.events })).toBeVisible();
  await untilCardShows(page, w.dropoff, w.scheduled);
  await expectNoSideScroll(page);
  await shoot(page, info, `${lang}-events-dropoff`);

  // The customer asks for a pick-up the day after (keyboard: the form works without a mouse).
  await page.getByLabel(w.date).fill(day(2));
  await page.getByLabel(w.wantedTime).fill("15:00");
  await page.getByLabel(w.pickupCar).selectOption({ label: "Alpine A110 (GH-456-JK)" });
  await page.getByLabel(w.note).fill(lang === "fr" ? "Plutôt l'après-midi" : "Afternoon please");
  await page.getByRole("button", { name: w.send }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: w.sent })).toBeVisible();
  await expect(page.getByTestId("event").filter({ hasText: w.pickup }).filter({ hasText: w.requested })).toBeVisible({ timeout: 45_000 });
  await shoot(page, info, `${lang}-events-requested`);

  // Staff see the request on that day and confirm it.
  await desk.goto(`/appointments?day=${day(2)}`);
  const pickRow = desk.getByTestId("appointment").filter({ hasText: last });
  await expect(pickRow).toContainText(w.byCustomer);
  await expect(pickRow).toContainText(w.staffPickup);
  await desk.screenshot({ path: `${process.env.CRM_DATA_DIR ?? "../../.data"}/screenshots/appointments-${lang}-2-requested.png`, fullPage: true });
  await pickRow.getByRole("button", { name: new RegExp(`^${w.confirm}`) }).click();
  await expect(pickRow).toContainText(w.confirmed);
  // The customer's page in the dashboard lists both.
  await desk.goto(`/contacts/${c.id}`);
  await expect(desk.getByTestId("appointment")).toHaveCount(2);
  await expectAccessible(desk);
  await desk.screenshot({ path: `${process.env.CRM_DATA_DIR ?? "../../.data"}/screenshots/appointments-${lang}-3-customer.png`, fullPage: true });
  await desk.context().close();

  // The customer sees the pick-up confirmed.
  await untilCardShows(page, w.pickup, w.confirmed);
  await expectNoSideScroll(page);
  await shoot(page, info, `${lang}-events-confirmed`);
});
