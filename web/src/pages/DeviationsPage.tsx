// Avvik: deviations raised by the rules (a place that is not adequate, a child in an unsuitable
// unit, a vedtak without a place, families and young people past 3 months) and manual ones,
// followed from open to reported to the municipality to closed; exported for the municipality
// without names.
import {
  BodyShort,
  Button,
  HStack,
  Heading,
  Link,
  Table,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { DownloadIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../api/client";
import type { Deviation } from "../api/client";
import { label, useCodes } from "../api/codes";
import { DeviationStatus } from "../api/statuses";
import { ListTabs } from "../components/ListTabs";
import { useFormErrors } from "../components/formErrors";
import { ListStatus } from "../components/ListStatus";
import { useQueryList } from "../components/useQueryList";
import { formatDate, formatDateTime } from "../format";
import { SuccessStatus } from "../components/SuccessStatus";

type DeviationList = DeviationStatus | "alle";
const lists: { value: DeviationList; label: string }[] = [
  { value: DeviationStatus.open, label: "Åpne" },
  { value: DeviationStatus.reported, label: "Meldt til kommunen" },
  { value: DeviationStatus.closed, label: "Lukket" },
  { value: "alle", label: "Alle" },
];
const statusOf = (list: DeviationList) => (list === "alle" ? "" : list);

export function DeviationsPage() {
  const [version, setVersion] = useState(0);
  const { current, choose, reload, items, error } = useQueryList<DeviationList, Deviation>(
    DeviationStatus.open,
    (list) => api.deviations(statusOf(list)).then((result) => result.deviations),
    lists.map((list) => list.value),
  );
  const [status, setStatus] = useState("");
  const codes = useCodes();

  const changed = (message: string) => {
    setStatus(message);
    setVersion((v) => v + 1);
    reload();
  };

  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Avvik
      </Heading>
      <SuccessStatus message={status} />
      <div>
        <Button
          as="a"
          href={api.deviationsExportUrl(statusOf(current))}
          variant="secondary"
          size="small"
          icon={<DownloadIcon aria-hidden />}
        >
          Last ned som CSV til kommunen
        </Button>{" "}
        <Button
          as="a"
          href={api.deviationsExportUrl(statusOf(current), "xlsx")}
          variant="tertiary"
          size="small"
          icon={<DownloadIcon aria-hidden />}
        >
          Last ned som XLSX
        </Button>
      </div>
      <ListTabs lists={lists} current={current} onChange={choose}>
        <ListStatus items={items} error={error} empty={"Ingen avvik her."} />
        {items && items.length > 0 && (
          <Table size="small" key={version}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Åpnet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Type</Table.HeaderCell>
                <Table.HeaderCell scope="col">Beskrivelse</Table.HeaderCell>
                <Table.HeaderCell scope="col">Person</Table.HeaderCell>
                <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                <Table.HeaderCell scope="col">Neste steg</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((deviation) => (
                <Table.Row key={deviation.id}>
                  <Table.DataCell>{formatDate(deviation.openedOn)}</Table.DataCell>
                  <Table.DataCell>{label(codes, "deviationKind", deviation.kind)}</Table.DataCell>
                  <Table.DataCell>
                    {deviation.description}
                    {deviation.note && (
                      <BodyShort size="small">Merknad: {deviation.note}</BodyShort>
                    )}
                  </Table.DataCell>
                  <Table.DataCell>
                    {deviation.requestId ? (
                      <Link as={RouterLink} to={`/henvendelser/${deviation.requestId}`}>
                        {deviation.personName}
                      </Link>
                    ) : (
                      deviation.personName || "—"
                    )}
                  </Table.DataCell>
                  <Table.DataCell>
                    {label(codes, "deviationStatus", deviation.status)}
                    {deviation.reportedAt && (
                      <BodyShort size="small">
                        Meldt {formatDateTime(deviation.reportedAt)}
                      </BodyShort>
                    )}
                    {deviation.closedAt && (
                      <BodyShort size="small">
                        Lukket {formatDateTime(deviation.closedAt)}
                      </BodyShort>
                    )}
                  </Table.DataCell>
                  <Table.DataCell>
                    {deviation.status !== DeviationStatus.closed && (
                      <StepForm deviation={deviation} onDone={changed} />
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </ListTabs>
      <ManualDeviation onCreated={changed} />
    </VStack>
  );
}

function StepForm({
  deviation,
  onDone,
}: {
  deviation: Deviation;
  onDone: (message: string) => void;
}) {
  const form = useFormErrors(`deviation-${deviation.id}`);
  const [note, setNote] = useState("");
  const step = deviation.status === DeviationStatus.open ? "report" : "close";
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() => api.advanceDeviation(deviation.id, step, note));
    if (result) onDone(step === "report" ? "Avviket er meldt til kommunen." : "Avviket er lukket.");
  }
  return (
    <form id={`deviation-${deviation.id}`} onSubmit={submit} noValidate>
      <VStack gap="space-4">
        <TextField
          {...form.field("note")}
          label="Merknad"
          size="small"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <HStack gap="space-4">
          <Button size="xsmall" type="submit" loading={form.busy}>
            {step === "report" ? "Meld til kommunen" : "Lukk avviket"}
          </Button>
          {step === "report" && (
            <Button
              size="xsmall"
              type="button"
              variant="tertiary"
              onClick={async () => {
                const result = await form.submit(() =>
                  api.advanceDeviation(deviation.id, "close", note),
                );
                if (result) onDone("Avviket er lukket.");
              }}
            >
              Lukk uten å melde
            </Button>
          )}
        </HStack>
        {form.summary}
      </VStack>
    </form>
  );
}

function ManualDeviation({ onCreated }: { onCreated: (message: string) => void }) {
  const form = useFormErrors("new-deviation");
  const [description, setDescription] = useState("");
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => api.createDeviation(description))) {
      setDescription("");
      onCreated("Avviket er registrert.");
    }
  }
  return (
    <section aria-labelledby="new-deviation-heading">
      <Heading id="new-deviation-heading" level="2" size="medium" spacing>
        Registrer et avvik
      </Heading>
      <form id="new-deviation" onSubmit={submit} noValidate>
        <VStack gap="space-8" style={{ maxWidth: "40rem" }}>
          <Textarea
            {...form.field("description")}
            label="Beskrivelse"
            description="Skriv ikke navn eller fødselsnummer: avviket meldes til kommunen."
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          {form.summary}
          <div>
            <Button type="submit" variant="secondary" loading={form.busy}>
              Registrer avvik
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
