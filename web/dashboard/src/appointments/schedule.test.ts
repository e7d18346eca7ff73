import { describe, expect, it } from "vitest";

import { dayKey, dayRange, instant, nextActions, shiftDay, timeOf } from "./schedule";

describe("schedule", () => {
  it("walks local days across month ends and gives each day as an instant range", () => {
    expect(shiftDay("2026-01-31", 1)).toBe("2026-02-01");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    const { from, to } = dayRange("2026-12-03");
    expect(new Date(to).getTime() - new Date(from).getTime()).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(dayKey(new Date(from))).toBe("2026-12-03");
  });

  it("round-trips a local date and time", () => {
    const at = instant("2026-12-03", "09:30");
    expect(dayKey(new Date(at))).toBe("2026-12-03");
    expect(timeOf(at)).toBe("09:30");
  });

  it("offers only the changes the API allows: done and cancelled are final", () => {
    expect(nextActions("requested")).toEqual(["confirmed", "cancelled"]);
    expect(nextActions("confirmed")).toEqual(["done", "cancelled"]);
    expect(nextActions("done")).toEqual([]);
    expect(nextActions("cancelled")).toEqual([]);
  });
});

describe("facility time zone", () => {
  it("reads and writes wall-clock times of the facility's zone, whatever the browser's", () => {
    expect(instant("2026-12-03", "09:30", "Europe/Paris")).toBe("2026-12-03T08:30:00.000Z");
    expect(instant("2026-07-03", "09:30", "Europe/Paris")).toBe("2026-07-03T07:30:00.000Z");
    expect(timeOf("2026-12-03T08:30:00.000Z", "Europe/Paris")).toBe("09:30");
    expect(timeOf("2026-12-03T08:30:00.000Z", "America/New_York")).toBe("03:30");
    expect(dayRange("2026-12-03", 1, "Europe/Paris")).toEqual({ from: "2026-12-02T23:00:00.000Z", to: "2026-12-03T23:00:00.000Z" });
    expect(dayKey(new Date("2026-12-02T23:30:00Z"), "Europe/Paris")).toBe("2026-12-03");
  });
});
