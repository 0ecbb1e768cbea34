// The national and county view for analysts: the KOSTRA figures for the whole country, the
// counties side by side, or one county's offices side by side. Counts below 5 — and counts that
// would give them away by subtraction — are hidden by the server and shown as «<5».
import { Alert, BodyShort, HStack, Heading, Select, Table, VStack } from "@navikt/ds-react";
import { useState } from "react";
import { api } from "../../api/client";
import type { NationalRow, NationalTable } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { DownloadLinks, YearSelect, percent } from "./FigureControls";

function count(value: number | null): string {
  return value === null ? "<5" : value.toLocaleString("nb-NO");
}

export function NationalPanel() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [county, setCounty] = useState("");
  const { value: table, error } = useLoaded(
    () => api.national(year),
    [year],
    "Kunne ikke hente tallene for landet.",
  );
  const chosen = table?.counties.find((c) => c.county.key === county);

  return (
    <VStack gap="space-24">
      <HStack gap="space-16" align="end" wrap>
        <YearSelect year={year} onChange={setYear} />
        <Select label="Område" value={county} onChange={(event) => setCounty(event.target.value)}>
          <option value="">Hele landet, fylkene side om side</option>
          {table?.counties.map((c) => (
            <option key={c.county.key} value={c.county.key}>
              {c.county.name}, kontorene side om side
            </option>
          ))}
        </Select>
        <DownloadLinks urlFor={(format) => api.nationalExportUrl(year, format)} />
      </HStack>
      {error && <Alert variant="error">{error}</Alert>}
      {table && (
        <>
          <FiguresTable
            table={table}
            caption={
              chosen
                ? `${chosen.county.name} ${table.year}: kontorene`
                : `Hele landet ${table.year}: fylkene`
            }
            rows={chosen ? chosen.offices : table.counties.map((c) => c.county)}
            total={chosen ? chosen.county : table.country}
          />
          <BodyShort size="small" textColor="subtle">
            «&lt;5»: tallet er under {table.threshold}, eller skjult fordi det ellers kunne regnes
            ut ved å trekke de viste tallene fra summen. Andeler vises bare når begge tallene vises.
            En husstand med opphold ved flere kontorer telles ved hvert av dem, men én gang i
            summen.
          </BodyShort>
        </>
      )}
    </VStack>
  );
}

function FiguresTable({
  table,
  caption,
  rows,
  total,
}: {
  table: NationalTable;
  caption: string;
  rows: NationalRow[];
  total: NationalRow;
}) {
  const line = (row: NationalRow, isTotal: boolean) => (
    <Table.Row key={row.key || "total"}>
      <Table.HeaderCell scope="row">{isTotal ? `Sum ${row.name}` : row.name}</Table.HeaderCell>
      {table.measures.map((measure) => (
        <Table.DataCell key={measure.key} align="right">
          {count(row.values[measure.key as keyof NationalRow["values"]])}
        </Table.DataCell>
      ))}
      <Table.DataCell align="right">{percent(row.shareOfStaysOver3Months)}</Table.DataCell>
    </Table.Row>
  );
  return (
    <Table size="small">
      <caption>
        <Heading level="2" size="small" align="start">
          {caption}
        </Heading>
      </caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Område</Table.HeaderCell>
          {table.measures.map((measure) => (
            <Table.HeaderCell key={measure.key} scope="col" align="right">
              {measure.label}
            </Table.HeaderCell>
          ))}
          <Table.HeaderCell scope="col" align="right">
            Andel opphold over 3 måneder
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => line(row, false))}
        {line(total, true)}
      </Table.Body>
    </Table>
  );
}
