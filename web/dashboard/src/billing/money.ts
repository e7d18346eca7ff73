// Amounts as staff type them ("49,90", "1 250", "€12.5") to minor units, and back; rates in basis points.

/** Minor units of a typed amount, or null when it is not a positive amount with at most two decimals. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€$£]/g, "").replace(/^(EUR|GBP|USD|CHF)|(EUR|GBP|USD|CHF)$/i, "");
  if (!/^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const [units = "0", cents = ""] = cleaned.split(/[.,]/);
  const minor = Number(units) * 100 + Number(cents.padEnd(2, "0"));
  return minor > 0 && Number.isSafeInteger(minor) ? minor : null;
}

/** A minor amount written back for an input, with the reader's decimal separator ("49,90" / "49.90"). */
export function amountInput(minor: number, locale: string): string {
  const text = (minor / 100).toFixed(2);
  return locale.startsWith("fr") ? text.replace(".", ",") : text;
}

/** Basis points of a typed percentage ("20", "5,5"), or null outside 0–100 % or with more than two decimals. */
export function parseRate(text: string): number | null {
  const cleaned = text.replace(/[\s%]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const bp = Math.round(Number(cleaned) * 100);
  return bp >= 0 && bp <= 10_000 ? bp : null;
}

/** A rate in basis points as a percentage of the reader's language ("20 %", "5.5%"). */
export function formatRate(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bp / 10_000);
}

/** Digits only of a typed card number ("4242 4242 …"). */
export function cardDigits(text: string): string {
  return text.replace(/[\s-]/g, "");
}

/** Today as YYYY-MM-DD in the browser's day (what staff mean by "today" in a date field). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How much of a payment can still be refunded. */
export function refundable(payment: { amount_minor: number; refunded_minor: number; status: string }): number {
  return payment.status === "succeeded" ? payment.amount_minor - payment.refunded_minor : 0;
}
