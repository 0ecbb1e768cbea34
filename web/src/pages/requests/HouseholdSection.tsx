// Around the household on a request: the waiting list, storage of belongings, and the person's
// own copy of everything Husly holds (GDPR art. 15).
import {
  BodyShort,
  Button,
  HStack,
  Heading,
  Link,
  Table,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { StorageRecord } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { DateField } from "../../components/DateField";

export function HouseholdSection({ requestId, personId }: { requestId: number; personId: number }) {
  const waiting = useFormErrors("waiting");
  const [waitingStatus, setWaitingStatus] = useState("");

  async function addToWaitingList() {
    const entry = await waiting.submit(() => api.addToWaitingList(personId, requestId));
    if (entry) setWaitingStatus(`Satt på ventelisten som nr. ${entry.position}.`);
  }

  return (
    <VStack gap="space-24">
      <section aria-labelledby="waiting-heading">
        <Heading level="2" size="medium" id="waiting-heading" spacing>
          Venteliste
        </Heading>
        <HStack gap="space-8" align="center">
          <Button
            variant="secondary"
            onClick={() => void addToWaitingList()}
            loading={waiting.busy}
          >
            Sett på ventelisten
          </Button>
          <div role="status">{waitingStatus}</div>
        </HStack>
        {waiting.summary}
      </section>
      <StorageSection requestId={requestId} personId={personId} />
      <section aria-labelledby="copy-heading">
        <Heading level="2" size="medium" id="copy-heading" spacing>
          Innsyn
        </Heading>
        <BodyShort spacing>
          Personen har rett til en kopi av alt kontoret har registrert, og hvem som har sett det.
        </BodyShort>
        <HStack gap="space-16">
          <Link href={api.personCopyUrl(personId, "pdf")} download>
            <FilePdfIcon aria-hidden /> Kopi til personen (PDF)
          </Link>
          <Link href={api.personCopyUrl(personId, "json")} download={`innsyn-${personId}.json`}>
            Kopi som data (JSON)
          </Link>
        </HStack>
      </section>
    </VStack>
  );
}

function StorageSection({ requestId, personId }: { requestId: number; personId: number }) {
  const form = useFormErrors("storage");
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

  return (
    <section aria-labelledby="storage-heading">
      <Heading level="2" size="medium" id="storage-heading" spacing>
        Lagring av innbo
      </Heading>
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
            onChange={(e) => setStoredFrom(e.target.value)}
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
    </section>
  );
}
