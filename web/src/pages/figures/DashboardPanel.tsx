// The office dashboard (leder): requests against last year, outcomes, time to vedtak, turnaways,
// kinds of place, stays by length with the 3-month line, quality of places in use, deviations,
// exits, costs and budget, the Bolig Nu comparison. Each chart has its numbers as a table and a
// download; the year chosen at the top is the period for all of them.
import {
  Alert,
  BodyShort,
  Box,
  HGrid,
  HStack,
  Heading,
  Loader,
  ReadMore,
  Table,
  VStack,
} from "@navikt/ds-react";
import { Suspense, lazy, useState } from "react";
import { api } from "../../api/client";
import type { Chart } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { formatDate, formatMonth, formatNumber } from "../../format";
import type { Unfinished } from "./ChartView";
import { DownloadLinks, YearSelect } from "./FigureControls";

const ChartView = lazy(() => import("./ChartView"));

function cell(unit: string, value: number | undefined): string {
  const text = formatNumber(value ?? 0);
  return unit === "kroner" ? `${text} kr` : unit === "prosent" ? `${text} %` : text;
}

// The series that is last year's in «Henvendelser per måned» (drawn whole, never «hittil»).
const lastYearSeries = "i_fjor";

/** A chart of the twelve months: its rows are January to December of the year shown. */
function isMonthChart(chart: Chart): boolean {
  return chart.category === "Måned" && chart.rows.length === 12;
}

/** The month of `year` not yet over on `asOf` ("ÅÅÅÅ-MM-DD"), if the year is the current one. */
function unfinishedMonth(year: number, asOf: string): Unfinished | undefined {
  const [asOfYear, month] = asOf.split("-").map(Number);
  if (asOfYear !== year) return undefined;
  const name = formatMonth(asOf).split(" ")[0];
  return { index: month - 1, text: `hittil i ${name}` };
}

/** A row's name in the table: «desember 2026» for a month (without the year beside last year's). */
function rowLabel(chart: Chart, index: number, year: number): string {
  if (!isMonthChart(chart)) return chart.rows[index].label;
  const month = formatMonth(`${year}-${String(index + 1).padStart(2, "0")}`);
  const twoYears = chart.series.some((series) => series.key === lastYearSeries);
  return twoYears ? month.split(" ")[0] : month;
}

export function DashboardPanel() {
  const [year, setYear] = useState(new Date().getFullYear());
  const { value: dashboard, error } = useLoaded(
    () => api.dashboard(year),
    [year],
    "Kunne ikke hente oversikten.",
  );
  return (
    <VStack gap="space-24">
      <HStack gap="space-16" align="end" wrap>
        <YearSelect year={year} onChange={setYear} />
        <DownloadLinks urlFor={(format) => api.dashboardExportUrl(year, format)} />
      </HStack>
      {error && <Alert variant="error">{error}</Alert>}
      {dashboard && (
        <>
          <BodyShort size="small" textColor="subtle">
            Beregnet {formatDate(dashboard.asOf)} fra registeret.
          </BodyShort>
          <HGrid gap="space-24" columns={{ xs: 1, lg: 2 }}>
            {dashboard.charts.map((chart) => (
              <ChartCard key={chart.id} chart={chart} year={dashboard.year} asOf={dashboard.asOf} />
            ))}
          </HGrid>
        </>
      )}
    </VStack>
  );
}

function ChartCard({ chart, year, asOf }: { chart: Chart; year: number; asOf: string }) {
  const headingId = `figur-${chart.id}`;
  const unfinished = isMonthChart(chart) ? unfinishedMonth(year, asOf) : undefined;
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      padding="space-16"
      borderRadius="8"
      background="default"
    >
      <VStack gap="space-8">
        <Heading id={headingId} level="2" size="xsmall">
          {chart.title}
        </Heading>
        <Suspense fallback={<Loader size="medium" title="Tegner figuren" />}>
          <ChartView chart={chart} unfinished={unfinished} lastYearSeries={lastYearSeries} />
        </Suspense>
        {unfinished && (
          <BodyShort size="small">
            {formatMonth(asOf).replace(/^./, (c) => c.toUpperCase())} er ikke over: tallene for
            måneden gjelder til og med {formatDate(asOf)} (lysere, merket «{unfinished.text}»).
          </BodyShort>
        )}
        {chart.note && <BodyShort size="small">{chart.note}</BodyShort>}
        <ReadMore header={`Tallene som tabell: ${chart.title.toLowerCase()}`} size="small">
          <Table size="small">
            <caption className="aksel-sr-only">{chart.title}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{chart.category || "Hva"}</Table.HeaderCell>
                {chart.series.map((series) => (
                  <Table.HeaderCell key={series.key} scope="col" align="right">
                    {series.label}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {chart.rows.map((row, index) => (
                <Table.Row key={row.label}>
                  <Table.HeaderCell scope="row">
                    {rowLabel(chart, index, year)}
                    {unfinished?.index === index && ` (${unfinished.text})`}
                  </Table.HeaderCell>
                  {chart.series.map((series) => (
                    <Table.DataCell key={series.key} align="right">
                      {cell(chart.unit, row.values[series.key])}
                    </Table.DataCell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ReadMore>
        <div>
          <a href={api.dashboardExportUrl(year, "csv", chart.id)} className="aksel-link">
            Last ned «{chart.title}» som CSV
          </a>
        </div>
      </VStack>
    </Box>
  );
}
