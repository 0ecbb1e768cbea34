// Provider staff: who is booked into their own units — name, dates, phone, household size — and
// nothing else; they confirm on-request bookings and check people in and out.
import { Alert, BodyShort, Button, HStack, Heading, Table, VStack } from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import { api } from "../../api/client";
import type { PlacementStep, ProviderBooking } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";
import { PlacementStatus } from "../../api/statuses";

// What provider staff may do at each step of a booking (one row per status: a new status fails
// \`tsc\` here until it is decided).
const actions: Record<PlacementStatus, { step: PlacementStep; text: string }[]> = {
  [PlacementStatus.awaitingConfirmation]: [
    { step: "confirm", text: "Bekreft" },
    { step: "decline", text: "Avvis" },
  ],
  [PlacementStatus.booked]: [{ step: "check-in", text: "Sjekk inn" }],
  [PlacementStatus.checkedIn]: [{ step: "check-out", text: "Sjekk ut" }],
  [PlacementStatus.checkedOut]: [],
  [PlacementStatus.cancelled]: [],
  [PlacementStatus.declined]: [],
};
const actionsFor = (status: string) =>
  Object.hasOwn(actions, status) ? actions[status as PlacementStatus] : [];

export function ProviderBookingsPage() {
  const [bookings, setBookings] = useState<ProviderBooking[] | null>(null);
  const [status, setStatus] = useState("");
  const form = useFormErrors("bookings");
  const codes = useCodes();
  const reload = useCallback(() => {
    api.providerBookings().then((result) => setBookings(result.bookings), form.fail);
  }, []);
  useEffect(reload, [reload]);

  async function act(booking: ProviderBooking, step: PlacementStep, text: string) {
    if (await form.submit(() => api.placementStep(booking.id, step))) {
      setStatus(`${text}: ${booking.personName}, ${booking.unitName}.`);
      reload();
    }
  }

  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Bookinger hos oss
      </Heading>
      {form.summary}
      <div role="status">{status}</div>
      {bookings && bookings.length === 0 && <BodyShort>Ingen er booket inn hos dere nå.</BodyShort>}
      {bookings && bookings.length > 0 && (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">Personer</Table.HeaderCell>
              <Table.HeaderCell scope="col">Telefon</Table.HeaderCell>
              <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
              <Table.HeaderCell scope="col">Til</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {bookings.map((booking) => (
              <Table.Row key={booking.id}>
                <Table.DataCell>
                  {booking.providerName}: {booking.unitName}
                </Table.DataCell>
                <Table.DataCell>{booking.personName}</Table.DataCell>
                <Table.DataCell>{booking.persons}</Table.DataCell>
                <Table.DataCell>{booking.phone || "—"}</Table.DataCell>
                <Table.DataCell>{formatDate(booking.from)}</Table.DataCell>
                <Table.DataCell>{formatDate(booking.to) || "Åpen"}</Table.DataCell>
                <Table.DataCell>{label(codes, "placementStatus", booking.status)}</Table.DataCell>
                <Table.DataCell>
                  <HStack gap="space-4">
                    {actionsFor(booking.status).map((action) => (
                      <Button
                        key={action.step}
                        size="xsmall"
                        variant="secondary"
                        onClick={() => void act(booking, action.step, action.text)}
                      >
                        {action.text}
                        <span className="aksel-sr-only"> {booking.personName}</span>
                      </Button>
                    ))}
                  </HStack>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!bookings && form.errors.length === 0 && <Alert variant="info">Henter bookinger …</Alert>}
    </VStack>
  );
}
