// What a place for the household may rest on now, as the server decides it (docs/domain.md
// #rule-urgent-placement): "decided" (a decided grant), "beforeApproval" (an acute request's grant
// still waiting for the leder), or null (no place yet). What a booking and a stay need.
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import type { DecisionView } from "../../api/client";

export type PlaceBasis = DecisionView["placeBasis"];

export function usePlaceBasis(requestId: number, version = 0): PlaceBasis {
  const [basis, setBasis] = useState<PlaceBasis>(null);
  useEffect(() => {
    let current = true;
    api.decision(requestId).then(
      ({ placeBasis }) => current && setBasis(placeBasis),
      () => current && setBasis(null),
    );
    return () => {
      current = false;
    };
  }, [requestId, version]);
  return basis;
}
