// The office's work lists: acute requests that need an answer today, requests without an
// outcome, the latest ones, and a search for any case by name or identity number.
import { Button, HStack, Heading, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import type { RequestSummary, WorkList } from "../../api/client";
import { ListTabs } from "../../components/ListTabs";
import { ListStatus } from "../../components/ListStatus";
import { useQueryList } from "../../components/useQueryList";
import { hasRole, useMe } from "../../auth/session";
import { CaseSearch } from "./CaseSearch";
import { RequestTable } from "./RequestTable";

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
  {
    value: "children",
    label: "Barnets beste",
    empty: "Alle plasserte barnefamilier har registrert vurdering av barnets beste og barnevern.",
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
      <CaseSearch>
        <ListTabs lists={lists} current={current} onChange={choose}>
          <ListStatus items={items} error={error} empty={currentList.empty} />
          {items && items.length > 0 && <RequestTable items={items} />}
        </ListTabs>
      </CaseSearch>
    </VStack>
  );
}
