// The bo- og oppfølgingsavtale: period, what each side commits to, the date it was signed.
import { hasMovedOut } from "./stayDue";
import { BodyShort, Button, HStack, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDateTime, isoToday } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";

export function AgreementSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("agreement");
  const agreement = stay.agreement;
  const [periodFrom, setPeriodFrom] = useState(agreement?.periodFrom ?? stay.startedOn);
  const [periodTo, setPeriodTo] = useState(agreement?.periodTo ?? stay.periodTo ?? "");
  const [resident, setResident] = useState(agreement?.residentCommitments ?? "");
  const [office, setOffice] = useState(agreement?.officeCommitments ?? "");
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? "");
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.saveAgreement(stay.id, {
        periodFrom,
        periodTo,
        residentCommitments: resident,
        officeCommitments: office,
        ...(signedOn ? { signedOn } : {}),
      }),
    );
    if (result) {
      onChange(result);
      setStatus("Avtalen er lagret.");
    }
  }

  return (
    <Section id="agreement" title="Bo- og oppfølgingsavtale">
      <form id="agreement" onSubmit={save} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
          <BodyShort size="small" textColor="subtle">
            Avtalen er ikke en leiekontrakt. Den sier hva beboeren og Nav-kontoret forventer av
            hverandre i perioden.
            {agreement && ` Sist endret ${formatDateTime(agreement.updatedAt)}.`}
          </BodyShort>
          <HStack gap="space-16">
            <DateField
              {...form.field("periodFrom")}
              label="Fra og med"
              value={periodFrom}
              onChange={(value) => setPeriodFrom(value)}
            />
            <DateField
              {...form.field("periodTo")}
              label="Til og med"
              value={periodTo}
              onChange={(value) => setPeriodTo(value)}
            />
          </HStack>
          <Textarea
            {...form.field("residentCommitments")}
            label="Beboeren forplikter seg til"
            value={resident}
            onChange={(e) => setResident(e.target.value)}
          />
          <Textarea
            {...form.field("officeCommitments")}
            label="Nav-kontoret og botilbudet forplikter seg til"
            value={office}
            onChange={(e) => setOffice(e.target.value)}
          />
          <DateField
            {...form.field("signedOn")}
            label="Signert dato (tom hvis ikke signert ennå)"
            value={signedOn}
            onChange={(value) => setSignedOn(value)}
          />
          {form.summary}
          <SuccessStatus message={status} />
          <div>
            <Button type="submit" loading={form.busy} disabled={hasMovedOut(stay, isoToday())}>
              Lagre avtalen
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
