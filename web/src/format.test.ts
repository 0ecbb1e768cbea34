// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatDate, kroner } from "./format";

describe("formatting", () => {
  it("writes a date as Norwegians read it, and nothing for no date", () => {
    expect(formatDate("2026-03-09")).toBe("09.03.2026");
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
  });

  it("writes an amount in kroner, and a dash for none", () => {
    expect(kroner(850)).toBe("850 kr");
    expect(kroner(0)).toBe("0 kr");
    expect(kroner(null)).toBe("—");
    expect(kroner(12345).replace(/\s/g, " ")).toBe("12 345 kr");
  });
});
