// The office's work lists: acute requests that need an answer today, requests without an
// outcome, and the latest ones.
import { Button, HStack, Heading, Link, Table, Tag, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import type { RequestSummary, WorkList } from "../../api/client";
import { ListTabs } from "../../components/ListTabs";
import { ListStatus } from "../../components/ListStatus";
import { useQueryList } from "../../components/useQueryList";
import { label, useCodes } from "../../api/codes";
import { hasRole, useMe } from "../../auth/session";
import { formatDateTime } from "../../format";

const workLists: { value: WorkList; label: string; empty: string }[] = [
  {
    value: "today",
    label: "Trenger svar i dag",
    empty: "Ingen akutte henvendelser venter på svar.",
  },
  { value: "open", label: "Uten utfall", empty: "Alle henvendelser har et utfall." },
  { value: "recent", label: "Siste", empty: "Ingen henvendelser er registrert ennå." },
  {
    value: "declined",
    label: "Booking avvist",
    empty: "Ingen husstand står uten plass etter at en tilbyder avviste bookingen.",
  },
];

const approvalList = {
  value: "approval" as WorkList,
  label: "Til godkjenning",
  empty: "Ingen vedtak venter på godkjenning.",
};

export function RequestsPage() {
  const me = useMe();
  const lists = hasRole(me, "leder") ? [...workLists, approvalList] : workLists;
  const { current, choose, items, error } = useQueryList<WorkList, RequestSummary>(
    "today",
    (list) => api.requests(list).then((result) => result.requests),
    lists.map((list) => list.value),
  );
  const currentList = lists.find((list) => list.value === current) ?? lists[0];
  const codes = useCodes();

  return (
    <VStack gap="space-24">
      <HStack justify="space-between" align="center">
        <Heading level="1" size="large">
          Henvendelser
        </Heading>
        <Button as={RouterLink} to="/henvendelser/ny" icon={<PlusIcon aria-hidden />}>
          Ny henvendelse
        </Button>
      </HStack>
      <ListTabs lists={lists} current={current} onChange={choose}>
        <ListStatus items={items} error={error} empty={currentList.empty} />
        {items && items.length > 0 && (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Mottatt</Table.HeaderCell>
                <Table.HeaderCell scope="col">Person</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kanal</Table.HeaderCell>
                <Table.HeaderCell scope="col">Merknader</Table.HeaderCell>
                <Table.HeaderCell scope="col">Utfall</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((item) => (
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
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </ListTabs>
    </VStack>
  );
}
