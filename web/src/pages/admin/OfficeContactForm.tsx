// The office's contact details, printed on every letter it sends (forvaltningsloven § 27 third
// paragraph: the letter says where to turn). Used by the new-office form and by the editor of an
// existing office's details.
import { Button, Fieldset, Heading, Select, TextField, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Office } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";

export interface OfficeContact {
  postalAddress: string;
  phone: string;
  email: string;
  website: string;
  appealAuthority: string;
}

export const emptyContact: OfficeContact = {
  postalAddress: "",
  phone: "",
  email: "",
  website: "",
  appealAuthority: "",
};

export function contactOf(office: Office): OfficeContact {
  return {
    postalAddress: office.postalAddress,
    phone: office.phone,
    email: office.email,
    website: office.website,
    appealAuthority: office.appealAuthority,
  };
}

type Form = ReturnType<typeof useFormErrors>;

/** The five fields, with their errors from the API beside them. */
export function ContactFields({
  value,
  onChange,
  form,
}: {
  value: OfficeContact;
  onChange: (value: OfficeContact) => void;
  form: Form;
}) {
  const set = (field: keyof OfficeContact) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <Fieldset
      legend="Kontaktopplysninger på brev"
      description="Står på hvert brev kontoret sender, så mottakeren vet hvor klagen skal sendes og hvordan kontoret nås. Felt som står tomme, kommer ikke med."
    >
      <TextField
        {...form.field("postalAddress")}
        label="Postadresse"
        description="For eksempel Postboks 123, 8001 Bodø."
        value={value.postalAddress}
        onChange={set("postalAddress")}
        autoComplete="off"
      />
      <TextField
        {...form.field("phone")}
        label="Telefon"
        description="Åtte sifre, for eksempel 55 55 33 33."
        inputMode="tel"
        value={value.phone}
        onChange={set("phone")}
        autoComplete="off"
        htmlSize={20}
      />
      <TextField
        {...form.field("email")}
        label="E-post"
        type="email"
        value={value.email}
        onChange={set("email")}
        autoComplete="off"
      />
      <TextField
        {...form.field("website")}
        label="Nettside"
        description="For eksempel nav.no/bodo."
        value={value.website}
        onChange={set("website")}
        autoComplete="off"
      />
      <TextField
        {...form.field("appealAuthority")}
        label="Klageinstans"
        description="Statsforvalteren som avgjør klager, for eksempel Statsforvalteren i Nordland."
        value={value.appealAuthority}
        onChange={set("appealAuthority")}
        autoComplete="off"
      />
    </Fieldset>
  );
}

/** Choose an office and change its contact details. */
export function EditOfficeContact({
  offices,
  onSaved,
}: {
  offices: Office[];
  onSaved: () => void;
}) {
  const [officeId, setOfficeId] = useState<number | null>(null);
  const [contact, setContact] = useState<OfficeContact>(emptyContact);
  const [saved, setSaved] = useState("");
  const form = useFormErrors("office-contact");
  const office = offices.find((o) => o.id === officeId) ?? offices[0];

  useEffect(() => {
    if (office) setContact(contactOf(office));
    // Only when another office is chosen (or first loaded), not when the list reloads.
  }, [office?.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!office) return;
    setSaved("");
    const updated = await form.submit(() =>
      api.updateOffice(office.id, {
        name: office.name,
        unitNumber: office.unitNumber,
        municipalityNumbers: office.municipalityNumbers,
        decisionsNeedApproval: office.decisionsNeedApproval,
        ...contact,
      }),
    );
    if (!updated) return;
    setContact(contactOf(updated));
    setSaved(`Lagret kontaktopplysningene for ${updated.name}.`);
    onSaved();
  }

  if (!office) return null;
  return (
    <section aria-labelledby="office-contact-heading">
      <form id="office-contact" onSubmit={submit} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "32rem" }}>
          <Heading level="2" size="medium" id="office-contact-heading">
            Endre kontaktopplysninger
          </Heading>
          <Select
            label="Kontor"
            value={office.id}
            onChange={(e) => {
              setOfficeId(Number(e.target.value));
              setSaved("");
              form.clear();
            }}
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          <ContactFields value={contact} onChange={setContact} form={form} />
          {form.summary}
          <div role="status">{saved}</div>
          <div>
            <Button type="submit" loading={form.busy}>
              Lagre kontaktopplysninger
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
