// The person's representative (fullmektig, forvaltningsloven § 12; docs/domain.md «representative»):
// name and address, recorded with who and when. Every decision letter then names them as the copy
// recipient («Kopi til fullmektig») and tells the person so.
import { BodyShort, Button, HStack, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Schemas } from "../../api/client";
import { cite, useCodes } from "../../api/codes";
import { Section } from "../../components/Section";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";

type Representative = Schemas["Representative"];

export function RepresentativeSection({
  personId,
  initial,
}: {
  personId: number;
  initial: Representative | null;
}) {
  const codes = useCodes();
  const form = useFormErrors("representative");
  const [representative, setRepresentative] = useState<Representative | null>(initial);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(initial?.name ?? "");
  const [address, setAddress] = useState(initial?.address ?? "");

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() => api.setRepresentative(personId, { name, address }));
    if (saved) {
      setRepresentative(saved);
      setEditing(false);
    }
  }

  async function remove() {
    const done = await form.submit(async () => {
      await api.removeRepresentative(personId);
      return true;
    });
    if (done) {
      setRepresentative(null);
      setName("");
      setAddress("");
    }
  }

  return (
    <Section id="representative" title="Fullmektig">
      <BodyShort spacing>
        Personen kan la en advokat eller en annen person føre saken for seg (
        {cite(codes, "fvl_fullmektig")}). Fullmektigen får kopi av vedtaksbrevene.
      </BodyShort>
      {representative && !editing && (
        <VStack gap="space-8">
          <BodyShort>
            {representative.name}, {representative.address}
          </BodyShort>
          <BodyShort size="small" textColor="subtle">
            Registrert {formatDate(representative.recordedAt.slice(0, 10))} av{" "}
            {representative.recordedByName}
          </BodyShort>
          <HStack gap="space-8">
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              Endre fullmektig
            </Button>
            <Button size="small" variant="tertiary" onClick={remove} loading={form.busy}>
              Fjern fullmektig
            </Button>
          </HStack>
        </VStack>
      )}
      {!representative && !editing && (
        <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
          Registrer fullmektig
        </Button>
      )}
      {editing && (
        <form onSubmit={save} noValidate id="representative">
          <VStack gap="space-12" style={{ maxWidth: "30rem" }}>
            {form.summary}
            <TextField
              {...form.field("name")}
              label="Navn på fullmektigen"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              {...form.field("address")}
              label="Adresse"
              description="Hit sendes kopien av brevene"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
            <HStack gap="space-8">
              <Button type="submit" size="small" loading={form.busy}>
                Lagre fullmektig
              </Button>
              <Button
                type="button"
                size="small"
                variant="tertiary"
                onClick={() => {
                  form.clear();
                  setEditing(false);
                }}
              >
                Avbryt
              </Button>
            </HStack>
          </VStack>
        </form>
      )}
    </Section>
  );
}
