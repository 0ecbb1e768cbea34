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
import { formatDate } from "../../format";
import { DownloadLinks, YearSelect } from "./FigureControls";

const ChartView = lazy(() => import("./ChartView"));

function cell(unit: string, value: number | undefined): string {
  const text = (value ?? 0).toLocaleString("nb-NO", { maximumFractionDigits: 1 });
  return unit === "kroner" ? `${text} kr` : unit === "prosent" ? `${text} %` : text;
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
              <ChartCard key={chart.id} chart={chart} year={dashboard.year} />
            ))}
          </HGrid>
        </>
      )}
    </VStack>
  );
}

function ChartCard({ chart, year }: { chart: Chart; year: number }) {
  const headingId = `figur-${chart.id}`;
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
          <ChartView chart={chart} />
        </Suspense>
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
              {chart.rows.map((row) => (
                <Table.Row key={row.label}>
                  <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
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
