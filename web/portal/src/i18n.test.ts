import { describe, expect, it } from "vitest";

import { money, translate } from "./i18n";

describe("the portal's words", () => {
  it("fills placeholders in both languages", () => {
    expect(translate("fr", "resendIn", { s: 42 })).toBe("Vous pourrez renvoyer le lien dans 42 s.");
    expect(translate("en", "checkSent", { email: "a@b.fr" })).toContain("If a@b.fr has an account");
  });
  it("writes money as each language does", () => {
    expect(money("fr", 12_000, "EUR").replace(/\s/g, " ")).toBe("120,00 €");
    expect(money("en", 12_000, "EUR")).toBe("€120.00");
  });
});
