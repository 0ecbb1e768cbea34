// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  dayAfter,
  formatDate,
  formatMonth,
  formatNumber,
  isoFromTyped,
  kroner,
  timeFromTyped,
} from "./format";

describe("formatting", () => {
  it("writes a date as Norwegians read it, and nothing for no date", () => {
    expect(formatDate("2026-03-09")).toBe("09.03.2026");
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
  });

  it("writes a month by its name and year", () => {
    expect(formatMonth("2026-08")).toBe("august 2026");
    expect(formatMonth("2026-12")).toBe("desember 2026");
    expect(formatMonth("2027-01-15")).toBe("januar 2027");
    expect(formatMonth("rubbish")).toBe("rubbish");
  });

  it("groups a count the Norwegian way", () => {
    expect(formatNumber(1381).replace(/\s/g, " ")).toBe("1 381");
    expect(formatNumber(2500000).replace(/\s/g, " ")).toBe("2 500 000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(12.5)).toBe("12,5");
    expect(formatNumber(2500000)).toMatch(/^2\u00a0500\u00a0000$/); // never a breaking space
  });

  it("writes an amount in kroner, and a dash for none", () => {
    expect(kroner(850)).toBe("850 kr");
    expect(kroner(0)).toBe("0 kr");
    expect(kroner(null)).toBe("—");
    expect(kroner(12345).replace(/\s/g, " ")).toBe("12 345 kr");
    expect(kroner(2500000).replace(/\s/g, " ")).toBe("2 500 000 kr");
  });
});

describe("isoFromTyped", () => {
  it("reads the Norwegian ways of typing a date", () => {
    expect(isoFromTyped("06.12.2026")).toBe("2026-12-06");
    expect(isoFromTyped("6.12.2026")).toBe("2026-12-06");
    expect(isoFromTyped("2.11.1990")).toBe("1990-11-02");
    expect(isoFromTyped("06122026")).toBe("2026-12-06");
    expect(isoFromTyped("6/12/2026")).toBe("2026-12-06");
    expect(isoFromTyped("2026-12-06")).toBe("2026-12-06");
  });
  it("passes an impossible day on in ISO shape, for the server to name", () => {
    expect(isoFromTyped("31.02.2026")).toBe("2026-02-31");
  });
  it("returns null for what is not a date", () => {
    expect(isoFromTyped("")).toBeNull();
    expect(isoFromTyped("i går")).toBeNull();
    expect(isoFromTyped("06.12.26")).toBeNull();
    expect(isoFromTyped("2026-12")).toBeNull();
  });
});

describe("dayAfter", () => {
  it("gives the next day across months, years and leap days", () => {
    expect(dayAfter("2026-12-06")).toBe("2026-12-07");
    expect(dayAfter("2026-12-31")).toBe("2027-01-01");
    expect(dayAfter("2028-02-28")).toBe("2028-02-29");
    expect(dayAfter("2027-02-28")).toBe("2027-03-01");
  });
});

describe("timeFromTyped", () => {
  it("reads a time typed with a colon, a dot or no separator, with one or two hour digits", () => {
    expect(timeFromTyped("9:00")).toBe("09:00");
    expect(timeFromTyped("09.30")).toBe("09:30");
    expect(timeFromTyped("1415")).toBe("14:15");
    expect(timeFromTyped(" 8:05 ")).toBe("08:05");
  });
  it("passes on what is not a time, for the server to name", () => {
    expect(timeFromTyped("ni")).toBe("ni");
    expect(timeFromTyped("9")).toBe("9");
  });
});
