import { describe, expect, it } from "vitest";

import { apiQuery, type ListFilters } from "./filters";

const base: ListFilters = { q: "", tab: "all", view: "table", status: "", stage: "", type: "", source: "", tag: "", portal: "", sort: "last_name", order: "asc" };

describe("apiQuery", () => {
  it("maps the tabs to statuses: Leads are leads, Customers are active or past renters", () => {
    expect(apiQuery({ ...base }).status).toBeUndefined();
    expect(apiQuery({ ...base, tab: "leads" }).status).toEqual(["lead"]);
    expect(apiQuery({ ...base, tab: "customers" }).status).toEqual(["active", "inactive"]);
  });
  it("narrows a tab by the status filter, and an impossible pair matches nothing", () => {
    expect(apiQuery({ ...base, tab: "customers", status: "active" }).status).toEqual(["active"]);
    expect(apiQuery({ ...base, tab: "leads", status: "active" }).status).toEqual([]);
  });
  it("counts ignore the tab but keep the filters", () => {
    const query = apiQuery({ ...base, tab: "leads", q: "dubois", stage: "s1", portal: "no" }, false);
    expect(query).toMatchObject({ q: "dubois", stage_id: ["s1"], portal_access: false });
    expect(query.status).toBeUndefined();
  });
});
