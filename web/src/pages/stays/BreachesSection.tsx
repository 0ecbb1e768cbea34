// House-rule breaches: what happened (documented) and what the resident said about it. They are
// the facts a decision to end the place may rest on.
import { hasMovedOut } from "./stayDue";
import { BodyShort, Box, Button, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";

export function BreachesSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("breach");
  const [occurredOn, setOccurredOn] = useState(isoToday());
  const [description, setDescription] = useState("");
  const [account, setAccount] = useState("");

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.addBreach(stay.id, { occurredOn, description, residentAccount: account }),
    );
    if (result) {
      onChange(result);
      setDescription("");
      setAccount("");
    }
  }

  return (
    <Section id="breaches" title="Brudd på husreglene">
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        {stay.breaches.length === 0 && <BodyShort>Ingen brudd registrert.</BodyShort>}
        {stay.breaches.map((breach) => (
          <Box key={breach.id} padding="space-16" background="default" borderRadius="8">
            <BodyShort weight="semibold">{formatDate(breach.occurredOn)}</BodyShort>
            <BodyShort>{breach.description}</BodyShort>
            <BodyShort textColor="subtle">
              Beboerens forklaring: {breach.residentAccount || "ikke registrert"}
            </BodyShort>
          </Box>
        ))}
        {!hasMovedOut(stay, isoToday()) && (
          <form id="breach" onSubmit={add} noValidate>
            <VStack gap="space-8">
              <DateField
                {...form.field("occurredOn")}
                label="Dato"
                value={occurredOn}
                onChange={(value) => setOccurredOn(value)}
              />
              <Textarea
                {...form.field("description")}
                label="Hva skjedde"
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
              <Textarea
                {...form.field("residentAccount")}
                label="Beboerens egen forklaring"
                value={account}
                onChange={(e) => setAccount(e.target.value)}
              />
              {form.summary}
              <div>
                <Button type="submit" variant="secondary" loading={form.busy}>
                  Registrer bruddet
                </Button>
              </div>
            </VStack>
          </form>
        )}
      </VStack>
    </Section>
  );
}
