// Days and times of the scheduling screens, in the facility's time zone (the one its emails use).
import type { contacts } from "@storage-crm/api";

export type Appointment = contacts.components["schemas"]["Appointment"];
export type Kind = Appointment["kind"];
export type State = Appointment["status"];

export const DEFAULT_ZONE = "Europe/Paris";

/** A yyyy-mm-dd day written out in full in the reader's language. */
export function fullDay(key: string, locale: string): string {
  const [y, m, d] = split(key);
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** Date and time of an instant on the zone's clock, in the reader's language. */
export function dateTime(iso: string, locale: string, zone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso));
}

interface Parts {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
}

function parts(at: Date, zone: string): Parts {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const get = (type: string) => Number(format.formatToParts(at).find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour"), mi: get("minute") };
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offset(at: Date, zone: string): number {
  const p = parts(at, zone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi) - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** The instant the zone's wall clock shows y-m-d h:mi (the later reading across a DST change). */
function wall(y: number, m: number, d: number, h: number, mi: number, zone: string): Date {
  const guess = Date.UTC(y, m - 1, d, h, mi);
  const first = guess - offset(new Date(guess), zone);
  return new Date(guess - offset(new Date(first), zone));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** yyyy-mm-dd of the day `at` falls on in the zone. */
export function dayKey(at: Date, zone = DEFAULT_ZONE): string {
  const p = parts(at, zone);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

function split(key: string): [number, number, number] {
  return key.split("-").map(Number) as [number, number, number];
}

/** The zone's day [start, end) of a yyyy-mm-dd key (and `days` - 1 after it), as ISO instants. */
export function dayRange(key: string, days = 1, zone = DEFAULT_ZONE): { from: string; to: string } {
  const [y, m, d] = split(key);
  return { from: wall(y, m, d, 0, 0, zone).toISOString(), to: wall(y, m, d + days, 0, 0, zone).toISOString() };
}

export function shiftDay(key: string, by: number): string {
  const [y, m, d] = split(key);
  const next = new Date(Date.UTC(y, m - 1, d + by));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** hh:mm of an instant on the zone's clock. */
export function timeOf(iso: string, zone = DEFAULT_ZONE): string {
  const p = parts(new Date(iso), zone);
  return `${pad(p.h)}:${pad(p.mi)}`;
}

/** The instant of a date and time on the zone's clock. */
export function instant(day: string, time: string, zone = DEFAULT_ZONE): string {
  const [y, m, d] = split(day);
  const [h, mi] = (time || "00:00").split(":").map(Number) as [number, number];
  return wall(y, m, d, h, mi, zone).toISOString();
}

/** Which status changes staff offer from a status (done and cancelled are final). */
export function nextActions(status: State): ("confirmed" | "done" | "cancelled")[] {
  if (status === "requested" || status === "scheduled") return ["confirmed", "cancelled"];
  if (status === "confirmed") return ["done", "cancelled"];
  return [];
}
