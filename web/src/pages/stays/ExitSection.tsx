// Moving out: the date and where to (docs/domain.md#exit-outcomes), and afterwards the after-care
// agreement (3 months of visits, phone calls or meetings) with its follow-up dates
// (docs/domain.md#after-care).
import { BodyShort, Button, Checkbox, HStack, TextField, Textarea, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { AfterCareInput, Schemas } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { ExitOutcome } from "../../api/statuses";
import { CodeCheckboxGroup, CodeRadioGroup, CodeSelect } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { RepeatingRow } from "../../components/RepeatingRow";
import { useRows } from "../../components/useRows";
import { formatDate, isoToday } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";

export function ExitSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("exit");
  const [endedOn, setEndedOn] = useState(isoToday());
  const [outcome, setOutcome] = useState("");
  const [transitKind, setTransitKind] = useState("");
  const [transitUntil, setTransitUntil] = useState("");
  const [note, setNote] = useState("");
  // «Avsluttet av tilbyder» rests on the provider's incident report that ended the stay, with the
  // person's account and Nav's assessment of a new place (docs/domain.md#rule-exclusion-by-a-provider).
  const [ending, setEnding] = useState<Schemas["Incident"] | null>(null);
  const byProvider = outcome === ExitOutcome.endedByProvider;
  useEffect(() => {
    if (!byProvider) return;
    api.stayIncidents(stay.id).then(
      (result) =>
        setEnding(result.incidents.filter((incident) => incident.endsStay).at(-1) ?? null),
      () => setEnding(null),
    );
  }, [byProvider, stay.id]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const transit = outcome === ExitOutcome.transit;
    const result = await form.submit(() =>
      api.recordExit(stay.id, {
        endedOn,
        outcome,
        ...(transit ? { transitKind, ...(transitUntil ? { transitUntil } : {}) } : {}),
        note,
        ...(byProvider && ending ? { incidentId: ending.id } : {}),
      }),
    );
    if (result) onChange(result);
  }

  return (
    <Section id="exit" title="Utflytting">
      <form id="exit" onSubmit={save} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
          <DateField
            {...form.field("endedOn")}
            label="Utflyttingsdato"
            value={endedOn}
            onChange={(value) => setEndedOn(value)}
          />
          <CodeRadioGroup
            {...form.field("outcome")}
            list="exitOutcome"
            include={(entry) => entry.code !== ExitOutcome.terminated}
            legend="Hvor flyttet personen?"
            value={outcome}
            onChange={setOutcome}
          />
          {outcome === ExitOutcome.transit && (
            <HStack gap="space-16">
              <CodeRadioGroup
                {...form.field("transitKind")}
                list="transitKind"
                legend="Overgangsløsning"
                value={transitKind}
                onChange={setTransitKind}
              />
              <DateField
                {...form.field("transitUntil")}
                label="Til og med"
                value={transitUntil}
                onChange={(value) => setTransitUntil(value)}
              />
            </HStack>
          )}
          {byProvider && (
            <BodyShort id={form.field("incidentId").id}>
              {ending
                ? `Bygger på hendelsen tilbyderen meldte ${formatDate(ending.occurredOn)}: ${ending.facts}`
                : "Tilbyderen har ikke meldt en hendelse som avsluttet oppholdet. Den må meldes, og Nav må ha skrevet ned personens forklaring og vurdert nytt botilbud, før utflyttingen kan registreres slik."}
            </BodyShort>
          )}
          {byProvider && form.field("incidentId").error && (
            <BodyShort className="aksel-error-message">{form.field("incidentId").error}</BodyShort>
          )}
          <Textarea
            {...form.field("note")}
            label="Merknad"
            description="Påkrevd når tilbyderen avsluttet oppholdet, eller ved «Annet»"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {form.summary}
          <div>
            <Button type="submit" loading={form.busy}>
              Registrer utflytting
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}

type ContactRow = AfterCareInput["contacts"] extends (infer T)[] | undefined ? T : never;

export function AfterCareSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("aftercare");
  const codes = useCodes();
  const care = stay.afterCare;
  const [agreedOn, setAgreedOn] = useState(care?.agreedOn ?? stay.exit?.endedOn ?? isoToday());
  const [forms, setForms] = useState<string[]>(care?.forms ?? []);
  const [offers, setOffers] = useState<string[]>(care?.offers ?? []);
  const [note, setNote] = useState(care?.note ?? "");
  const {
    rows: contacts,
    update,
    add,
    remove,
  } = useRows<ContactRow>((care?.contacts ?? []).map((c) => ({ ...c, doneOn: c.doneOn ?? "" })));
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.saveAfterCare(stay.id, {
        agreedOn,
        forms,
        offers: offers as AfterCareInput["offers"],
        note,
        contacts: contacts.map(({ doneOn, ...c }) => ({ ...c, ...(doneOn ? { doneOn } : {}) })),
      }),
    );
    if (result) {
      onChange(result);
      setStatus("Oppfølgingsavtalen er lagret.");
    }
  }

  return (
    <Section id="aftercare" title="Oppfølging etter utflytting">
      <form id="aftercare" onSubmit={save} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
          <BodyShort>
            {care
              ? `Avtalen gjelder ${formatDate(care.agreedOn)}–${formatDate(care.untilOn)}.`
              : "Tilby oppfølging i tre måneder etter utflyttingen."}
          </BodyShort>
          <DateField
            {...form.field("agreedOn")}
            label="Avtalt dato"
            description="Avtalen gjelder i tre måneder fra denne datoen"
            value={agreedOn}
            onChange={(value) => setAgreedOn(value)}
          />
          <CodeCheckboxGroup
            {...form.field("forms")}
            list="afterCareForm"
            legend="Form for oppfølging"
            value={forms}
            onChange={setForms}
          />
          <CodeCheckboxGroup
            {...form.field("offers")}
            list="afterCareOffer"
            legend="Annen oppfølging som er tilbudt"
            description="Å formidle kontakt med helse- og omsorgstjenestene krever samtykke fra personen."
            value={offers}
            onChange={setOffers}
          />
          {contacts.map((contact, index) => (
            <RepeatingRow
              key={index}
              legend={`Oppfølging ${index + 1}`}
              onRemove={() => remove(index)}
            >
              <DateField
                {...form.field(`contacts[${index}].plannedOn`)}
                label="Planlagt"
                value={contact.plannedOn}
                onChange={(value) => update(index, { plannedOn: value })}
              />
              <CodeSelect
                {...form.field(`contacts[${index}].form`)}
                list="afterCareForm"
                label="Form"
                value={contact.form}
                onChange={(e) => update(index, { form: e.target.value })}
              />
              <Checkbox
                checked={!!contact.doneOn}
                onChange={(e) => update(index, { doneOn: e.target.checked ? isoToday() : "" })}
              >
                Gjennomført{contact.doneOn ? ` ${formatDate(contact.doneOn)}` : ""}
              </Checkbox>
              <TextField
                {...form.field(`contacts[${index}].note`)}
                label="Merknad"
                value={contact.note ?? ""}
                onChange={(e) => update(index, { note: e.target.value })}
              />
            </RepeatingRow>
          ))}
          <Textarea
            {...form.field("note")}
            label="Merknad til avtalen"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {form.summary}
          <SuccessStatus message={status} />
          <HStack gap="space-8">
            <Button
              type="button"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={() =>
                add({ plannedOn: agreedOn, form: forms[0] ?? "telefon", doneOn: "", note: "" })
              }
            >
              Legg til oppfølgingsdato
            </Button>
            <Button type="submit" loading={form.busy}>
              Lagre oppfølgingsavtalen
            </Button>
          </HStack>
          {care && (
            <BodyShort size="small" textColor="subtle">
              Former: {care.forms.map((f) => label(codes, "afterCareForm", f)).join(", ")}
            </BodyShort>
          )}
        </VStack>
      </form>
    </Section>
  );
}
