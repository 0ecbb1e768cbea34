// The office's stays: the 3-month watch (families and young people first), everyone living in
// temporary accommodation now, and recent exits.
import { Heading, Link, Table, VStack } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import type { Stay, StayListName } from "../../api/client";
import { ListTabs } from "../../components/ListTabs";
import { ListStatus } from "../../components/ListStatus";
import { useQueryList } from "../../components/useQueryList";
import { label, useCodes } from "../../api/codes";
import { formatDate } from "../../format";
import { StayTags } from "./StayTags";
import { CaseSearch } from "../requests/CaseSearch";
import { useSortedPages } from "../../components/useSortedPages";
import { surnameFirst } from "../../components/sortRows";

const lists: { value: StayListName; label: string; empty: string }[] = [
  {
    value: "watch",
    label: "3-månedersvakten",
    empty: "Ingen opphold nærmer seg eller har passert 3 måneder.",
  },
  { value: "open", label: "Bor nå", empty: "Ingen bor i midlertidig botilbud nå." },
  { value: "ended", label: "Flyttet ut", empty: "Ingen har flyttet ut ennå." },
];

export function StaysPage() {
  const { current, choose, items, error } = useQueryList<StayListName, Stay>(
    "watch",
    (list) => api.stays(list).then((result) => result.stays),
    lists.map((list) => list.value),
  );
  const currentList = lists.find((list) => list.value === current) ?? lists[0];
  const codes = useCodes();
  const { rows, tableSort, pagination } = useSortedPages(items, (stay, column) => {
    switch (column) {
      case "person":
        return surnameFirst(stay.personName);
      case "startedOn":
        return stay.startedOn;
      case "days":
        return stay.lengthDays;
      case "date":
        return stay.exit ? stay.exit.endedOn : stay.threeMonthMark;
    }
    return null;
  });

  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Opphold
      </Heading>
      <CaseSearch>
        <ListTabs lists={lists} current={current} onChange={choose}>
          <ListStatus items={items} error={error} empty={currentList.empty} />
          {items && items.length > 0 && (
            <Table size="small" {...tableSort}>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col" sortable sortKey="person">
                    Person
                  </Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" sortable sortKey="startedOn">
                    Innflyttet
                  </Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" sortable sortKey="days">
                    Døgn
                  </Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" sortable sortKey="date">
                    {current === "ended" ? "Utflyttet" : "3 måneder"}
                  </Table.ColumnHeader>
                  <Table.HeaderCell scope="col">
                    {current === "ended" ? "Utfall" : "Merknader"}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((stay) => (
                  <Table.Row key={stay.id}>
                    <Table.DataCell>
                      <Link as={RouterLink} to={`/opphold/${stay.id}`}>
                        {stay.personName}
                      </Link>
                    </Table.DataCell>
                    <Table.DataCell>{formatDate(stay.startedOn)}</Table.DataCell>
                    <Table.DataCell>{stay.lengthDays}</Table.DataCell>
                    <Table.DataCell>
                      {formatDate(stay.exit ? stay.exit.endedOn : stay.threeMonthMark)}
                    </Table.DataCell>
                    <Table.DataCell>
                      {stay.exit ? (
                        label(codes, "exitOutcome", stay.exit.outcome)
                      ) : (
                        <StayTags stay={stay} />
                      )}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          {pagination}
        </ListTabs>
      </CaseSearch>
    </VStack>
  );
}
