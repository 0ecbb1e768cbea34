// Whether the person already lives in temporary accommodation on another request's vedtak, and
// whether this request's vedtak has extended that stay (docs/domain.md#rule-an-extension-continues-the-stay). A new
// vedtak for someone living in a place extends the stay they are in; it does not start another.
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import type { StayDetail } from "../../api/client";

export type LivingStay =
  | { kind: "loading" }
  /** No open stay on another request: this request books and moves in as usual. */
  | { kind: "none" }
  /** The person lives in `stay`; this request's vedtak may extend it, or already has. */
  | { kind: "living"; stay: StayDetail; extendedHere: boolean };

export function useLivingStay(requestId: number, personId: number, version = 0): LivingStay {
  const [living, setLiving] = useState<LivingStay>({ kind: "loading" });
  useEffect(() => {
    let current = true;
    if (personId === 0) return; // the request is still loading
    api
      .personStays(personId)
      .then(({ stays }) => {
        const open = stays.find((stay) => stay.exit === null && stay.requestId !== requestId);
        if (!open || stays.some((stay) => stay.requestId === requestId)) return null;
        return api.stay(open.id);
      })
      .then(
        (stay) => {
          if (!current) return;
          if (!stay) setLiving({ kind: "none" });
          else
            setLiving({
              kind: "living",
              stay,
              extendedHere: stay.extensions.some((extension) => extension.requestId === requestId),
            });
        },
        () => current && setLiving({ kind: "none" }),
      );
    return () => {
      current = false;
    };
  }, [requestId, personId, version]);
  return living;
}
