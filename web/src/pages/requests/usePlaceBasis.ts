// What a place for the household may rest on now, as the server decides it (docs/domain.md
// #rule-urgent-placement): "decided" (a decided grant), "beforeApproval" (an acute request's grant
// still waiting for the leder), or null (no place yet). What a booking and a stay need.
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import type { DecisionView } from "../../api/client";
import { DecisionStatus, grantsPlace } from "../../api/statuses";

export type PlaceBasis = DecisionView["placeBasis"];

/** The basis, and the last day of the granted period (a booking's check-out is the day after). */
export function usePlaceBasis(
  requestId: number,
  version = 0,
): { basis: PlaceBasis; periodTo: string | null; refused: boolean } {
  const [basis, setBasis] = useState<{
    basis: PlaceBasis;
    periodTo: string | null;
    refused: boolean;
  }>({ basis: null, periodTo: null, refused: false });
  useEffect(() => {
    let current = true;
    api.decision(requestId).then(
      ({ placeBasis, decision }) =>
        current &&
        setBasis({
          basis: placeBasis,
          periodTo: decision?.periodTo ?? null,
          // A decided vedtak that gives no place: a refusal or a rejection.
          refused: decision?.status === DecisionStatus.decided && !grantsPlace(decision.outcome),
        }),
      () => current && setBasis({ basis: null, periodTo: null, refused: false }),
    );
    return () => {
      current = false;
    };
  }, [requestId, version]);
  return basis;
}
