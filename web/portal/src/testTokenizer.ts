// The local provider's stand-in for Stripe Elements: it turns Stripe's documented test card numbers into
// Stripe's test payment-method tokens, in the browser. Only the token, brand, last four and expiry leave it:
// the number and the CVC never reach our servers. Any other number is refused: no real card is handled here.
import type { Key } from "./i18n";

export type CardField = "number" | "expiry" | "cvc" | "name";

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

export type Tokenized = { ok: true; card: CardToken } | { ok: false; errors: Partial<Record<CardField, Key>> };

const TEST_CARDS: Record<string, { token: string; brand: string }> = {
  "4242424242424242": { token: "pm_card_visa", brand: "visa" },
  "5555555555554444": { token: "pm_card_mastercard", brand: "mastercard" },
  "4000000000000002": { token: "pm_card_chargeDeclined", brand: "visa" },
};

/** The digits of what was typed, if it holds only digits, spaces and dashes. */
function digits(value: string): string | null {
  return /^[\d\s-]+$/.test(value) ? value.replace(/[\s-]/g, "") : null;
}

/** Month and four-digit year of "MM/YY" (or MM/YYYY, MMYY), or null. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** The test token of a test card, or the errors of each field (keys of the portal's words). */
export function tokenize(input: CardInput, today: Date = new Date()): Tokenized {
  const errors: Partial<Record<CardField, Key>> = {};
  const number = digits(input.number);
  const known = number === null ? undefined : TEST_CARDS[number];
  if (!input.number.trim()) errors.number = "cardNumberMissing";
  else if (!known) errors.number = "cardUseTest";
  const expiry = parseExpiry(input.expiry);
  if (!expiry) errors.expiry = "cardExpiryInvalid";
  else if (expiry.year * 12 + expiry.month < today.getFullYear() * 12 + today.getMonth() + 1) errors.expiry = "cardExpired";
  if (!/^\d{3,4}$/.test(input.cvc.trim())) errors.cvc = "cardCvcInvalid";
  if (!input.name.trim()) errors.name = "cardNameMissing";
  if (!known || !expiry || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    card: { token: known.token, brand: known.brand, last4: number!.slice(-4), exp_month: expiry.month, exp_year: expiry.year },
  };
}
