// Dates, money and phone numbers written the way the reader's language writes them.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, dateOnly ? { dateStyle: "medium", timeZone: "UTC" } : { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 100);
}

/** National format for numbers of the reader's country, international for the others. */
export function formatPhone(e164: string | null | undefined, locale: string): string {
  if (!e164) return "";
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  const home: CountryCode = locale.startsWith("en") ? "GB" : "FR";
  return phone.country === home ? phone.formatNational() : phone.formatInternational();
}

/** A facility never named: "Unnamed facility", numbered when the user has several (Settings → Facility names it). */
export function unnamedFacility(label: string, facilities: { name: string | null }[], index: number): string {
  const unnamed = facilities.filter((f) => f.name === null);
  if (unnamed.length < 2) return label;
  return `${label} ${facilities.slice(0, index + 1).filter((f) => f.name === null).length}`;
}
