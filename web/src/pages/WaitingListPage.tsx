// The waiting list for the office's own units: in order, moved with buttons (keyboard-friendly),
// a place offered, and everyone leaving with an outcome (placed, solved it themselves, …).
import { BodyShort, Button, HStack, Heading, Link, Table, VStack } from "@navikt/ds-react";
import { ArrowDownIcon, ArrowUpIcon } from "@navikt/aksel-icons";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../api/client";
import type { WaitingListEntry } from "../api/client";
import { label, useCodes } from "../api/codes";
import { CodeSelect } from "../components/CodeFields";
import { useFormErrors } from "../components/formErrors";
import { ListTabs } from "../components/ListTabs";
import { formatDate, isoToday } from "../format";
import { DateField } from "../components/DateField";
import { SuccessStatus } from "../components/SuccessStatus";

export function WaitingListPage() {
  const [tab, setTab] = useState<"active" | "removed">("active");
  // Entries belong to the tab they were loaded for: after a switch, nothing of the other shows.
  const [loaded, setLoaded] = useState<{ tab: string; entries: WaitingListEntry[] } | null>(null);
  const entries = loaded?.tab === tab ? loaded.entries : null;
  const [removing, setRemoving] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const list = useFormErrors("waiting");
  const codes = useCodes();

  const reload = useCallback(() => {
    api.waitingList(tab).then((result) => setLoaded({ tab, entries: result.entries }), list.fail);
  }, [tab]);
  useEffect(reload, [reload]);

  const move = async (entry: WaitingListEntry, direction: "up" | "down") => {
    const result = await list.submit(() => api.moveOnWaitingList(entry.id, direction));
    if (result) {
      setLoaded({ tab: "active", entries: result.entries });
      setStatus(`${entry.personName} er flyttet ${direction === "up" ? "opp" : "ned"}.`);
    }
  };
  const offer = async (entry: WaitingListEntry) => {
    if (await list.submit(() => api.offerPlace(entry.id, isoToday()))) {
      setStatus(`${entry.personName} er tilbudt plass.`);
      reload();
    }
  };

  const content = (
    <VStack gap="space-16">
      {list.summary}
      <SuccessStatus message={status} />
      {entries && entries.length === 0 && (
        <BodyShort>
          {tab === "active" ? "Ingen står på ventelisten." : "Ingen har gått av listen."}
        </BodyShort>
      )}
      {entries && entries.length > 0 && (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Nr.</Table.HeaderCell>
              <Table.HeaderCell scope="col">Person</Table.HeaderCell>
              <Table.HeaderCell scope="col">Satt på listen</Table.HeaderCell>
              <Table.HeaderCell scope="col">Tilbudt plass</Table.HeaderCell>
              <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                {tab === "active" ? "Handlinger" : "Utfall"}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entries.map((entry, index) => (
              <Table.Row key={entry.id}>
                <Table.DataCell>{tab === "active" ? entry.position : ""}</Table.DataCell>
                <Table.DataCell>
                  {entry.requestId ? (
                    <Link as={RouterLink} to={`/henvendelser/${entry.requestId}`}>
                      {entry.personName}
                    </Link>
                  ) : (
                    entry.personName
                  )}
                </Table.DataCell>
                <Table.DataCell>{formatDate(entry.addedOn)}</Table.DataCell>
                <Table.DataCell>{formatDate(entry.offeredOn) || "—"}</Table.DataCell>
                <Table.DataCell>{entry.note || "—"}</Table.DataCell>
                <Table.DataCell>
                  {tab === "removed" ? (
                    `${label(codes, "waitingListOutcome", entry.removalOutcome)} ${formatDate(entry.removedOn)}`
                  ) : removing === entry.id ? (
                    <RemoveForm
                      entry={entry}
                      onDone={(message) => {
                        setRemoving(null);
                        setStatus(message);
                        reload();
                      }}
                      onCancel={() => setRemoving(null)}
                    />
                  ) : (
                    <HStack gap="space-4" wrap>
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        icon={<ArrowUpIcon aria-hidden />}
                        disabled={index === 0}
                        onClick={() => void move(entry, "up")}
                      >
                        Flytt opp<span className="aksel-sr-only">for {entry.personName}</span>
                      </Button>
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        icon={<ArrowDownIcon aria-hidden />}
                        disabled={index === entries.length - 1}
                        onClick={() => void move(entry, "down")}
                      >
                        Flytt ned<span className="aksel-sr-only">for {entry.personName}</span>
                      </Button>
                      {!entry.offeredOn && (
                        <Button size="xsmall" variant="secondary" onClick={() => void offer(entry)}>
                          Tilby plass<span className="aksel-sr-only">til {entry.personName}</span>
                        </Button>
                      )}
                      <Button
                        size="xsmall"
                        variant="secondary"
                        onClick={() => setRemoving(entry.id)}
                      >
                        Ta av listen<span className="aksel-sr-only">for {entry.personName}</span>
                      </Button>
                    </HStack>
                  )}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );

  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Venteliste
      </Heading>
      <BodyShort>
        Ventelisten gjelder kontorets egne boenheter. Sett en person på listen fra henvendelsen.
      </BodyShort>
      <ListTabs
        lists={[
          { value: "active", label: "På listen" },
          { value: "removed", label: "Gått av listen" },
        ]}
        current={tab}
        onChange={setTab}
      >
        {content}
      </ListTabs>
    </VStack>
  );
}

function RemoveForm({
  entry,
  onDone,
  onCancel,
}: {
  entry: WaitingListEntry;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useFormErrors(`remove-${entry.id}`);
  const [outcome, setOutcome] = useState("");
  const [removedOn, setRemovedOn] = useState(isoToday());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => api.removeFromWaitingList(entry.id, outcome, removedOn)))
      onDone(`${entry.personName} er tatt av ventelisten.`);
  }

  return (
    <form id={`remove-${entry.id}`} onSubmit={submit} noValidate>
      <VStack gap="space-8">
        <CodeSelect
          {...form.field("outcome")}
          list="waitingListOutcome"
          placeholder="Velg"
          label="Utfall"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
        />
        <DateField
          {...form.field("removedOn")}
          label="Dato"
          value={removedOn}
          onChange={(value) => setRemovedOn(value)}
        />
        {form.summary}
        <HStack gap="space-4">
          <Button size="small" type="submit" loading={form.busy}>
            Ta av listen
          </Button>
          <Button size="small" type="button" variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
