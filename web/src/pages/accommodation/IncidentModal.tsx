// Provider staff report an incident at a booking (docs/domain.md#rule-exclusion-by-a-provider): the
// day, what happened, what they did, and whether they have ended the stay. A check-out by the
// provider asks for it first: Nav is alerted at once and decides whether the place ends.
import { BodyShort, Button, Checkbox, Modal, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { ProviderBooking } from "../../api/client";
import { DateField } from "../../components/DateField";
import { useFormErrors } from "../../components/formErrors";
import { isoToday } from "../../format";

type Props = {
  booking: ProviderBooking | null;
  /** A check-out: the report ends the stay, and the check-out follows it. */
  checkOut: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
};

export function IncidentModal({ booking, checkOut, onClose, onDone }: Props) {
  const form = useFormErrors("incident");
  const [occurredOn, setOccurredOn] = useState(isoToday());
  const [facts, setFacts] = useState("");
  const [actionTaken, setActionTaken] = useState("");
  const [endsStay, setEndsStay] = useState(checkOut);
  useEffect(() => {
    setOccurredOn(isoToday());
    setFacts("");
    setActionTaken("");
    setEndsStay(checkOut);
  }, [booking, checkOut]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!booking) return;
    const done = await form.submit(async () => {
      await api.reportIncident(booking.id, {
        occurredOn,
        facts,
        actionTaken,
        endsStay: checkOut || endsStay,
      });
      if (checkOut) await api.placementStep(booking.id, "check-out");
      return true;
    });
    if (done)
      onDone(
        checkOut
          ? `Hendelsen er meldt til Nav og ${booking.personName} er sjekket ut.`
          : `Hendelsen er meldt til Nav: ${booking.personName}.`,
      );
  }

  return (
    <Modal
      open={booking !== null}
      onClose={onClose}
      header={{
        heading: checkOut
          ? `Sjekk ut: ${booking?.personName ?? ""}`
          : `Meld hendelse: ${booking?.personName ?? ""}`,
        size: "small",
      }}
      width="medium"
    >
      <form id="incident" onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            <BodyShort>
              {checkOut ? "Meld hva som skjedde før dere sjekker ut. " : ""}Nav får beskjed med en
              gang og snakker med personen før Nav avgjør om botilbudet stanses.
            </BodyShort>
            <DateField
              {...form.field("occurredOn")}
              label="Når skjedde det"
              value={occurredOn}
              onChange={setOccurredOn}
            />
            <Textarea
              {...form.field("facts")}
              label="Hva skjedde"
              description="Beskriv det dere så og hørte, minst 10 tegn."
              value={facts}
              maxLength={4000}
              onChange={(e) => setFacts(e.target.value)}
            />
            <Textarea
              {...form.field("actionTaken")}
              label="Hva gjorde dere"
              description="Og hvor er personen nå, om dere vet det."
              value={actionTaken}
              maxLength={4000}
              onChange={(e) => setActionTaken(e.target.value)}
            />
            {!checkOut && (
              <Checkbox checked={endsStay} onChange={(e) => setEndsStay(e.target.checked)}>
                Vi har avsluttet oppholdet eller stengt personen ute
              </Checkbox>
            )}
            {form.summary}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" variant={checkOut ? "danger" : "primary"} loading={form.busy}>
            {checkOut ? "Meld og sjekk ut" : "Meld hendelsen"}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Avbryt
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
