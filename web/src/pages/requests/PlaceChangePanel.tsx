// A move to another place after the vedtak (docs/domain.md#rule-vedtak-names-the-offer): an amending
// vedtak naming the new place, from when and why, and whether the person agreed. It has its own
// letter, which the person can appeal (that the new place is not adequate, for instance).
import {
  BodyShort,
  Button,
  Checkbox,
  Heading,
  Link,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { DecisionView } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";
import { formatDate } from "../../format";

export function PlaceChangePanel({
  requestId,
  view,
  onChange,
}: {
  requestId: number;
  view: DecisionView;
  onChange: (view: DecisionView) => void;
}) {
  const form = useFormErrors("place-change");
  const [open, setOpen] = useState(false);
  const [provider, setProvider] = useState("");
  const [address, setAddress] = useState("");
  const [fromDate, setFromDate] = useState("");
  const [reason, setReason] = useState("");
  const [personAgrees, setPersonAgrees] = useState(false);
  const [done, setDone] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.changePlace(requestId, {
        provider,
        address,
        ...(fromDate ? { fromDate } : {}),
        reason,
        personAgrees,
      }),
    );
    if (result) {
      onChange(result);
      setOpen(false);
      setProvider("");
      setAddress("");
      setFromDate("");
      setReason("");
      setPersonAgrees(false);
      setDone("Vedtaket om endring av stedet er fattet. Last ned brevet og gi det til personen.");
    }
  }

  return (
    <VStack gap="space-8">
      {view.placeChanges.map((change) => (
        <BodyShort key={change.id}>
          Endret sted fra {formatDate(change.fromDate)}: {change.provider}, {change.address}.{" "}
          <Link href={api.placeChangeLetterUrl(requestId, change.id)} download>
            <FilePdfIcon aria-hidden /> Vedtak om endring av stedet (PDF)
          </Link>
        </BodyShort>
      ))}
      <SuccessStatus message={done} />
      {open ? (
        <form id="place-change" onSubmit={save} noValidate>
          <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
            <Heading level="4" size="xsmall">
              Endre stedet (nytt vedtak med klagerett)
            </Heading>
            <TextField
              {...form.field("provider")}
              label="Hvem driver det nye stedet"
              value={provider}
              onChange={(e) => setProvider(e.target.value)}
            />
            <TextField
              {...form.field("address")}
              label="Adressen til det nye stedet"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
            <DateField
              {...form.field("fromDate")}
              label="Flytter dit fra"
              value={fromDate}
              onChange={(value) => setFromDate(value)}
            />
            <Textarea
              {...form.field("reason")}
              label="Hvorfor skal personen flytte?"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Checkbox checked={personAgrees} onChange={(e) => setPersonAgrees(e.target.checked)}>
              Personen er enig i å flytte
            </Checkbox>
            {form.summary}
            <div>
              <Button type="submit" loading={form.busy}>
                Fatt vedtak om endring
              </Button>
            </div>
          </VStack>
        </form>
      ) : (
        <div>
          <Button type="button" variant="secondary" size="small" onClick={() => setOpen(true)}>
            Endre stedet
          </Button>
        </div>
      )}
    </VStack>
  );
}
