// Requests as a table: when each came in, whose it is (a link to the request), its marks, its
// outcome and, where one began, the stay. Sortable by every column, 25 rows a page.
import { HStack, Link, Table, Tag } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import type { RequestSummary } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { useSortedPages } from "../../components/useSortedPages";
import { surnameFirst } from "../../components/sortRows";
import { formatDate, formatDateTime } from "../../format";

function sortValue(item: RequestSummary, column: string) {
  switch (column) {
    case "receivedAt":
      return item.receivedAt;
    case "person":
      return surnameFirst(item.personName);
    case "channel":
      return item.channel;
    case "marks":
      return (item.acute ? 4 : 0) + (item.familyWithChildren ? 2 : 0) + (item.under25 ? 1 : 0);
    case "outcome":
      return item.outcome ?? "";
    case "stay":
      return item.stayId ? (item.stayEndedOn ?? "9999") : null;
  }
  return null;
}

export function RequestTable({
  items,
  showStay = false,
}: {
  items: readonly RequestSummary[];
  showStay?: boolean;
}) {
  const codes = useCodes();
  const { rows, tableSort, pagination } = useSortedPages(items, sortValue);
  return (
    <>
      <Table size="small" {...tableSort}>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col" sortable sortKey="receivedAt">
              Mottatt
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" sortable sortKey="person">
              Person
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" sortable sortKey="channel">
              Kanal
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" sortable sortKey="marks">
              Merknader
            </Table.ColumnHeader>
            <Table.ColumnHeader scope="col" sortable sortKey="outcome">
              Utfall
            </Table.ColumnHeader>
            {showStay && (
              <Table.ColumnHeader scope="col" sortable sortKey="stay">
                Opphold
              </Table.ColumnHeader>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((item) => (
            <Table.Row key={item.id}>
              <Table.DataCell>{formatDateTime(item.receivedAt)}</Table.DataCell>
              <Table.DataCell>
                <Link as={RouterLink} to={`/henvendelser/${item.id}`}>
                  {item.personName}
                </Link>
              </Table.DataCell>
              <Table.DataCell>{label(codes, "channel", item.channel)}</Table.DataCell>
              <Table.DataCell>
                <HStack gap="space-4">
                  {item.acute && (
                    <Tag size="small" variant="error">
                      Akutt
                    </Tag>
                  )}
                  {item.familyWithChildren && (
                    <Tag size="small" variant="warning">
                      Barnefamilie
                    </Tag>
                  )}
                  {item.under25 && (
                    <Tag size="small" variant="info">
                      Under 25
                    </Tag>
                  )}
                </HStack>
              </Table.DataCell>
              <Table.DataCell>
                {item.outcome ? label(codes, "outcome", item.outcome) : "Venter"}
              </Table.DataCell>
              {showStay && (
                <Table.DataCell>
                  {item.stayId ? (
                    <Link as={RouterLink} to={`/opphold/${item.stayId}`}>
                      {item.stayEndedOn
                        ? `Flyttet ut ${formatDate(item.stayEndedOn)}`
                        : "Bor i botilbud nå"}
                    </Link>
                  ) : (
                    "Ikke begynt"
                  )}
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {pagination}
    </>
  );
}
