// Statistikk: the office lead's dashboard and KOSTRA report, and the national and county view for analysts.
// Figures only: no person is shown here.
import { Heading, VStack } from "@navikt/ds-react";
import { useSearchParams } from "react-router-dom";
import { hasRole, useMe } from "../../auth/session";
import { ListTabs } from "../../components/ListTabs";
import { DashboardPanel } from "./DashboardPanel";
import { KostraPanel } from "./KostraPanel";
import { NationalPanel } from "./NationalPanel";

type Panel = "oversikt" | "kostra" | "nasjonalt";

export function FiguresPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isLeader = hasRole(me, "leder");
  const lists: { value: Panel; label: string }[] = [
    ...(isLeader
      ? [
          { value: "oversikt" as Panel, label: "Kontorets oversikt" },
          { value: "kostra" as Panel, label: "KOSTRA" },
        ]
      : []),
    ...(hasRole(me, "analytiker")
      ? [{ value: "nasjonalt" as Panel, label: "Landet og fylkene" }]
      : []),
  ];
  const current = (params.get("liste") as Panel | null) ?? lists[0]?.value ?? "kostra";
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Statistikk
      </Heading>
      <ListTabs lists={lists} current={current} onChange={(value) => setParams({ liste: value })}>
        {current === "oversikt" && isLeader && <DashboardPanel />}
        {current === "kostra" && isLeader && <KostraPanel />}
        {current === "nasjonalt" && <NationalPanel />}
      </ListTabs>
    </VStack>
  );
}
