// @vitest-environment node
import { describe, expect, it } from "vitest";
import { PlacementStatus } from "../../../api/statuses";
import { canCancel, isActive, wasLivedIn } from "./placementStatus";

describe("a placement's status", () => {
  it("holds a place until it is checked out, cancelled or declined", () => {
    for (const status of [
      PlacementStatus.awaitingConfirmation,
      PlacementStatus.booked,
      PlacementStatus.checkedIn,
    ])
      expect(isActive(status), status).toBe(true);
    for (const status of [
      PlacementStatus.checkedOut,
      PlacementStatus.cancelled,
      PlacementStatus.declined,
      "ukjent",
      "toString",
    ])
      expect(isActive(status), status).toBe(false);
  });

  it("can be cancelled only before check-in", () => {
    expect(canCancel(PlacementStatus.awaitingConfirmation)).toBe(true);
    expect(canCancel(PlacementStatus.booked)).toBe(true);
    for (const status of [
      PlacementStatus.checkedIn,
      PlacementStatus.checkedOut,
      PlacementStatus.cancelled,
      PlacementStatus.declined,
      "toString",
    ])
      expect(canCancel(status), status).toBe(false);
  });

  it("was lived in once checked in, whether still there or moved out", () => {
    expect(wasLivedIn(PlacementStatus.checkedIn)).toBe(true);
    expect(wasLivedIn(PlacementStatus.checkedOut)).toBe(true);
    for (const status of [
      PlacementStatus.awaitingConfirmation,
      PlacementStatus.booked,
      PlacementStatus.cancelled,
      PlacementStatus.declined,
      "ukjent",
    ])
      expect(wasLivedIn(status), status).toBe(false);
  });
});
