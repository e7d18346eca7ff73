import { describe, expect, it } from "vitest";

import type { ListFilters } from "../contacts/filters";
import { broadcastFromList, segmentOf } from "./segment";

const base: ListFilters = { q: "", tab: "all", view: "table", status: "", stage: "", type: "", source: "", tag: "", portal: "", sort: "last_name", order: "asc" };

describe("segmentOf", () => {
  it("turns the list's status, stage, type and tag filters into the same segment", () => {
    expect(segmentOf({ ...base, tab: "customers", stage: "s1", type: "t1", tag: "vip" })).toEqual({
      status: ["active", "inactive"], stage: ["s1"], customer_types: ["t1"], tags: ["vip"], language: [],
    });
  });
  it("gives up on filters notifications does not know (then the list's ids are sent)", () => {
    expect(segmentOf({ ...base, q: "dubois" })).toBeNull();
    expect(segmentOf({ ...base, source: "x" })).toBeNull();
    expect(segmentOf({ ...base, portal: "no" })).toBeNull();
  });
  it("an impossible tab and status reach nobody, never everybody", () => {
    expect(segmentOf({ ...base, tab: "leads", status: "active" })).toEqual({ customer_ids: [] });
  });
});

describe("broadcastFromList", () => {
  it("keeps the filters, drops the view and sort, and marks the source", () => {
    const url = broadcastFromList(new URLSearchParams("tag=vip&view=cards&sort=email&tab=leads"));
    expect(url).toBe("/broadcasts/new?tag=vip&tab=leads&from=list");
  });
});
