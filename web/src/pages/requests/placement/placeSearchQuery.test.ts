// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  everyone,
  householdText,
  needsOf,
  placedFrom,
  placedMembers,
  searchQuery,
} from "./placeSearchQuery";

describe("the place search", () => {
  const criteria = { from: "2026-12-01", to: "", needs: [] as string[], placed: [0] };

  it("asks from the first night, for the hits shown, open-ended when no check-out is given", () => {
    expect(searchQuery(criteria, 50, false, "2026-11-23")).toEqual({
      from: "2026-12-01",
      limit: "50",
    });
  });

  it("a move searches from today whatever date was typed", () => {
    expect(searchQuery(criteria, 100, true, "2026-11-23").from).toBe("2026-11-23");
  });

  it("sends the check-out day and only the needs ticked", () => {
    expect(
      searchQuery({ ...criteria, to: "2026-12-14", needs: ["wheelchair"] }, 50, false, "x"),
    ).toEqual({ from: "2026-12-01", limit: "50", to: "2026-12-14", wheelchair: "true" });
    expect(searchQuery({ ...criteria, to: "  " }, 50, false, "x").to).toBeUndefined();
    expect(needsOf(["womenOnly", "cannotSelfEvacuate"])).toEqual({
      womenOnly: true,
      wheelchair: false,
      cannotSelfEvacuate: true,
    });
  });

  it("says who the household is and what it needs", () => {
    expect(
      householdText({ persons: 3, familyWithChildren: true, under25: false, needsRoom: true }),
    ).toBe("Husstand: 3 personer, barnefamilie — trenger et helt rom.");
    expect(
      householdText({ persons: 1, familyWithChildren: false, under25: true, needsRoom: false }),
    ).toBe("Husstand: 1 person, under 25 — trenger en seng.");
  });

  it("places the whole household unless a member is unticked, and always the applicant", () => {
    expect(everyone(3)).toEqual([0, 1, 2]);
    expect(placedMembers(everyone(3), 3)).toBeUndefined();
    expect(placedFrom([2], 3)).toEqual([0, 2]);
    expect(placedMembers(placedFrom([2], 3), 3)).toEqual([0, 2]);
    expect(searchQuery({ ...criteria, placed: [0, 2] }, 50, false, "x", 3).placedMembers).toBe(
      "0,2",
    );
    expect(searchQuery({ ...criteria, placed: [0, 1, 2] }, 50, false, "x", 3).placedMembers).toBe(
      undefined,
    );
    // A move takes the same members along: the search asks for no other.
    expect(searchQuery({ ...criteria, placed: [0] }, 50, true, "x", 3).placedMembers).toBe(
      undefined,
    );
  });
});
