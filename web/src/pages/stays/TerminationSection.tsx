// Ending a place against the person's will is a decision (vedtak om stans): it rests on
// documented facts and the person's own account, and gives a letter with the right to appeal.
import {
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  ExpansionCard,
  Link,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";

export function TerminationSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("termination");
  const [effectiveOn, setEffectiveOn] = useState(isoToday());
  const [breachIds, setBreachIds] = useState<string[]>([]);
  const [facts, setFacts] = useState("");
  const [account, setAccount] = useState("");
  const [considerations, setConsiderations] = useState("");
  const [informedOn, setInformedOn] = useState(isoToday());

  if (stay.termination)
    return (
      <Section id="termination" title="Vedtak om stans">
        <Box background="default" padding="space-24" borderRadius="8">
          <BodyShort>
            Botilbudet ble stanset fra {formatDate(stay.termination.effectiveOn)}. Klagefrist:{" "}
            {formatDate(stay.termination.appealDeadline)}.
          </BodyShort>
          <Link href={api.terminationLetterUrl(stay.id)} download>
            <FilePdfIcon aria-hidden /> Last ned brevet om stans (PDF)
          </Link>
        </Box>
      </Section>
    );

  async function decide(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.terminate(stay.id, {
        effectiveOn,
        breachIds: breachIds.map(Number),
        facts,
        residentAccount: account,
        considerations,
        informedOn,
      }),
    );
    if (result) onChange(result);
  }

  return (
    <Section id="termination" title="Vedtak om stans">
      <ExpansionCard aria-label="Stans av botilbudet" size="small">
        <ExpansionCard.Header>
          <ExpansionCard.Title as="h3" size="small">
            Stanse botilbudet mot personens vilje
          </ExpansionCard.Title>
          <ExpansionCard.Description>
            Et vedtak: personen skal ha uttalt seg, og faktum skal være dokumentert.
          </ExpansionCard.Description>
        </ExpansionCard.Header>
        <ExpansionCard.Content>
          <form id="termination" onSubmit={decide} noValidate>
            <VStack gap="space-16">
              <DateField
                {...form.field("effectiveOn")}
                label="Botilbudet opphører fra"
                description="dd.mm.åååå, ikke tilbake i tid"
                value={effectiveOn}
                onChange={(value) => setEffectiveOn(value)}
              />
              {stay.breaches.length > 0 && (
                <CheckboxGroup
                  {...form.field("breachIds")}
                  legend="Registrerte brudd vedtaket bygger på"
                  value={breachIds}
                  onChange={setBreachIds}
                >
                  {stay.breaches.map((breach) => (
                    <Checkbox key={breach.id} value={String(breach.id)}>
                      {formatDate(breach.occurredOn)}: {breach.description}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
              )}
              <Textarea
                {...form.field("facts")}
                label="Faktiske forhold (dokumentasjon)"
                value={facts}
                onChange={(e) => setFacts(e.target.value)}
              />
              <Textarea
                {...form.field("residentAccount")}
                label="Personens egen forklaring"
                description="Personen skal ha fått uttale seg før vedtaket (forvaltningsloven § 16)"
                value={account}
                onChange={(e) => setAccount(e.target.value)}
              />
              <Textarea
                {...form.field("considerations")}
                label="Avgjørende hensyn, og hvor personen kan bo i stedet"
                value={considerations}
                onChange={(e) => setConsiderations(e.target.value)}
              />
              <DateField
                {...form.field("informedOn")}
                label="Dato personen får vite om vedtaket"
                value={informedOn}
                onChange={(value) => setInformedOn(value)}
              />
              {form.summary}
              <div>
                <Button type="submit" variant="danger" loading={form.busy}>
                  Fatt vedtak om stans
                </Button>
              </div>
            </VStack>
          </form>
        </ExpansionCard.Content>
      </ExpansionCard>
    </Section>
  );
}
