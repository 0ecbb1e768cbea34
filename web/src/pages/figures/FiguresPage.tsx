// Statistikk: the office lead's KOSTRA report (and, as they come, the dashboard and the national
// view for analysts). Figures only: no person is shown here.
import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import { useSearchParams } from "react-router-dom";
import { hasRole, useMe } from "../../auth/session";
import { ListTabs } from "../../components/ListTabs";
import { KostraPanel } from "./KostraPanel";

type Panel = "kostra";

export function FiguresPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const current = (params.get("liste") as Panel | null) ?? "kostra";
  const isLeader = hasRole(me, "leder");
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Statistikk
      </Heading>
      {isLeader ? (
        <ListTabs
          lists={[{ value: "kostra", label: "KOSTRA" }]}
          current={current}
          onChange={(value) => setParams({ liste: value })}
        >
          {current === "kostra" && <KostraPanel />}
        </ListTabs>
      ) : (
        <BodyShort>
          Nasjonale tall og fylkestall med prikking av små tall er ikke tatt i bruk ennå.
        </BodyShort>
      )}
    </VStack>
  );
}
