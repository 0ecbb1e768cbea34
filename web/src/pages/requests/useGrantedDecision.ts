// Whether the request's vedtak is decided and grants a place (fully or partly): what a stay and a
// booking need.
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import { DecisionStatus, grantsPlace } from "../../api/statuses";

export function useGrantedDecision(requestId: number): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    api
      .decision(requestId)
      .then(({ decision }) =>
        setGranted(decision?.status === DecisionStatus.decided && grantsPlace(decision.outcome)),
      );
  }, [requestId]);
  return granted;
}
