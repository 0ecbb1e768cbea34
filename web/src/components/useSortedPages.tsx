// A long table's rows sorted by the column the user chose (Aksel's sortable headers) and cut into
// pages of `pageSize`, with the Pagination to show below it. The sort and the page are in the
// address (?sorter=person.ascending&side=3), so going back from a row's page returns to them; a
// new sort starts on page 1, and another list (its own address) starts unsorted on page 1.
import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { BodyShort, HStack, Pagination } from "@navikt/ds-react";
import type { SortState } from "@navikt/ds-react";
import { nextSort, sortRows } from "./sortRows";
import type { SortValue } from "./sortRows";
import { formatNumber } from "../format";

function sortFrom(text: string | null): SortState | undefined {
  const [orderBy, direction] = (text ?? "").split(".");
  return orderBy && (direction === "ascending" || direction === "descending")
    ? { orderBy, direction }
    : undefined;
}

export function useSortedPages<T>(
  items: readonly T[] | null,
  valueOf: (row: T, column: string) => SortValue,
  pageSize = 25,
) {
  const [params, setParams] = useSearchParams();
  const sort = sortFrom(params.get("sorter"));
  const page = Math.max(1, Number(params.get("side")) || 1);
  const change = (update: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        update(next);
        return next;
      },
      { replace: true },
    );
  const setPage = (next: number) =>
    change((p) => (next > 1 ? p.set("side", String(next)) : p.delete("side")));
  const sorted = useMemo(
    () => sortRows(items ?? [], sort, valueOf),
    [items, sort?.orderBy, sort?.direction],
  );
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const shownPage = Math.min(page, pageCount);
  const rows = sorted.slice((shownPage - 1) * pageSize, shownPage * pageSize);

  const pagination =
    pageCount > 1 ? (
      <HStack gap="space-16" align="center" justify="space-between" wrap>
        <BodyShort size="small">
          Viser {formatNumber((shownPage - 1) * pageSize + 1)}–
          {formatNumber((shownPage - 1) * pageSize + rows.length)} av {formatNumber(sorted.length)}
        </BodyShort>
        <Pagination
          page={shownPage}
          onPageChange={setPage}
          count={pageCount}
          size="small"
          siblingCount={0}
          boundaryCount={1}
          srHeading={{ tag: "h2", text: "Sider i tabellen" }}
        />
      </HStack>
    ) : null;

  return {
    rows,
    tableSort: {
      sort,
      onSortChange: (column: string) =>
        change((p) => {
          const next = nextSort(sort, column);
          if (next) p.set("sorter", `${next.orderBy}.${next.direction}`);
          else p.delete("sorter");
          p.delete("side");
        }),
    },
    pagination,
  };
}
