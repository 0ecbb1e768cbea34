import { describe, expect, it } from "vitest";
import { nextSort, sortRows, surnameFirst } from "./sortRows";

type Row = { name: string; days: number | null };
const rows: Row[] = [
  { name: "Øyvind", days: 12 },
  { name: "åse", days: null },
  { name: "Anders", days: 3 },
  { name: "Zara", days: 100 },
  { name: "anders", days: 3 },
];
const valueOf = (row: Row, column: string) => (column === "name" ? row.name : row.days);

describe("sortRows", () => {
  it("sorts names the Norwegian way, æøå after z, case ignored and ties in their first order", () => {
    const sorted = sortRows(rows, { orderBy: "name", direction: "ascending" }, valueOf);
    expect(sorted.map((row) => row.name)).toEqual(["Anders", "anders", "Zara", "Øyvind", "åse"]);
  });
  it("sorts numbers by value, not as text, and puts rows without one last in both directions", () => {
    const up = sortRows(rows, { orderBy: "days", direction: "ascending" }, valueOf);
    expect(up.map((row) => row.days)).toEqual([3, 3, 12, 100, null]);
    const down = sortRows(rows, { orderBy: "days", direction: "descending" }, valueOf);
    expect(down.map((row) => row.days)).toEqual([100, 12, 3, 3, null]);
    expect(down[2].name).toBe("Anders");
  });
  it("leaves the list's own order without a sort", () => {
    expect(sortRows(rows, undefined, valueOf)).toBe(rows);
    expect(sortRows(rows, { orderBy: "days", direction: "none" }, valueOf)).toBe(rows);
  });
});

describe("nextSort", () => {
  it("goes ascending, descending, then back to the list's order, and starts over on a new column", () => {
    const first = nextSort(undefined, "name");
    expect(first).toEqual({ orderBy: "name", direction: "ascending" });
    const second = nextSort(first, "name");
    expect(second).toEqual({ orderBy: "name", direction: "descending" });
    expect(nextSort(second, "name")).toBeUndefined();
    expect(nextSort(second, "days")).toEqual({ orderBy: "days", direction: "ascending" });
  });
});

describe("surnameFirst", () => {
  it("puts the last name first, so lists sort by it", () => {
    expect(surnameFirst("Kari Anne Nordmann")).toBe("Nordmann Kari Anne");
    expect(surnameFirst(" Ola  Hansen ")).toBe("Hansen Ola");
    expect(surnameFirst("Madonna")).toBe("Madonna");
  });
});
