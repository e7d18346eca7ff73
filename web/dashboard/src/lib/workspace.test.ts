import { describe, expect, it } from "vitest";

import type { Customer } from "./api";
import { mergedView } from "./merge";
import { editSteps, knownSteps, toggleSection } from "./portalSettings";
import { errorBody, percent } from "./upload";

const customer = (over: Partial<Customer>): Customer =>
  ({ id: "a", first_name: "Emma", last_name: "Moreau", email: null, phone: null, company: null, notes: null, tags: [], address: null, birthday: null, ...over }) as Customer;

describe("mergedView", () => {
  it("keeps the kept record's values, fills its empty fields from the other, joins tags and notes", () => {
    const rows = mergedView(
      customer({ email: "emma@example.fr", tags: ["vip"], notes: "calls in the morning" }),
      customer({ id: "b", email: "other@example.fr", company: "Moreau Classic Cars", tags: ["vip", "ds"], notes: "owns a DS" }),
    );
    const by = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(by.email).toMatchObject({ result: "emma@example.fr", from: "kept" });
    expect(by.company).toMatchObject({ result: "Moreau Classic Cars", from: "other" });
    expect(by.tags).toMatchObject({ result: "vip, ds", from: "both" });
    expect(by.notes).toMatchObject({ result: "calls in the morning\n\nowns a DS", from: "both" });
    expect(by.phone).toMatchObject({ result: "", from: "none" });
  });
});

describe("portal settings", () => {
  it("switches sections in the portal's own order", () => {
    expect(toggleSection(["documents", "cars"], "events")).toEqual(["events", "cars", "documents"]);
    expect(toggleSection(["events", "cars"], "events")).toEqual(["cars"]);
  });
  it("adds steps at the end, moves them, stops at the ends, and drops unknown ones", () => {
    expect(editSteps(["confirm_profile"], "sign_contract", "toggle")).toEqual(["confirm_profile", "sign_contract"]);
    expect(editSteps(["confirm_profile", "sign_contract"], "sign_contract", "up")).toEqual(["sign_contract", "confirm_profile"]);
    expect(editSteps(["confirm_profile", "sign_contract"], "confirm_profile", "up")).toEqual(["confirm_profile", "sign_contract"]);
    expect(editSteps(["confirm_profile", "sign_contract"], "sign_contract", "down")).toEqual(["confirm_profile", "sign_contract"]);
    expect(editSteps(["confirm_profile", "sign_contract"], "confirm_profile", "toggle")).toEqual(["sign_contract"]);
    expect(knownSteps(["sign_contract", "old_step"])).toEqual(["sign_contract"]);
  });
});

describe("upload", () => {
  it("reports whole percents and 0 when the size is unknown", () => {
    expect(percent(0, 1000)).toBe(0);
    expect(percent(333, 1000)).toBe(33);
    expect(percent(1200, 1000)).toBe(100);
    expect(percent(10, 0)).toBe(0);
  });
  it("reads the services' error body, and nothing else", () => {
    expect(errorBody('{"status":413,"code":"too_large","detail":[{"loc":["body","file"],"msg":"too large","type":"too_large"}]}')?.detail[0]?.msg).toBe("too large");
    expect(errorBody("<html>bad gateway</html>")).toBeNull();
    expect(errorBody('{"detail":"plain"}')).toBeNull();
  });
});
