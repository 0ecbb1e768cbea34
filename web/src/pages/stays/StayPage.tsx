// One stay: where it stands (length, 3 months, the vedtak period), and its follow-up — the
// agreement, the action plan, journal notes, appointments, house-rule breaches, the exit with
// after-care, or a decision to end the place.
import { Alert, Box, HGrid, Heading, Link, VStack } from "@navikt/ds-react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { api } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { Fact } from "../../components/Fact";
import { formatDate } from "../../format";
import { ActionPlanSection } from "./ActionPlanSection";
import { AgreementSection } from "./AgreementSection";
import { AppointmentsSection } from "./AppointmentsSection";
import { BreachesSection } from "./BreachesSection";
import { CostSection } from "./CostSection";
import { AfterCareSection, ExitSection } from "./ExitSection";
import { NotesSection } from "./NotesSection";
import { StayTags } from "./StayTags";
import { TerminationSection } from "./TerminationSection";
import { useLoaded } from "../../components/useLoaded";

export function StayPage() {
  const { stayId } = useParams();
  const codes = useCodes();
  const {
    value: stay,
    setValue: setStay,
    error,
  } = useLoaded(() => api.stay(Number(stayId)), [stayId], "Kunne ikke hente oppholdet.");

  if (error) return <Alert variant="error">{error}</Alert>;
  if (!stay) return null;
  const open = !stay.exit;
  const props = { stay, onChange: setStay };

  return (
    <VStack gap="space-32">
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

      <Box background="default" padding="space-24" borderRadius="8">
        <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
          <Fact term="Innflyttet">{formatDate(stay.startedOn)}</Fact>
          <Fact term="Døgn">{String(stay.lengthDays)}</Fact>
          <Fact term="3 måneder">{formatDate(stay.threeMonthMark)}</Fact>
          <Fact term="Vedtaksperioden til">{formatDate(stay.periodTo)}</Fact>
          <Fact term="Vedtak">
            <Link as={RouterLink} to={`/henvendelser/${stay.requestId}`}>
              Se henvendelse og vedtak
            </Link>
          </Fact>
          {stay.previousStayId ? (
            <Fact term="Tidligere opphold">
              <Link as={RouterLink} to={`/opphold/${stay.previousStayId}`}>
                Forrige opphold (innen 12 måneder)
              </Link>
            </Fact>
          ) : null}
          {stay.exit && (
            <Fact term="Flyttet ut">
              {formatDate(stay.exit.endedOn)}: {label(codes, "exitOutcome", stay.exit.outcome)}
              {stay.exit.transitKind &&
                ` (${label(codes, "transitKind", stay.exit.transitKind)} til ${formatDate(stay.exit.transitUntil)})`}
              {stay.exit.note && ` – ${stay.exit.note}`}
            </Fact>
          )}
        </HGrid>
      </Box>

      <AgreementSection {...props} />
      <ActionPlanSection {...props} />
      <AppointmentsSection {...props} />
      <NotesSection {...props} />
      <BreachesSection {...props} />
      <CostSection key={stay.exit?.endedOn ?? "open"} stayId={stay.id} />
      {open ? <ExitSection {...props} /> : <AfterCareSection {...props} />}
      {(open || stay.termination) && <TerminationSection {...props} />}
    </VStack>
  );
}
