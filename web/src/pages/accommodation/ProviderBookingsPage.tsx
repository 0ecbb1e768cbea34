// Provider staff: who is booked into their own units — name, dates, phone, household size — and
// nothing else; they confirm on-request bookings and check people in and out. One card per
// booking, so it works on a phone as on a desk; what happened is said in a place that keeps its
// height, so no button moves under the pointer; a refusal is confirmed first. An incident can be
// reported from any card at any time, and a check-out asks for it (the provider ends the stay: Nav
// is alerted and decides, docs/domain.md#rule-exclusion-by-a-provider).
import {
  BodyShort,
  Box,
  Button,
  HGrid,
  HStack,
  Heading,
  Link,
  Loader,
  Modal,
  Tag,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client";
import type { PlacementStep, ProviderBooking } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";
import { PlacementStatus } from "../../api/statuses";
import { SuccessStatus } from "../../components/SuccessStatus";
import { IncidentModal } from "./IncidentModal";

type Action = {
  step: PlacementStep;
  text: string;
  /** What happened, for the status line: "Bekreftet". */
  done: string;
  /** Asked before it is done: one that cannot be undone. */
  confirm?: string;
  /** Asks for the incident report first (a check-out by the provider ends the stay). */
  incident?: boolean;
};

// What provider staff may do at each step of a booking (one row per status: a new status fails
// `tsc` here until it is decided).
const actions: Record<PlacementStatus, Action[]> = {
  [PlacementStatus.awaitingConfirmation]: [
    { step: "confirm", text: "Bekreft", done: "Bekreftet" },
    {
      step: "decline",
      text: "Avvis",
      done: "Avvist",
      confirm: "Nav må da finne et annet sted for husstanden.",
    },
  ],
  [PlacementStatus.booked]: [{ step: "check-in", text: "Sjekk inn", done: "Sjekket inn" }],
  [PlacementStatus.checkedIn]: [
    {
      step: "check-out",
      text: "Sjekk ut",
      done: "Sjekket ut",
      incident: true,
    },
  ],
  [PlacementStatus.checkedOut]: [],
  [PlacementStatus.cancelled]: [],
  [PlacementStatus.declined]: [],
};
const actionsFor = (status: string) =>
  Object.hasOwn(actions, status) ? actions[status as PlacementStatus] : [];
// Where an incident can be reported: while the booking is alive or the person lives there.
const reportable: Record<PlacementStatus, boolean> = {
  [PlacementStatus.awaitingConfirmation]: true,
  [PlacementStatus.booked]: true,
  [PlacementStatus.checkedIn]: true,
  [PlacementStatus.checkedOut]: true,
  [PlacementStatus.cancelled]: false,
  [PlacementStatus.declined]: false,
};
const mayReport = (status: string) =>
  Object.hasOwn(reportable, status) && reportable[status as PlacementStatus];

export function ProviderBookingsPage() {
  const [bookings, setBookings] = useState<ProviderBooking[] | null>(null);
  const [status, setStatus] = useState("");
  const [asking, setAsking] = useState<{ booking: ProviderBooking; action: Action } | null>(null);
  const [reporting, setReporting] = useState<{
    booking: ProviderBooking;
    checkOut: boolean;
  } | null>(null);
  const form = useFormErrors("bookings");
  const codes = useCodes();
  const reload = useCallback(() => {
    api.providerBookings().then((result) => setBookings(result.bookings), form.fail);
  }, []);
  useEffect(reload, [reload]);

  // After a step, the buttons rest for a moment: the next step's button appears where the last
  // one was (Bekreft → Sjekk inn), and a double tap must not take it too.
  const [resting, setResting] = useState(false);
  async function act(booking: ProviderBooking, action: Action) {
    setAsking(null);
    if (await form.submit(() => api.placementStep(booking.id, action.step))) {
      setStatus(`${action.done}: ${booking.personName}, ${booking.unitName}.`);
      setResting(true);
      window.setTimeout(() => setResting(false), 1200);
      reload();
    }
  }
  // What needs an answer first: waiting for confirmation, then arriving, then staying.
  const order: Record<string, number> = {
    [PlacementStatus.awaitingConfirmation]: 0,
    [PlacementStatus.booked]: 1,
    [PlacementStatus.checkedIn]: 2,
  };
  const sorted = [...(bookings ?? [])].sort(
    (a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3),
  );

  const waiting = (bookings ?? []).filter(
    (booking) => booking.status === PlacementStatus.awaitingConfirmation,
  ).length;
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Bookinger hos oss
      </Heading>
      {bookings && bookings.length > 0 && (
        <BodyShort>
          {waiting === 0 ? "Ingen venter på bekreftelse." : `${waiting} venter på bekreftelse.`}
        </BodyShort>
      )}
      {form.summary}
      {/* Keeps its height: a message here never pushes the cards (and their buttons) down. */}
      <SuccessStatus message={status} className="husly-status-line" />
      {bookings && bookings.length === 0 && <BodyShort>Ingen er booket inn hos dere nå.</BodyShort>}
      {bookings && bookings.length > 0 && (
        <HGrid as="ul" columns={{ xs: 1, md: 2, lg: 3 }} gap="space-16" className="husly-cards">
          {sorted.map((booking) => (
            <li key={booking.id}>
              <Box background="default" padding="space-16" borderRadius="8" borderWidth="1">
                <VStack gap="space-8">
                  <HStack justify="space-between" align="start" gap="space-8">
                    <Heading level="2" size="small">
                      {booking.personName}
                    </Heading>
                    <Tag size="small" variant="neutral">
                      {label(codes, "placementStatus", booking.status)}
                    </Tag>
                  </HStack>
                  <BodyShort>
                    {booking.providerName}: {booking.unitName}
                  </BodyShort>
                  <BodyShort>
                    {formatDate(booking.from)} – {formatDate(booking.to) || "åpen slutt"},{" "}
                    {booking.persons} {booking.persons === 1 ? "person" : "personer"}
                  </BodyShort>
                  <BodyShort>
                    Telefon:{" "}
                    {booking.phone ? (
                      <Link href={`tel:${booking.phone}`}>{booking.phone}</Link>
                    ) : (
                      "—"
                    )}
                  </BodyShort>
                  <HStack gap="space-8">
                    {actionsFor(booking.status).map((action) => (
                      <Button
                        key={action.step}
                        size="small"
                        variant={action.confirm ? "secondary" : "primary"}
                        loading={form.busy}
                        disabled={resting}
                        onClick={() =>
                          action.incident
                            ? setReporting({ booking, checkOut: true })
                            : action.confirm
                              ? setAsking({ booking, action })
                              : void act(booking, action)
                        }
                      >
                        {action.text}
                        <span className="aksel-sr-only"> {booking.personName}</span>
                      </Button>
                    ))}
                    {mayReport(booking.status) && (
                      <Button
                        size="small"
                        variant="tertiary"
                        disabled={resting}
                        onClick={() => setReporting({ booking, checkOut: false })}
                      >
                        Meld hendelse
                        <span className="aksel-sr-only"> {booking.personName}</span>
                      </Button>
                    )}
                  </HStack>
                </VStack>
              </Box>
            </li>
          ))}
        </HGrid>
      )}
      {!bookings && form.errors.length === 0 && <Loader size="large" title="Henter bookinger …" />}
      <IncidentModal
        booking={reporting?.booking ?? null}
        checkOut={reporting?.checkOut ?? false}
        onClose={() => setReporting(null)}
        onDone={(message) => {
          setReporting(null);
          setStatus(message);
          reload();
        }}
      />
      <Modal
        open={asking !== null}
        onClose={() => setAsking(null)}
        header={{
          heading: asking ? `${asking.action.text}: ${asking.booking.personName}?` : "",
          size: "small",
        }}
        width="small"
      >
        <Modal.Body>
          <BodyShort>
            {asking?.booking.unitName}. {asking?.action.confirm}
          </BodyShort>
        </Modal.Body>
        <Modal.Footer>
          <Button
            type="button"
            variant="danger"
            onClick={() => asking && void act(asking.booking, asking.action)}
          >
            {asking?.action.text}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setAsking(null)}>
            Avbryt
          </Button>
        </Modal.Footer>
      </Modal>
    </VStack>
  );
}
