// Storage of the person's belongings while they have no home (per person and request; docs/domain.md
// «storage of belongings»): where, from when, the monthly cost, and ending it today.
import { Button, HStack, Table, TextField } from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { StorageRecord } from "../../api/client";
import { DateField } from "../../components/DateField";
import { Section } from "../../components/Section";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { usePlaceBasis } from "./usePlaceBasis";

export function StorageSection({ requestId, personId }: { requestId: number; personId: number }) {
  const form = useFormErrors("storage");
  const refused = usePlaceBasis(requestId).refused;
  // The form when belongings are to be stored, not open under every request.
  const [adding, setAdding] = useState(false);
  const [records, setRecords] = useState<StorageRecord[]>([]);
  const [location, setLocation] = useState("");
  const [storedFrom, setStoredFrom] = useState(isoToday());
  const [monthlyCost, setMonthlyCost] = useState("0");

  const reload = useCallback(() => {
    api.storage(personId).then((result) => setRecords(result.storage), form.fail);
  }, [personId]);
  useEffect(reload, [reload]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const cost = Number(monthlyCost);
    const created = await form.submit(() =>
      api.addStorage(personId, {
        requestId,
        location,
        storedFrom,
        monthlyCost: Number.isInteger(cost) ? cost : -1,
      }),
    );
    if (created) {
      setLocation("");
      setAdding(false);
      reload();
    }
  }

  async function end(record: StorageRecord) {
    const updated = await form.submit(() =>
      api.updateStorage(record.id, {
        location: record.location,
        storedFrom: record.storedFrom,
        storedTo: isoToday(),
        monthlyCost: record.monthlyCost,
        note: record.note,
      }),
    );
    if (updated) reload();
  }

  // Storage is help that goes with a place: not offered after a refusal, unless some is recorded.
  if (refused && records.length === 0) return null;

  return (
    <Section id="storage" title="Lagring av innbo">
      {records.length > 0 && (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Hvor</Table.HeaderCell>
              <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
              <Table.HeaderCell scope="col">Til</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kr per måned</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="aksel-sr-only">Handling</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {records.map((record) => (
              <Table.Row key={record.id}>
                <Table.DataCell>{record.location}</Table.DataCell>
                <Table.DataCell>{formatDate(record.storedFrom)}</Table.DataCell>
                <Table.DataCell>{formatDate(record.storedTo) || "—"}</Table.DataCell>
                <Table.DataCell>{record.monthlyCost.toLocaleString("nb-NO")}</Table.DataCell>
                <Table.DataCell>
                  {!record.storedTo && (
                    <Button size="xsmall" variant="tertiary" onClick={() => void end(record)}>
                      Avslutt lagringen i dag
                    </Button>
                  )}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!adding && (
        <Button type="button" variant="secondary" size="small" onClick={() => setAdding(true)}>
          Registrer lagring av innbo
        </Button>
      )}
      {adding && (
        <form id="storage" onSubmit={add} noValidate>
          <HStack gap="space-8" align="end" wrap>
            <TextField
              {...form.field("location")}
              label="Hvor er innboet lagret?"
              value={location}
              onChange={(e) => setLocation(e.target.value)}
            />
            <DateField
              {...form.field("storedFrom")}
              label="Fra"
              value={storedFrom}
              onChange={(value) => setStoredFrom(value)}
            />
            <TextField
              {...form.field("monthlyCost")}
              label="Kr per måned"
              inputMode="numeric"
              htmlSize={8}
              value={monthlyCost}
              onChange={(e) => setMonthlyCost(e.target.value)}
            />
            <Button type="submit" variant="secondary" loading={form.busy}>
              Registrer lagring
            </Button>
          </HStack>
          {form.summary}
        </form>
      )}
    </Section>
  );
}
