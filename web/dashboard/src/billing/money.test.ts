import { describe, expect, it } from "vitest";

import { amountInput, cardDigits, formatRate, parseAmount, parseRate, refundable, todayIso } from "./money";

describe("parseAmount", () => {
  it("reads amounts the way French and English staff type them", () => {
    expect(parseAmount("49,90")).toBe(4990);
    expect(parseAmount("49.9")).toBe(4990);
    expect(parseAmount("1 250")).toBe(125_000);
    expect(parseAmount("1\u202f250,5 €")).toBe(125_050);
    expect(parseAmount("€12")).toBe(1200);
    expect(parseAmount("12 EUR")).toBe(1200);
  });
  it("refuses what is not a positive amount of cents", () => {
    for (const bad of ["", "0", "0,00", "-5", "12,345", "abc", "1.000,50", "1e3"]) expect(parseAmount(bad)).toBeNull();
  });
  it("writes amounts back with the reader's separator", () => {
    expect(amountInput(4990, "fr")).toBe("49,90");
    expect(amountInput(4990, "en")).toBe("49.90");
  });
});

describe("rates", () => {
  it("turns percentages into basis points and back", () => {
    expect(parseRate("20")).toBe(2000);
    expect(parseRate("5,5 %")).toBe(550);
    expect(parseRate("0")).toBe(0);
    expect(parseRate("100.01")).toBeNull();
    expect(parseRate("-1")).toBeNull();
    expect(parseRate("2.555")).toBeNull();
    expect(formatRate(550, "en")).toBe("5.5%");
    expect(formatRate(2000, "fr").replace(/\s/g, " ")).toBe("20 %");
  });
});

describe("helpers", () => {
  it("keeps the card digits, gives the local day, and what is left to refund", () => {
    expect(cardDigits("4242 4242-4242 4242")).toBe("4242424242424242");
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(refundable({ amount_minor: 5000, refunded_minor: 1200, status: "succeeded" })).toBe(3800);
    expect(refundable({ amount_minor: 5000, refunded_minor: 0, status: "failed" })).toBe(0);
  });
});
