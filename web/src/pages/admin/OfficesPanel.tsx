import {
  Button,
  Checkbox,
  Heading,
  Switch,
  Table,
  TextField,
  UNSAFE_Combobox,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Municipality, Office } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { ContactFields, EditOfficeContact, emptyContact } from "./OfficeContactForm";

export function OfficesPanel() {
  const [offices, setOffices] = useState<Office[]>([]);
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  const list = useFormErrors("offices");

  const reload = useCallback(() => {
    Promise.all([api.offices(), api.municipalities()]).then(([o, m]) => {
      setOffices(o);
      setMunicipalities(m);
    }, list.fail);
  }, []);
  useEffect(reload, [reload]);

  const names = useMemo(
    () => new Map(municipalities.map((m) => [m.number, `${m.name} (${m.number})`])),
    [municipalities],
  );

  return (
    <VStack gap="space-32">
      <NewOfficeForm municipalities={municipalities} onCreated={reload} />
      <section aria-labelledby="offices-heading">
        <Heading level="2" size="medium" id="offices-heading" spacing>
          Kontorer
        </Heading>
        {list.summary}
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Kontor</Table.HeaderCell>
              <Table.HeaderCell scope="col">Enhetsnummer</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kommuner</Table.HeaderCell>
              <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {offices.map((office) => (
              <Table.Row key={office.id}>
                <Table.DataCell>{office.name}</Table.DataCell>
                <Table.DataCell>{office.unitNumber}</Table.DataCell>
                <Table.DataCell>
                  {office.municipalityNumbers
                    .map((number) => names.get(number) ?? number)
                    .join(", ")}
                </Table.DataCell>
                <Table.DataCell>
                  <Switch
                    size="small"
                    checked={office.decisionsNeedApproval}
                    onChange={(e) =>
                      api
                        .updateOffice(office.id, {
                          name: office.name,
                          unitNumber: office.unitNumber,
                          municipalityNumbers: office.municipalityNumbers,
                          decisionsNeedApproval: e.target.checked,
                        })
                        .then(reload, list.fail)
                    }
                  >
                    Godkjennes av leder<span className="aksel-sr-only"> ({office.name})</span>
                  </Switch>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <EditOfficeContact offices={offices} onSaved={reload} />
    </VStack>
  );
}

function NewOfficeForm({
  municipalities,
  onCreated,
}: {
  municipalities: Municipality[];
  onCreated: () => void;
}) {
  const [name, setName] = useState("");
  const [unitNumber, setUnitNumber] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [approval, setApproval] = useState(false);
  const [contact, setContact] = useState(emptyContact);
  const [created, setCreated] = useState("");
  const form = useFormErrors("new-office");
  const options = useMemo(
    () => municipalities.map((m) => ({ label: `${m.name} (${m.number})`, value: m.number })),
    [municipalities],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated("");
    const office = await form.submit(() =>
      api.createOffice({
        name,
        unitNumber,
        municipalityNumbers: selected,
        decisionsNeedApproval: approval,
        ...contact,
      }),
    );
    if (!office) return;
    setCreated(`Opprettet ${office.name}.`);
    setName("");
    setUnitNumber("");
    setSelected([]);
    setContact(emptyContact);
    onCreated();
  }

  return (
    <section aria-labelledby="new-office-heading">
      <form id="new-office" onSubmit={submit} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "32rem" }}>
          <Heading level="2" size="medium" id="new-office-heading">
            Nytt kontor
          </Heading>
          <TextField
            id={form.fieldId("name")}
            label="Navn"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={form.errorFor("name")}
          />
          <TextField
            id={form.fieldId("unitNumber")}
            label="Enhetsnummer"
            description="Fire sifre."
            inputMode="numeric"
            value={unitNumber}
            onChange={(e) => setUnitNumber(e.target.value)}
            error={form.errorFor("unitNumber")}
            htmlSize={6}
          />
          <UNSAFE_Combobox
            id={form.fieldId("municipalityNumbers")}
            label="Kommuner kontoret betjener"
            options={options}
            isMultiSelect
            selectedOptions={options.filter((option) => selected.includes(option.value))}
            onToggleSelected={(value, isSelected) =>
              setSelected((current) =>
                isSelected ? [...current, value] : current.filter((number) => number !== value),
              )
            }
            error={form.errorFor("municipalityNumbers")}
          />
          <Checkbox checked={approval} onChange={(e) => setApproval(e.target.checked)}>
            Vedtak må godkjennes av leder
          </Checkbox>
          <ContactFields value={contact} onChange={setContact} form={form} />
          {form.summary}
          <div role="status">{created}</div>
          <div>
            <Button type="submit" loading={form.busy}>
              Opprett kontor
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
