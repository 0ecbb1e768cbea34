// Rows in a table's chosen order: numbers by value, text the Norwegian way (æ, ø, å last), rows
// without a value last whichever the direction, ties kept in their original order.
import type { SortState } from "@navikt/ds-react";

export type SortValue = string | number | null | undefined;

const collator = new Intl.Collator("nb-NO", { numeric: true, sensitivity: "base" });

export function sortRows<T>(
  rows: readonly T[],
  sort: SortState | undefined,
  valueOf: (row: T, column: string) => SortValue,
): readonly T[] {
  if (!sort || sort.direction === "none") return rows;
  const sign = sort.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.orderBy) }))
    .sort((a, b) => {
      const aMissing = a.value === null || a.value === undefined || a.value === "";
      const bMissing = b.value === null || b.value === undefined || b.value === "";
      if (aMissing || bMissing)
        return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      const order =
        typeof a.value === "number" && typeof b.value === "number"
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** Aksel's cycle for a column header: ascending, then descending, then the list's own order. */
export function nextSort(current: SortState | undefined, column: string): SortState | undefined {
  if (current?.orderBy !== column) return { orderBy: column, direction: "ascending" };
  if (current.direction === "ascending") return { orderBy: column, direction: "descending" };
  return undefined;
}

/** A name as "First Middle Last" sorted the way Norwegian lists are: by the last name, then the
 * rest ("Nordmann Kari Anne"). */
export function surnameFirst(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length < 2 ? name : `${parts[parts.length - 1]} ${parts.slice(0, -1).join(" ")}`;
}
