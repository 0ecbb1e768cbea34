// A provider's details: name, kind (survey Label24), offer type for the municipality's own
// (Label7), contact details, the municipalities it takes people from, and its contacts.
import { Button, Checkbox, HStack, TextField, Textarea, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import type { Provider, ProviderInput } from "../../api/client";
import { CodeSelect } from "../../components/CodeFields";
import { RepeatingRow } from "../../components/RepeatingRow";
import { useFormErrors } from "../../components/formErrors";
import { useRows } from "../../components/useRows";

type Contact = { name: string; role?: string; phone?: string; email?: string };

export function ProviderForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial?: Provider;
  submitLabel: string;
  onSave: (input: ProviderInput) => Promise<unknown>;
}) {
  const form = useFormErrors(initial ? `provider-${initial.id}` : "new-provider");
  const [name, setName] = useState(initial?.name ?? "");
  const [kind, setKind] = useState(initial?.kind ?? "");
  const [offerType, setOfferType] = useState(initial?.offerType ?? "");
  const [organizationNumber, setOrganizationNumber] = useState(initial?.organizationNumber ?? "");
  const [address, setAddress] = useState(initial?.address ?? "");
  const [phone, setPhone] = useState(initial?.phone ?? "");
  const [email, setEmail] = useState(initial?.email ?? "");
  const [municipalities, setMunicipalities] = useState(
    (initial?.municipalityNumbers ?? []).join(", "),
  );
  const [note, setNote] = useState(initial?.note ?? "");
  const [active, setActive] = useState(initial?.active ?? true);
  const contacts = useRows<Contact>(initial?.contacts ?? []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.submit(() =>
      onSave({
        name,
        kind,
        offerType: kind === "kommunal" ? offerType : "",
        organizationNumber,
        address,
        phone,
        email,
        note,
        active,
        municipalityNumbers: municipalities
          .split(/[\s,]+/)
          .map((value) => value.trim())
          .filter(Boolean),
        contacts: contacts.rows,
      }),
    );
  }

  return (
    <form id={initial ? `provider-${initial.id}` : "new-provider"} onSubmit={submit} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "44rem" }}>
        <TextField
          {...form.field("name")}
          label="Navn"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <CodeSelect
          {...form.field("kind")}
          list="providerKind"
          label="Type botilbud"
          placeholder="Velg"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        />
        {kind === "kommunal" && (
          <CodeSelect
            {...form.field("offerType")}
            list="offerType"
            label="Type kommunalt botilbud"
            placeholder="Velg"
            value={offerType}
            onChange={(e) => setOfferType(e.target.value)}
          />
        )}
        <TextField
          {...form.field("municipalityNumbers")}
          label="Kommuner tilbyderen tar imot folk fra"
          description="Kommunenummer, skilt med komma (for eksempel 1804, 1841)"
          value={municipalities}
          onChange={(e) => setMunicipalities(e.target.value)}
        />
        <HStack gap="space-16" wrap>
          <TextField
            {...form.field("organizationNumber")}
            label="Organisasjonsnummer (valgfritt)"
            htmlSize={12}
            value={organizationNumber}
            onChange={(e) => setOrganizationNumber(e.target.value)}
          />
          <TextField
            {...form.field("phone")}
            label="Telefon"
            htmlSize={14}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
          <TextField
            {...form.field("email")}
            label="E-post"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </HStack>
        <TextField
          {...form.field("address")}
          label="Adresse"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <VStack gap="space-8">
          {contacts.rows.map((contact, index) => (
            <RepeatingRow
              key={index}
              legend={`Kontaktperson ${index + 1}`}
              onRemove={() => contacts.remove(index)}
            >
              <TextField
                {...form.field(`contacts.${index}.name`)}
                label="Navn"
                value={contact.name}
                onChange={(e) => contacts.update(index, { name: e.target.value })}
              />
              <TextField
                label="Rolle"
                value={contact.role ?? ""}
                onChange={(e) => contacts.update(index, { role: e.target.value })}
              />
              <TextField
                label="Telefon"
                htmlSize={14}
                value={contact.phone ?? ""}
                onChange={(e) => contacts.update(index, { phone: e.target.value })}
              />
            </RepeatingRow>
          ))}
          <div>
            <Button
              type="button"
              size="small"
              variant="tertiary"
              icon={<PlusIcon aria-hidden />}
              onClick={() => contacts.add({ name: "" })}
            >
              Legg til kontaktperson
            </Button>
          </div>
        </VStack>
        <Textarea
          {...form.field("note")}
          label="Merknad"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {initial && (
          <Checkbox checked={active} onChange={(e) => setActive(e.target.checked)}>
            Tilbyderen er i bruk
          </Checkbox>
        )}
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
