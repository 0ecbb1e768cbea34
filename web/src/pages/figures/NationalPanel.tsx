// The national and county view for analysts: the KOSTRA figures for the whole country, the
// counties side by side, or one county's offices side by side. The figures come from a snapshot
// the server refreshes on a schedule (the time is shown), not from the register at the moment of
// asking. Hidden cells carry SSB's symbols: «<5» for a count from 1 to 4, «:» for a cell hidden
// so that a small count cannot be worked out from the others, «.» for a share that cannot be
// computed; the footnotes say so, and what «Hele landet» covers.
import { Alert, BodyShort, HStack, Heading, List, Select, Table, VStack } from "@navikt/ds-react";
import { useState } from "react";
import { api } from "../../api/client";
import type { NationalRow, NationalTable } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { formatNumber } from "../../format";
import { DownloadLinks, YearSelect, percent } from "./FigureControls";

type MeasureKey = keyof NationalRow["values"];

const cellSymbol = { small: "<5", secondary: ":" } as const;
const shareSymbol = { secondary: ":", not_applicable: "." } as const;

function symbolText(table: NationalTable, symbol: string): string | undefined {
  return table.symbols.find((s) => s.symbol === symbol)?.text;
}

/** A cell as shown: the number, or the symbol that says why it is not. */
function Cell({
  table,
  row,
  measure,
}: {
  table: NationalTable;
  row: NationalRow;
  measure: MeasureKey;
}) {
  const value = row.values[measure];
  const status = row.status[measure];
  if (status === "shown" && value !== null) return <>{formatNumber(value)}</>;
  const symbol = cellSymbol[status === "small" ? "small" : "secondary"];
  return <span title={symbolText(table, symbol)}>{symbol}</span>;
}

function Share({ table, row }: { table: NationalTable; row: NationalRow }) {
  if (row.shareStatus === "shown") return <>{percent(row.shareOfStaysOver3Months)}</>;
  const symbol = shareSymbol[row.shareStatus === "secondary" ? "secondary" : "not_applicable"];
  return <span title={symbolText(table, symbol)}>{symbol}</span>;
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
          <VStack gap="space-8">
            <Heading level="3" size="xsmall">
              Tegnforklaring
            </Heading>
            <List size="small">
              {table.symbols.map((s) => (
                <List.Item key={s.symbol}>
                  «{s.symbol}»: {s.text}
                </List.Item>
              ))}
            </List>
            <BodyShort size="small" textColor="subtle">
              Små tall skjules også når de ellers kunne regnes ut ved å trekke tall fra hverandre:
              opphold og husstander, husstander og husstander med barn, et fylke og kontorene i det.
              Andeler vises bare når begge tallene vises. En husstand med opphold ved flere kontorer
              telles ved hvert av dem, men én gang i summen.
            </BodyShort>
            {!chosen && table.coverage && (
              <BodyShort size="small" textColor="subtle">
                {table.coverage}
              </BodyShort>
            )}
          </VStack>
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
          <Cell table={table} row={row} measure={measure.key as MeasureKey} />
        </Table.DataCell>
      ))}
      <Table.DataCell align="right">
        <Share table={table} row={row} />
      </Table.DataCell>
    </Table.Row>
  );
  return (
    <Table size="small">
      <caption>
        <Heading level="2" size="small" align="start">
          {caption}
        </Heading>
        <BodyShort size="small" textColor="subtle" align="start">
          {table.snapshotLabel}. Tallene utenfor kontoret oppdateres etter en fast plan, ikke ved
          hvert oppslag.
        </BodyShort>
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
