import { describe, expect, it } from "vitest";

import type { BoardColumn, Customer } from "./api";
import { moveCard } from "./board";
import { DEFAULT_COLUMNS, loadColumns, saveColumns, toggleColumn } from "./columns";
import { placeErrors } from "./errors";
import { formatMoney, formatPhone, unnamedFacility } from "./format";

describe("placeErrors", () => {
  it("puts each error beside the field its loc names, the rest on the form", () => {
    const placed = placeErrors(
      {
        status: 422,
        code: "validation_error",
        detail: [
          { loc: ["body", "email"], msg: "not an email", type: "value_error" },
          { loc: ["body", "address", "city"], msg: "too long", type: "string_too_long" },
          { loc: ["body"], msg: "duplicate", type: "conflict" },
        ],
      },
      ["email", "address"],
    );
    expect(placed.fields).toEqual({ email: "not an email", address: "too long" });
    expect(placed.general).toEqual(["duplicate"]);
  });
});

describe("columns", () => {
  it("remembers the chosen columns per user and falls back to the defaults", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadColumns("a", storage)).toEqual(DEFAULT_COLUMNS);
    saveColumns("a", toggleColumn(["email"], "phone"), storage);
    expect(loadColumns("a", storage)).toEqual(["email", "phone"]);
    expect(loadColumns("b", storage)).toEqual(DEFAULT_COLUMNS);
    expect(toggleColumn(["email", "phone"], "email")).toEqual(["phone"]);
  });
});

describe("formatting", () => {
  it("writes phones nationally at home and internationally abroad", () => {
    expect(formatPhone("+33612345678", "fr")).toBe("06 12 34 56 78");
    expect(formatPhone("+33612345678", "en")).toBe("+33 6 12 34 56 78");
    expect(formatPhone("+442079460958", "en")).toBe("020 7946 0958");
  });
  it("writes money per locale", () => {
    expect(formatMoney(15000, "EUR", "fr").replace(/\s/g, " ")).toBe("150,00 €");
    expect(formatMoney(15000, "EUR", "en")).toBe("€150.00");
  });
});

describe("moveCard", () => {
  const card = { id: "c1", stage_id: "s1" } as Customer;
  const columns = [
    { stage: { id: "s1", name: "New" }, cards: [card], count: 1 },
    { stage: { id: "s2", name: "Won" }, cards: [], count: 0 },
  ] as unknown as BoardColumn[];
  it("moves the card to the target column and keeps the counts right", () => {
    const moved = moveCard(columns, "c1", "s2");
    expect(moved[0]?.cards).toEqual([]);
    expect(moved[0]?.count).toBe(0);
    expect(moved[1]?.cards[0]?.stage_id).toBe("s2");
    expect(moved[1]?.count).toBe(1);
  });
});

describe("unnamedFacility", () => {
  it("labels a facility never named, numbered only when several are", () => {
    const one = [{ name: "Garage Nord" }, { name: null }];
    expect(unnamedFacility("Unnamed facility", one, 1)).toBe("Unnamed facility");
    const two = [{ name: null }, { name: "Garage Nord" }, { name: null }];
    expect(unnamedFacility("Unnamed facility", two, 0)).toBe("Unnamed facility 1");
    expect(unnamedFacility("Unnamed facility", two, 2)).toBe("Unnamed facility 2");
  });
});
