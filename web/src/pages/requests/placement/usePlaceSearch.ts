// The place search's state: what was asked, what was found, how many are shown, the written
// reasons for booking a unit that is not adequate; and booking (or moving to) a unit found.
import { useState } from "react";
import type { FormEvent } from "react";
import { ApiError, api } from "../../../api/client";
import type { Placement, SearchHit, SearchResult } from "../../../api/client";
import { useFormErrors } from "../../../components/formErrors";
import { dayAfter, isoToday } from "../../../format";
import { everyone, needsOf, placedMembers, searchQuery } from "./placeSearchQuery";
import type { Criteria } from "./placeSearchQuery";

// How many of the best places each list shows at first, and how many more «Vis flere» adds.
export const pageSize = 50;

/** Why a child is left out of the booking, and where the child lives meanwhile. */
export interface AbsentChildNote {
  reason: string;
  livesAt: string;
}

export function usePlaceSearch({
  requestId,
  householdSize = 1,
  children = [],
  movingFrom,
  onBooked,
  periodTo = null,
}: {
  requestId: number;
  /** How many members the request's household has (the applicant first). */
  householdSize?: number;
  /** Which members are children (under 18), by their place in the household. */
  children?: number[];
  /** The placement being moved from (today), or null for a new booking. */
  movingFrom: Placement | null;
  onBooked: (message: string) => void;
  periodTo?: string | null;
}) {
  const form = useFormErrors("place-search");
  const [criteria, setCriteria] = useState<Criteria>({
    from: isoToday(),
    to: periodTo ? dayAfter(periodTo) : "",
    needs: [],
    placed: everyone(householdSize),
  });
  const [result, setResult] = useState<SearchResult | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [absentNotes, setAbsentNotes] = useState<Record<number, AbsentChildNote>>({});
  // The children left out of the booking, in household order (the server names their fields by it).
  const absentChildren = movingFrom
    ? []
    : children.filter((index) => !criteria.placed.includes(index));
  const noteFor = (index: number) => absentNotes[index] ?? { reason: "", livesAt: "" };
  const changeNote = (index: number, part: Partial<AbsentChildNote>) =>
    setAbsentNotes((current) => ({ ...current, [index]: { ...noteFor(index), ...part } }));

  const change = (part: Partial<Criteria>) => setCriteria((current) => ({ ...current, ...part }));

  async function search(event?: FormEvent, showing = event ? pageSize : limit) {
    event?.preventDefault();
    const query = searchQuery(criteria, showing, movingFrom !== null, isoToday(), householdSize);
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

  // The unit last asked for: its reason field shows the error the booking got.
  const [bookingUnitId, setBookingUnitId] = useState<number | null>(null);

  async function book(hit: SearchHit) {
    setBookingUnitId(hit.unit.id);
    const qualityReason = reasons[hit.unit.id] ?? "";
    const need = needsOf(criteria.needs);
    const placed = placedMembers(criteria.placed, householdSize);
    let refusal: unknown = null;
    const booked = await form.submit(async () => {
      try {
        return await (movingFrom
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
              ...(placed ? { placedMembers: placed } : {}),
              ...(absentChildren.length > 0
                ? {
                    absentChildren: absentChildren.map((member) => ({
                      member,
                      ...noteFor(member),
                    })),
                  }
                : {}),
            }));
      } catch (error) {
        refusal = error;
        throw error;
      }
    });
    if (booked) {
      const raised = booked.deviationsRaised.length > 0 ? " Avvik er registrert." : "";
      const what = hit.unit.onRequest
        ? "Forespørsel sendt til"
        : movingFrom
          ? "Flyttet til"
          : "Reservert";
      onBooked(`${what} ${hit.unit.providerName}: ${hit.unit.name}.${raised}`);
    } else if (refusal instanceof ApiError && refusal.status === 409) {
      // Taken meanwhile: the error stays shown, and the lists show what is free now.
      const query = searchQuery(criteria, limit, movingFrom !== null, isoToday(), householdSize);
      api.searchPlaces(requestId, query).then(setResult, () => undefined);
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
    bookingUnitId,
    absentChildren,
    noteFor,
    changeNote,
  };
}
