// The top of a stay's page: where the household lives now (unit, provider, since when), who the
// household is, the vedtak and its period, the days so far and what is due next — the answers a
// caseworker needs before opening any of the follow-up tabs.
import { Box, BodyShort, HGrid, Heading, Link, List, Tag, VStack } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import type { StayDetail } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { Fact } from "../../components/Fact";
import { useLoaded } from "../../components/useLoaded";
import { formatDate, isoToday } from "../../format";
import { wasLivedIn } from "../requests/placement/placementStatus";
import { dueItems, hasMovedOut } from "./stayDue";
import type { StayTab } from "./stayDue";

function ageOn(birthDate: string | null | undefined, day: string): string {
  if (!birthDate) return "";
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [ty, tm, td] = day.split("-").map(Number);
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  return `${age} år`;
}

const memberRole: Record<string, string> = { applicant: "søker", adult: "voksen", child: "barn" };

export function StayOverview({
  stay,
  onOpenTab,
}: {
  stay: StayDetail;
  onOpenTab: (tab: StayTab) => void;
}) {
  const codes = useCodes();
  const today = isoToday();
  const { value: facts } = useLoaded(
    () =>
      Promise.all([
        api.placements(stay.requestId),
        api.caseRequest(stay.requestId),
        api.decision(stay.requestId),
      ]),
    [stay.requestId],
    "Kunne ikke hente plassen, husstanden og vedtaket.",
  );
  const [placements, request, view] = facts ?? [null, null, null];
  // Where they live: the place lived in most recently (the one checked in, else the last).
  const livedIn = (placements?.placements ?? [])
    .filter((placement) => wasLivedIn(placement.status))
    .sort((a, b) => b.from.localeCompare(a.from));
  const place = livedIn[0];
  const decision = view?.decision;
  const due = dueItems(stay, today);
  const movedOut = hasMovedOut(stay, today);
  const nights = stay.lengthDays === 1 ? "1 døgn" : `${stay.lengthDays} døgn`;

  return (
    <Box background="default" padding="space-24" borderRadius="8">
      <VStack gap="space-24">
        <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
          <Fact term={movedOut ? "Bodde sist" : "Bor nå"}>
            {place ? (
              <>
                {place.unitName.includes(place.providerName)
                  ? place.unitName
                  : `${place.unitName}, ${place.providerName}`}
                <br />
                {movedOut
                  ? `til ${formatDate(stay.exit!.endedOn)}`
                  : `siden ${formatDate(place.from)}${stay.exit ? `, til ${formatDate(stay.exit.endedOn)}` : ""}`}
              </>
            ) : facts ? (
              "Ikke booket i Husly"
            ) : (
              "…"
            )}
          </Fact>
          <Fact term="Husstand">
            {request
              ? request.members.map((member, index) => (
                  <span key={index}>
                    {index > 0 && <br />}
                    {member.role === "applicant" ? stay.personName : member.firstName} (
                    {memberRole[member.role] ?? member.role}
                    {member.birthDate ? `, ${ageOn(member.birthDate, today)}` : ""})
                  </span>
                ))
              : stay.personName}
          </Fact>
          <Fact term="Vedtak">
            <Link as={RouterLink} to={`/henvendelser/${stay.requestId}`}>
              {decision
                ? `${label(codes, "decisionOutcome", decision.outcome)} ${formatDate(decision.periodFrom)}–${formatDate(decision.periodTo)}`
                : "Se henvendelse og vedtak"}
            </Link>
            {stay.extensions.map((extension) => (
              <span key={extension.requestId}>
                <br />
                <Link as={RouterLink} to={`/henvendelser/${extension.requestId}`}>
                  Forlenget til {formatDate(extension.periodTo)}
                </Link>
              </span>
            ))}
          </Fact>
          <Fact term={movedOut ? "Lengde" : "Så langt"}>
            {nights} (innflyttet {formatDate(stay.startedOn)})
          </Fact>
          <Fact term="3 måneder">{formatDate(stay.threeMonthMark)}</Fact>
          {stay.previousStayId ? (
            <Fact term="Tidligere opphold">
              <Link as={RouterLink} to={`/opphold/${stay.previousStayId}`}>
                Forrige opphold (innen 12 måneder)
              </Link>
            </Fact>
          ) : null}
          {stay.exit && (
            <Fact term={movedOut ? "Flyttet ut" : "Flytter ut"}>
              {formatDate(stay.exit.endedOn)}: {label(codes, "exitOutcome", stay.exit.outcome)}
              {stay.exit.transitKind &&
                ` (${label(codes, "transitKind", stay.exit.transitKind)} til ${formatDate(stay.exit.transitUntil)})`}
              {stay.exit.note && ` – ${stay.exit.note}`}
            </Fact>
          )}
        </HGrid>
        {!movedOut && (
          <section aria-labelledby="due-heading">
            <Heading level="2" size="small" id="due-heading" spacing>
              Hva skjer nå
            </Heading>
            {due.length === 0 ? (
              <BodyShort>Ingenting forfaller de neste 30 dagene.</BodyShort>
            ) : (
              <List size="small">
                {due.map((item) => (
                  <List.Item key={item.text}>
                    <Link
                      href={`?fane=${item.tab}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpenTab(item.tab);
                      }}
                    >
                      {item.text}
                    </Link>
                    {item.on && item.on <= today && (
                      <Tag size="xsmall" variant="error" className="due-tag">
                        {item.on === today ? "I dag" : "Passert"}
                      </Tag>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </section>
        )}
      </VStack>
    </Box>
  );
}
