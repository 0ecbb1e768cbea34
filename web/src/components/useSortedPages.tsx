// A long table's rows sorted by the column the user chose (Aksel's sortable headers) and cut into
// pages of `pageSize`, with the Pagination to show below it. A new list starts on page 1.
import { useEffect, useMemo, useState } from "react";
import { BodyShort, HStack, Pagination } from "@navikt/ds-react";
import type { SortState } from "@navikt/ds-react";
import { nextSort, sortRows } from "./sortRows";
import type { SortValue } from "./sortRows";
import { formatNumber } from "../format";

export function useSortedPages<T>(
  items: readonly T[] | null,
  valueOf: (row: T, column: string) => SortValue,
  pageSize = 25,
) {
  const [sort, setSort] = useState<SortState | undefined>();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [items]);
  const sorted = useMemo(() => sortRows(items ?? [], sort, valueOf), [items, sort]);
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
      onSortChange: (column: string) => {
        setSort((current) => nextSort(current, column));
        setPage(1);
      },
    },
    pagination,
  };
}
