// The front page: who you are working for, what waits for the office today (counts only, linked
// to the lists), and the parts of Husly your roles open.
import { BodyShort, Box, Button, HGrid, Heading, Link, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { api } from "../api/client";
import type { ProviderBooking, Schemas, SurveyResponseListItem } from "../api/client";
import { PlacementStatus, SurveyResponseStatus } from "../api/statuses";
import { hasRole, useMe, useSession } from "../auth/session";
import { navItems } from "../components/Shell";
import { formatDate } from "../format";
import { PendingGrants } from "./admin/PendingGrants";

type WorkSummary = Schemas["WorkSummary"];

/** What waits for the office, each as [one, several] so that «1 hendelse» reads right. */
function waiting(summary: WorkSummary, leder: boolean) {
  const items: { count: number; text: [string, string]; to: string }[] = [
    {
      count: summary.needsAnswerToday,
      text: ["akutt henvendelse trenger svar i dag", "akutte henvendelser trenger svar i dag"],
      to: "/henvendelser?liste=today",
    },
    // First after the acute: a provider may have shut someone out, and Nav must act the same day.
    {
      count: summary.incidentsUnhandled,
      text: [
        "hendelse meldt av tilbyder venter på Navs oppfølging",
        "hendelser meldt av tilbyder venter på Navs oppfølging",
      ],
      to: "/hendelser",
    },
    {
      count: summary.bookingsDeclined,
      text: [
        "booking er avvist av tilbyder, og husstanden har ikke fått annen plass",
        "bookinger er avvist av tilbyder, og husstanden har ikke fått annen plass",
      ],
      to: "/henvendelser?liste=declined",
    },
    {
      count: summary.withoutOutcome,
      text: ["henvendelse er uten utfall", "henvendelser er uten utfall"],
      to: "/henvendelser?liste=open",
    },
    {
      count: summary.staysPast,
      text: ["opphold har vart mer enn 3 måneder", "opphold har vart mer enn 3 måneder"],
      to: "/opphold?liste=watch",
    },
    {
      count: summary.staysApproaching,
      text: ["opphold når 3 måneder innen 14 dager", "opphold når 3 måneder innen 14 dager"],
      to: "/opphold?liste=watch",
    },
    {
      count: summary.periodsExpired,
      text: [
        "vedtaksperiode har gått ut uten nytt vedtak",
        "vedtaksperioder har gått ut uten nytt vedtak",
      ],
      to: "/opphold?liste=watch",
    },
    {
      count: summary.waitingList,
      text: ["står på ventelisten", "står på ventelisten"],
      to: "/venteliste",
    },
    {
      count: summary.inspectionsDue,
      text: [
        "enhet mangler gyldig, forsvarlig kvalitetskontroll",
        "enheter mangler gyldig, forsvarlig kvalitetskontroll",
      ],
      to: "/botilbud?liste=kontroller",
    },
    {
      count: summary.deviationsUnclosed,
      text: ["avvik er ikke lukket", "avvik er ikke lukket"],
      to: "/avvik",
    },
  ];
  if (leder)
    items.unshift(
      {
        count: summary.awaitingApproval,
        text: ["vedtak venter på din godkjenning", "vedtak venter på din godkjenning"],
        to: "/henvendelser?liste=approval",
      },
      // Until the caseworker records it (Grunnloven § 104, sosialtjenesteloven § 45).
      {
        count: summary.childAssessmentsOpen,
        text: [
          "barnefamilie er plassert uten registrert vurdering av barnets beste og barnevern",
          "barnefamilier er plassert uten registrert vurdering av barnets beste og barnevern",
        ],
        to: "/henvendelser?liste=children",
      },
      {
        count: summary.staysEscalated,
        text: [
          "barnefamilie eller ung under 25 har bodd midlertidig i mer enn 3 måneder",
          "barnefamilier eller unge under 25 har bodd midlertidig i mer enn 3 måneder",
        ],
        to: "/opphold?liste=watch",
      },
    );
  return items
    .filter((item) => item.count > 0)
    .map((item) => ({ ...item, text: item.text[item.count === 1 ? 0 : 1] }));
}

export function HomePage() {
  const me = useMe();
  const { switchOffice } = useSession();
  const navigate = useNavigate();
  const office = me.offices.find((candidate) => candidate.id === me.activeOfficeId);
  const items = navItems.filter((item) => hasRole(me, ...item.roles));
  const caseworker = hasRole(me, "veileder", "leder");
  const [summary, setSummary] = useState<WorkSummary | null>(null);
  const [surveys, setSurveys] = useState<SurveyResponseListItem[]>([]);
  // Provider staff work for their provider, not for a Nav office: its name and what waits there.
  const providerStaff = hasRole(me, "tilbyder") && !caseworker;
  const [bookings, setBookings] = useState<ProviderBooking[] | null>(null);
  useEffect(() => {
    if (providerStaff)
      api.providerBookings().then(
        (list) => setBookings(list.bookings),
        () => setBookings([]),
      );
  }, [providerStaff]);
  // Grants and password resets waiting for a second person: a leder decides those at their
  // offices, an administrator any (with every office's name).
  const approver = hasRole(me, "leder", "administrator");
  const administrator = hasRole(me, "administrator");
  const [allOffices, setAllOffices] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    if (administrator) api.offices().then(setAllOffices, () => setAllOffices([]));
  }, [administrator]);

  useEffect(() => {
    if (!caseworker) return;
    api.workSummary().then(setSummary, () => setSummary(null));
    api.surveyResponses().then(
      (list) =>
        setSurveys(
          list.responses.filter((response) => response.status !== SurveyResponseStatus.submitted),
        ),
      () => setSurveys([]),
    );
  }, [caseworker, me.activeOfficeId]);

  const open = summary ? waiting(summary, hasRole(me, "leder")) : [];
  const surveyItems = surveys.map((response) => ({
    to: `/undersokelse/svar/${response.id}`,
    text:
      `Undersøkelsen «${response.roundTitle}» venter på svar, frist ${formatDate(response.deadline)}` +
      (response.reminders > 0 ? ` (påminnelse sendt)` : ""),
  }));
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large">
          Hei, {me.user.displayName}
        </Heading>
        {providerStaff ? (
          <ProviderSummary bookings={bookings} />
        ) : (
          <BodyShort>
            {office ? `Du arbeider nå for ${office.name}.` : "Du har en nasjonal rolle."}
          </BodyShort>
        )}
      </div>
      {approver && (
        <PendingGrants offices={administrator ? allOffices : me.offices} hideWhenEmpty />
      )}
      {summary && (
        <section aria-labelledby="waiting-heading">
          <Heading level="2" size="medium" id="waiting-heading" spacing>
            Dette venter
          </Heading>
          {open.length === 0 &&
          surveyItems.length === 0 &&
          summary.approvalsElsewhere.length === 0 ? (
            <BodyShort>Ingenting venter på kontoret nå.</BodyShort>
          ) : (
            <ul className="husly-waiting">
              {open.map((item) => (
                <li key={item.text}>
                  <Link as={RouterLink} to={item.to}>
                    <strong>{item.count}</strong> {item.text}
                  </Link>
                </li>
              ))}
              {surveyItems.map((item) => (
                <li key={item.to}>
                  <Link as={RouterLink} to={item.to}>
                    {item.text}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {summary.approvalsElsewhere.length > 0 && (
            <ul className="husly-waiting">
              {summary.approvalsElsewhere.map((elsewhere) => (
                <li key={elsewhere.officeId}>
                  <strong>{elsewhere.count}</strong> vedtak venter på din godkjenning i{" "}
                  {elsewhere.officeName}{" "}
                  <Button
                    size="xsmall"
                    variant="secondary"
                    onClick={() =>
                      void switchOffice(elsewhere.officeId).then(() =>
                        navigate("/henvendelser?liste=approval"),
                      )
                    }
                  >
                    Bytt til {elsewhere.officeName} og se dem
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
        {items.map((item) => (
          <Box key={item.to} background="default" padding="space-20" borderRadius="8">
            <Heading level="2" size="small">
              <Link as={RouterLink} to={item.to}>
                {item.label}
              </Link>
            </Heading>
          </Box>
        ))}
      </HGrid>
    </VStack>
  );
}

// "Hotell Nordlys — 1 venter på bekreftelse", one line per provider the staff member works for.
function ProviderSummary({ bookings }: { bookings: ProviderBooking[] | null }) {
  if (bookings === null) return null;
  const providers = new Map<string, number>();
  for (const booking of bookings)
    providers.set(
      booking.providerName,
      (providers.get(booking.providerName) ?? 0) +
        (booking.status === PlacementStatus.awaitingConfirmation ? 1 : 0),
    );
  if (providers.size === 0) return <BodyShort>Ingen er booket inn hos dere nå.</BodyShort>;
  return (
    <VStack gap="space-4">
      {[...providers].map(([name, waiting]) => (
        <BodyShort key={name}>
          <Link as={RouterLink} to="/botilbud">
            {name}
          </Link>{" "}
          — {waiting === 0 ? "ingen venter på bekreftelse" : `${waiting} venter på bekreftelse`}
        </BodyShort>
      ))}
    </VStack>
  );
}
