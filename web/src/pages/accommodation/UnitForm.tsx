// A unit's details: kind, where it is, capacity (rooms and beds; none needed where the provider
// books on request), facilities, staffing, who it suits and does not, the fire requirement.
import { Button, Checkbox, HStack, TextField, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import type { UnitDetail, UnitInput } from "../../api/client";
import { CodeCheckboxGroup, CodeSelect } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { isoToday } from "../../format";
import { DateField } from "../../components/DateField";

export function UnitForm({
  formId,
  initial,
  onRequest,
  withPrice,
  submitLabel,
  onSave,
}: {
  formId: string;
  initial?: UnitDetail;
  onRequest: boolean;
  withPrice: boolean;
  submitLabel: string;
  onSave: (input: UnitInput & { pricePerNight?: number; priceFrom?: string }) => Promise<unknown>;
}) {
  const form = useFormErrors(formId);
  const [name, setName] = useState(initial?.name ?? "");
  const [kind, setKind] = useState(initial?.kind ?? "rom");
  const [municipalityNumber, setMunicipalityNumber] = useState(initial?.municipalityNumber ?? "");
  const [rooms, setRooms] = useState(String(initial?.rooms ?? (onRequest ? "" : 1)));
  const [beds, setBeds] = useState(String(initial?.beds ?? (onRequest ? "" : 1)));
  const [facilities, setFacilities] = useState<string[]>(initial?.facilities ?? []);
  const [staffing, setStaffing] = useState(initial?.staffing ?? "");
  const [suits, setSuits] = useState<string[]>(initial?.suits ?? []);
  const [notSuits, setNotSuits] = useState<string[]>(initial?.notSuits ?? []);
  const [selfEvacuation, setSelfEvacuation] = useState(initial?.requiresSelfEvacuation ?? false);
  const [nightShelter, setNightShelter] = useState(initial?.nightShelter ?? false);
  const [active, setActive] = useState(initial?.active ?? true);
  const [note, setNote] = useState(initial?.note ?? "");
  const [price, setPrice] = useState("");
  const [priceFrom, setPriceFrom] = useState(isoToday());

  const number = (text: string) => (text.trim() === "" ? 0 : Number(text));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.submit(() =>
      onSave({
        name,
        kind,
        municipalityNumber,
        rooms: number(rooms),
        beds: number(beds),
        facilities,
        staffing,
        suits,
        notSuits,
        requiresSelfEvacuation: selfEvacuation,
        nightShelter,
        active,
        note,
        ...(withPrice && price.trim() !== "" ? { pricePerNight: number(price), priceFrom } : {}),
      }),
    );
  }

  return (
    <form id={formId} onSubmit={submit} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "44rem" }}>
        <HStack gap="space-16" wrap>
          <TextField
            {...form.field("name")}
            label="Navn på enheten"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <CodeSelect
            {...form.field("kind")}
            list="unitKind"
            label="Type enhet"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          />
          <TextField
            {...form.field("municipalityNumber")}
            label="Kommunenummer"
            htmlSize={6}
            value={municipalityNumber}
            onChange={(e) => setMunicipalityNumber(e.target.value)}
          />
        </HStack>
        <HStack gap="space-16" wrap>
          <TextField
            {...form.field("rooms")}
            label="Rom"
            description={
              onRequest ? "Valgfritt: bookes på forespørsel" : "Husstander får et helt rom"
            }
            inputMode="numeric"
            htmlSize={6}
            value={rooms}
            onChange={(e) => setRooms(e.target.value)}
          />
          <TextField
            {...form.field("beds")}
            label="Senger"
            description="Enslige voksne får en seng"
            inputMode="numeric"
            htmlSize={6}
            value={beds}
            onChange={(e) => setBeds(e.target.value)}
          />
          {withPrice && (
            <TextField
              {...form.field("pricePerNight")}
              label="Pris per natt (kr)"
              inputMode="numeric"
              htmlSize={8}
              value={price}
              onChange={(e) => setPrice(e.target.value)}
            />
          )}
          {withPrice && (
            <DateField
              {...form.field("fromDate")}
              label="Prisen gjelder fra"
              value={priceFrom}
              onChange={(value) => setPriceFrom(value)}
            />
          )}
        </HStack>
        <CodeSelect
          {...form.field("staffing")}
          list="staffing"
          label="Bemanning"
          placeholder="Velg"
          value={staffing}
          onChange={(e) => setStaffing(e.target.value)}
        />
        <CodeCheckboxGroup
          {...form.field("facilities")}
          list="facility"
          legend="Fasiliteter"
          value={facilities}
          onChange={setFacilities}
        />
        <HStack gap="space-32" wrap>
          <CodeCheckboxGroup
            {...form.field("suits")}
            list="targetGroup"
            legend="Passer for"
            description="«Personer som bruker rusmidler» betyr at barnefamilier ikke kan bo der."
            value={suits}
            onChange={setSuits}
          />
          <CodeCheckboxGroup
            {...form.field("notSuits")}
            list="targetGroup"
            legend="Passer ikke for"
            value={notSuits}
            onChange={setNotSuits}
          />
        </HStack>
        <Checkbox checked={selfEvacuation} onChange={(e) => setSelfEvacuation(e.target.checked)}>
          Beboerne må kunne evakuere seg selv ved brann (risikoklasse 4)
        </Checkbox>
        <Checkbox
          checked={nightShelter}
          onChange={(e) => setNightShelter(e.target.checked)}
          description="Bare overnatting. Opphold i natthjem telles for seg, ikke i KOSTRA-tallene."
        >
          Natthjem
        </Checkbox>
        {initial && (
          <Checkbox checked={active} onChange={(e) => setActive(e.target.checked)}>
            Enheten er i bruk
          </Checkbox>
        )}
        <Textarea
          {...form.field("note")}
          label="Merknad"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {form.summary}
        <div>
          <Button type="submit" loading={form.busy}>
            {submitLabel}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
