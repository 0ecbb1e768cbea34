// A request's placements and turnaways, loaded when the page opens and again after each change.
import { useCallback, useEffect, useState } from "react";
import { api } from "../../../api/client";
import type { Placement, Turnaway } from "../../../api/client";

export function usePlacements(requestId: number) {
  const [placements, setPlacements] = useState<Placement[]>([]);
  const [turnaways, setTurnaways] = useState<Turnaway[]>([]);

  const reload = useCallback(() => {
    api.placements(requestId).then((result) => setPlacements(result.placements));
    api.requestTurnaways(requestId).then((result) => setTurnaways(result.turnaways));
  }, [requestId]);
  useEffect(reload, [reload]);

  return { placements, turnaways, reload };
}
