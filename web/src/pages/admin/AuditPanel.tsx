// The audit log for an administrator: who did what to which record, filtered by user, person
// and period (or only the security alerts, such as bulk lookups by identity number), with a
// check of the hash chain.
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  HStack,
  Heading,
  Select,
  Table,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { AuditEntry, AuditVerification, User } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { DateField } from "../../components/DateField";
import { formatDateTime } from "../../format";
import { describeEntity, describeEvent } from "./auditEvents";

const emptyFilter = { userId: "", personId: "", from: "", to: "", action: "" };

export function AuditPanel() {
  const [users, setUsers] = useState<User[]>([]);
  const [filter, setFilter] = useState(emptyFilter);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const form = useFormErrors("audit-filter");

  async function load(before?: number) {
    try {
      const page = await api.audit({ ...filter, ...(before ? { before: String(before) } : {}) });
      setEntries((current) => (before ? [...current, ...page.entries] : page.entries));
      setNextBefore(page.nextBefore ?? null);
      form.clear();
    } catch (error) {
      form.fail(error);
    }
  }

  useEffect(() => {
    api.users().then(setUsers, form.fail);
    void load();
  }, []);

  const nameOf = (id: number) => users.find((user) => user.id === id)?.displayName;
  // Events without a user (a failed login with an unknown address, the command line) are Husly's.
  const userName = (id: number | null) =>
    id === null ? "Husly (system)" : (nameOf(id) ?? "Ukjent bruker");

  function submit(event: FormEvent) {
    event.preventDefault();
    void load();
  }

  return (
    <VStack gap="space-24">
      <form id="audit-filter" onSubmit={submit} noValidate>
        <VStack gap="space-16">
          <HStack gap="space-16" align="end" wrap>
            <Select
              id={form.fieldId("userId")}
              label="Bruker"
              value={filter.userId}
              onChange={(e) => setFilter({ ...filter, userId: e.target.value })}
              error={form.errorFor("userId")}
            >
              <option value="">Alle</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                </option>
              ))}
            </Select>
            <TextField
              id={form.fieldId("personId")}
              label="Person-ID"
              inputMode="numeric"
              htmlSize={10}
              value={filter.personId}
              onChange={(e) => setFilter({ ...filter, personId: e.target.value })}
              error={form.errorFor("personId")}
            />
            <DateField
              id={form.fieldId("from")}
              label="Fra dato"
              value={filter.from}
              onChange={(value) => setFilter({ ...filter, from: value })}
              error={form.errorFor("from")}
            />
            <DateField
              id={form.fieldId("to")}
              label="Til dato"
              value={filter.to}
              onChange={(value) => setFilter({ ...filter, to: value })}
              error={form.errorFor("to")}
            />
            <Checkbox
              checked={filter.action === "security."}
              onChange={(e) =>
                setFilter({ ...filter, action: e.target.checked ? "security." : "" })
              }
            >
              Bare sikkerhetsvarsler
            </Checkbox>
            <Button type="submit">Vis</Button>
          </HStack>
          {form.summary}
        </VStack>
      </form>

      <section aria-labelledby="audit-heading">
        <HStack justify="space-between" align="center">
          <Heading level="2" size="medium" id="audit-heading">
            Hendelser
          </Heading>
          <Button
            variant="secondary"
            size="small"
            onClick={() => api.verifyAudit().then(setVerification, form.fail)}
          >
            Kontroller loggen
          </Button>
        </HStack>
        {verification && (
          <Alert variant={verification.ok ? "success" : "error"} role="status">
            {verification.ok
              ? `Loggen er hel: ${verification.entriesChecked.toLocaleString("nb-NO")} hendelser kontrollert.`
              : `Loggen er brutt: ${verification.problem}`}
          </Alert>
        )}
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Bruker</Table.HeaderCell>
              <Table.HeaderCell scope="col">Hendelse</Table.HeaderCell>
              <Table.HeaderCell scope="col">Gjelder</Table.HeaderCell>
              <Table.HeaderCell scope="col">Person-ID</Table.HeaderCell>
              <Table.HeaderCell scope="col">Fra adresse</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.DataCell>{formatDateTime(entry.occurredAt)}</Table.DataCell>
                <Table.DataCell>{userName(entry.actorUserId)}</Table.DataCell>
                <Table.DataCell>{describeEvent(entry.action)}</Table.DataCell>
                <Table.DataCell>
                  {describeEntity(entry.entityType, entry.entityId, nameOf) || "—"}
                </Table.DataCell>
                <Table.DataCell>{entry.personId ?? "—"}</Table.DataCell>
                <Table.DataCell>{entry.address}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {entries.length === 0 && <BodyShort>Ingen hendelser passer filteret.</BodyShort>}
        {nextBefore !== null && (
          <Button variant="tertiary" onClick={() => void load(nextBefore)}>
            Vis flere
          </Button>
        )}
      </section>
    </VStack>
  );
}
