import { describe, expect, it } from "vitest";

import { translate } from "./i18n";
import { parseExpiry, tokenize } from "./testTokenizer";

const today = new Date(2026, 11, 2);
const card = { number: "4242 4242 4242 4242", expiry: "04/31", cvc: "123", name: "Ana Silva" };

describe("the local test tokenizer", () => {
  it("turns Stripe's test numbers into Stripe's test tokens, keeping only brand, last four and expiry", () => {
    expect(tokenize(card, today)).toEqual({
      ok: true,
      card: { token: "pm_card_visa", brand: "visa", last4: "4242", exp_month: 4, exp_year: 2031 },
    });
    const master = tokenize({ ...card, number: "5555-5555-5555-4444" }, today);
    expect(master.ok && master.card).toMatchObject({ token: "pm_card_mastercard", brand: "mastercard", last4: "4444" });
    const declined = tokenize({ ...card, number: "4000000000000002" }, today);
    expect(declined.ok && declined.card.token).toBe("pm_card_chargeDeclined");
    // The number is nowhere in what is sent.
    expect(JSON.stringify(tokenize(card, today))).not.toContain("4242424242424242");
  });

  it("refuses any other number with the test-card message, in French and English", () => {
    for (const number of ["4111 1111 1111 1111", "4242 4242 4242 4241", "abcd", "378282246310005"]) {
      const result = tokenize({ ...card, number }, today);
      expect(result).toEqual({ ok: false, errors: { number: "cardUseTest" } });
    }
    expect(translate("en", "cardUseTest")).toContain("Use a test card");
    expect(translate("fr", "cardUseTest")).toContain("Utilisez une carte de test");
  });

  it("names each field that is wrong", () => {
    const result = tokenize({ number: "", expiry: "13/30", cvc: "12", name: " " }, today);
    expect(result).toEqual({
      ok: false,
      errors: { number: "cardNumberMissing", expiry: "cardExpiryInvalid", cvc: "cardCvcInvalid", name: "cardNameMissing" },
    });
    expect(tokenize({ ...card, expiry: "11/26" }, today)).toEqual({ ok: false, errors: { expiry: "cardExpired" } });
    expect(tokenize({ ...card, expiry: "12/26" }, today).ok).toBe(true);
  });

  it("reads MM/YY, MM/YYYY and MMYY", () => {
    expect(parseExpiry("04/31")).toEqual({ month: 4, year: 2031 });
    expect(parseExpiry("4 / 2031")).toEqual({ month: 4, year: 2031 });
    expect(parseExpiry("0431")).toEqual({ month: 4, year: 2031 });
    expect(parseExpiry("00/31")).toBeNull();
    expect(parseExpiry("april")).toBeNull();
  });
});
