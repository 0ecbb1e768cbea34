// One stay: an overview on top (where the household lives, who they are, the vedtak, the days so
// far and what is due), then the follow-up in tabs — the agreement and action plan, notes and
// meetings, house-rule breaches and stans, the cost, and the exit with after-care. The tab is in
// the address (?fane=…), so a reload or a link keeps it.
import { Alert, Heading, Link, Tabs, VStack } from "@navikt/ds-react";
import { Link as RouterLink, useParams, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import { formatDate, isoToday } from "../../format";
import { ActionPlanSection } from "./ActionPlanSection";
import { AgreementSection } from "./AgreementSection";
import { AppointmentsSection } from "./AppointmentsSection";
import { BreachesSection } from "./BreachesSection";
import { CostSection } from "./CostSection";
import { AfterCareSection, ExitSection } from "./ExitSection";
import { ConsentSection, IndividualPlanSection, ReferralSection } from "./HomeSection";
import { IncidentsSection } from "./IncidentsSection";
import { NotesSection } from "./NotesSection";
import { StayOverview } from "./StayOverview";
import { StayTags } from "./StayTags";
import { TerminationSection } from "./TerminationSection";
import type { StayTab } from "./stayDue";
import { hasMovedOut } from "./stayDue";
import { useLoaded } from "../../components/useLoaded";

const tabs: readonly StayTab[] = ["avtale", "bolig", "notater", "brudd", "kostnad", "utflytting"];

export function StayPage() {
  const { stayId } = useParams();
  const [params, setParams] = useSearchParams();
  const {
    value: stay,
    setValue: setStay,
    error,
  } = useLoaded(() => api.stay(Number(stayId)), [stayId], "Kunne ikke hente oppholdet.");

  if (error) return <Alert variant="error">{error}</Alert>;
  if (!stay) return null;
  const open = !hasMovedOut(stay, isoToday());
  const props = { stay, onChange: setStay };
  const asked = params.get("fane") as StayTab | null;
  const tab: StayTab = asked && tabs.includes(asked) ? asked : open ? "avtale" : "utflytting";
  const openTab = (next: StayTab) => {
    setParams({ fane: next }, { replace: true });
    requestAnimationFrame(() => document.getElementById(`stay-tab-${next}`)?.focus());
  };

  return (
    <VStack gap="space-24">
      <div>
        <Link as={RouterLink} to="/opphold">
          Tilbake til opphold
        </Link>
        <Heading level="1" size="large">
          Opphold for {stay.personName}
        </Heading>
        <StayTags stay={stay} />
      </div>

      {stay.escalated && (
        <Alert variant="warning">
          Oppholdet har vart mer enn 3 måneder for en barnefamilie eller en ung person under 25 år.
          Lederen ser det på sin liste.
        </Alert>
      )}
      {stay.periodExpired && (
        <Alert variant="error">
          Vedtaksperioden gikk ut {formatDate(stay.periodTo)}, men personen bor der fortsatt. Fatt
          nytt vedtak eller registrer utflytting.
        </Alert>
      )}

      {stay.individualPlanReminder && (
        <Alert variant="info">
          Personen er ikke spurt om individuell plan.{" "}
          <Link href="?fane=bolig" onClick={(e) => (e.preventDefault(), openTab("bolig"))}>
            Gå til Veien til egen bolig
          </Link>
        </Alert>
      )}

      <StayOverview stay={stay} onOpenTab={openTab} />

      <Tabs value={tab} onChange={(next) => setParams({ fane: next }, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="avtale" id="stay-tab-avtale" label="Avtale og tiltak" />
          <Tabs.Tab value="bolig" id="stay-tab-bolig" label="Veien til egen bolig" />
          <Tabs.Tab
            value="notater"
            id="stay-tab-notater"
            label={`Notater og møter (${stay.notes.length + stay.appointments.length})`}
          />
          <Tabs.Tab
            value="brudd"
            id="stay-tab-brudd"
            label={`Brudd og stans (${stay.breaches.length})`}
          />
          <Tabs.Tab value="kostnad" id="stay-tab-kostnad" label="Kostnad" />
          <Tabs.Tab
            value="utflytting"
            id="stay-tab-utflytting"
            label={open ? "Utflytting" : "Etter utflytting"}
          />
        </Tabs.List>
        <Tabs.Panel value="avtale">
          <VStack gap="space-32" paddingBlock="space-24">
            <AgreementSection {...props} />
            <ActionPlanSection {...props} />
          </VStack>
        </Tabs.Panel>
        <Tabs.Panel value="bolig">
          <VStack gap="space-32" paddingBlock="space-24">
            <IndividualPlanSection {...props} />
            <ConsentSection {...props} />
            <ReferralSection {...props} />
          </VStack>
        </Tabs.Panel>
        <Tabs.Panel value="notater">
          <VStack gap="space-32" paddingBlock="space-24">
            <NotesSection {...props} />
            <AppointmentsSection {...props} />
          </VStack>
        </Tabs.Panel>
        <Tabs.Panel value="brudd">
          <VStack gap="space-32" paddingBlock="space-24">
            <IncidentsSection {...props} />
            <BreachesSection {...props} />
            {(open || stay.termination) && <TerminationSection {...props} />}
          </VStack>
        </Tabs.Panel>
        <Tabs.Panel value="kostnad">
          <VStack gap="space-32" paddingBlock="space-24">
            <CostSection key={stay.exit?.endedOn ?? "open"} stayId={stay.id} stayOpen={open} />
          </VStack>
        </Tabs.Panel>
        <Tabs.Panel value="utflytting">
          <VStack gap="space-32" paddingBlock="space-24">
            {stay.exit ? <AfterCareSection {...props} /> : <ExitSection {...props} />}
          </VStack>
        </Tabs.Panel>
      </Tabs>
    </VStack>
  );
}
