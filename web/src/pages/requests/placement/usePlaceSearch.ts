// The place search's state: what was asked, what was found, how many are shown, the written
// reasons for booking a unit that is not adequate; and booking (or moving to) a unit found.
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../../api/client";
import type { Placement, SearchHit, SearchResult } from "../../../api/client";
import { useFormErrors } from "../../../components/formErrors";
import { isoToday } from "../../../format";
import { needsOf, searchQuery } from "./placeSearchQuery";
import type { Criteria } from "./placeSearchQuery";

// How many of the best places each list shows at first, and how many more «Vis flere» adds.
export const pageSize = 50;

export function usePlaceSearch({
  requestId,
  movingFrom,
  onBooked,
}: {
  requestId: number;
  /** The placement being moved from (today), or null for a new booking. */
  movingFrom: Placement | null;
  onBooked: (message: string) => void;
}) {
  const form = useFormErrors("place-search");
  const [criteria, setCriteria] = useState<Criteria>({ from: isoToday(), to: "", needs: [] });
  const [result, setResult] = useState<SearchResult | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const [reasons, setReasons] = useState<Record<number, string>>({});

  const change = (part: Partial<Criteria>) => setCriteria((current) => ({ ...current, ...part }));

  async function search(event?: FormEvent, showing = event ? pageSize : limit) {
    event?.preventDefault();
    const query = searchQuery(criteria, showing, movingFrom !== null, isoToday());
    const found = await form.submit(() => api.searchPlaces(requestId, query));
    if (found) {
      setResult(found);
      setLimit(showing);
    }
  }

  const more =
    result !== null &&
    (result.availableTotal > result.available.length ||
      result.leftOutTotal > result.leftOut.length);

  async function book(hit: SearchHit) {
    const qualityReason = reasons[hit.unit.id] ?? "";
    const need = needsOf(criteria.needs);
    const placed = await form.submit(() =>
      movingFrom
        ? api.movePlacement(movingFrom.id, {
            unitId: hit.unit.id,
            date: isoToday(),
            qualityReason,
            ...need,
          })
        : api.book({
            requestId,
            unitId: hit.unit.id,
            from: criteria.from,
            ...(criteria.to.trim() ? { to: criteria.to } : {}),
            qualityReason,
            ...need,
          }),
    );
    if (placed) {
      const raised = placed.deviationsRaised.length > 0 ? " Avvik er registrert." : "";
      onBooked(
        `${movingFrom ? "Flyttet til" : "Booket"} ${hit.unit.providerName}: ${hit.unit.name}.${raised}`,
      );
    } else if (form.errors.length === 0) {
      // Refused (the unit taken meanwhile, say): search again to show what is free now.
      void search();
    }
  }

  return {
    form,
    criteria,
    change,
    result,
    more,
    reasons,
    setReasons,
    search,
    showMore: () => void search(undefined, limit + pageSize),
    book,
  };
}
