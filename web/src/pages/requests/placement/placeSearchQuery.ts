// What the place search sends: the dates and the household's needs as the query of
// GET /requests/{id}/place-search, and the same needs in a booking or a move.

/** The needs a caseworker can tick, by the name the API gives them. */
export const needNames = ["womenOnly", "wheelchair", "cannotSelfEvacuate"] as const;
export type NeedName = (typeof needNames)[number];
export type Needs = Record<NeedName, boolean>;

export interface Criteria {
  /** The first night, "YYYY-MM-DD". */
  from: string;
  /** The check-out day; blank for open-ended. */
  to: string;
  /** The ticked needs' names. */
  needs: string[];
  /** The members who will live in the place, by their place in the request's members (0 the
   * applicant, always there), in order. */
  placed: number[];
}

/** Everyone in a household of `size`: the default. */
export function everyone(size: number): number[] {
  return Array.from({ length: Math.max(size, 1) }, (_, index) => index);
}

/** The ticked members in order, the applicant always among them. */
export function placedFrom(ticked: number[], size: number): number[] {
  return everyone(size).filter((index) => index === 0 || ticked.includes(index));
}

/** What a booking or search sends: nothing when everyone is placed (the server's default). */
export function placedMembers(placed: number[], size: number): number[] | undefined {
  return placed.length >= size ? undefined : placed;
}

/** «1 person», «3 personer». */
export function personsText(count: number): string {
  return `${count} ${count === 1 ? "person" : "personer"}`;
}

export function needsOf(ticked: string[]): Needs {
  return {
    womenOnly: ticked.includes("womenOnly"),
    wheelchair: ticked.includes("wheelchair"),
    cannotSelfEvacuate: ticked.includes("cannotSelfEvacuate"),
  };
}

/** The query for `showing` hits per list; a move searches from `today`, whatever was typed. */
export function searchQuery(
  criteria: Criteria,
  showing: number,
  moving: boolean,
  today: string,
  householdSize = criteria.placed.length,
): Record<string, string> {
  const query: Record<string, string> = {
    from: moving ? today : criteria.from,
    limit: String(showing),
  };
  const placed = moving ? undefined : placedMembers(criteria.placed, householdSize);
  if (placed) query.placedMembers = placed.join(",");
  if (criteria.to.trim()) query.to = criteria.to;
  for (const [key, value] of Object.entries(needsOf(criteria.needs)))
    if (value) query[key] = "true";
  return query;
}

/** «Husstand: 3 personer, barnefamilie — trenger et helt rom.» */
export function householdText(household: {
  persons: number;
  familyWithChildren: boolean;
  under25: boolean;
  needsRoom: boolean;
}): string {
  return (
    `Husstand: ${personsText(household.persons)}` +
    (household.familyWithChildren ? ", barnefamilie" : "") +
    (household.under25 ? ", under 25" : "") +
    ` — trenger ${household.needsRoom ? "et helt rom" : "en seng"}.`
  );
}
