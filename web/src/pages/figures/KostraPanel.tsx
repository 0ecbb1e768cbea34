// KOSTRA (SSB's form 13) for the office: households in temporary accommodation during the year,
// with children, 14 days or fewer, children past 3 months, stays and bed-nights, night shelters
// apart; the counting rules as footnotes; the data-quality panel that runs all year, each finding
// a link to where it is fixed, named by the person and the day they moved in; and the downloads
// (XLSX with definitions, CSV). It opens on the last whole year.
import {
  Alert,
  BodyShort,
  HStack,
  Heading,
  Link,
  List,
  ReadMore,
  Select,
  Table,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import type { KostraReport } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { useServedMunicipalities } from "../../components/useServedMunicipalities";
import { formatDate, formatNumber } from "../../format";
import { DownloadLinks, YearSelect, percent } from "./FigureControls";

export function KostraPanel() {
  // The last whole year: what is reported to SSB (the year still running can be chosen).
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [municipality, setMunicipality] = useState("");
  const served = useServedMunicipalities();
  const { value: report, error } = useLoaded(
    () => api.kostra(year, municipality),
    [year, municipality],
    "Kunne ikke hente KOSTRA-tallene.",
  );

  return (
    <VStack gap="space-24">
      <HStack gap="space-16" align="end" wrap>
        <YearSelect year={year} onChange={setYear} />
        {served.length > 1 && (
          <Select
            label="Kommune"
            value={municipality}
            onChange={(event) => setMunicipality(event.target.value)}
          >
            <option value="">Alle kontorets kommuner</option>
            {served.map((m) => (
              <option key={m.number} value={m.number}>
                {m.name} ({m.number})
              </option>
            ))}
          </Select>
        )}
        <DownloadLinks urlFor={(format) => api.kostraExportUrl(year, municipality, format)} />
      </HStack>
      {error && <Alert variant="error">{error}</Alert>}
      {report && (
        <>
          <Table size="small">
            <caption>
              <Heading level="2" size="small" align="start">
                KOSTRA {report.year}: midlertidig botilbud ·{" "}
                {report.municipalities.map((m) => m.name).join(", ")}
              </Heading>
              <BodyShort size="small" textColor="subtle" align="start">
                Beregnet {formatDate(report.asOf)} fra registeret.
                {report.year === new Date().getFullYear() &&
                  " Året er ikke over: tallene gjelder til og med i natt."}
              </BodyShort>
            </caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Tall</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Antall
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Andel
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">Andel av</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {report.lines.map((line) => (
                <Table.Row key={line.key}>
                  <Table.HeaderCell scope="row">{line.label}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(line.count)}</Table.DataCell>
                  <Table.DataCell align="right">{percent(line.percent)}</Table.DataCell>
                  <Table.DataCell>{line.percentOf}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ReadMore header="Slik telles det">
            <List size="small">
              {report.footnotes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </ReadMore>
          <DataQuality report={report} />
        </>
      )}
    </VStack>
  );
}

function DataQuality({ report }: { report: KostraReport }) {
  return (
    <section aria-labelledby="datakvalitet-heading">
      <Heading id="datakvalitet-heading" level="2" size="small" spacing>
        Datakvalitet {report.year}
      </Heading>
      {report.quality.length === 0 ? (
        <Alert variant="success" size="small">
          Ingen funn: alle opphold i året har det KOSTRA-tallene trenger.
        </Alert>
      ) : (
        <Table size="small">
          <caption className="aksel-sr-only">
            {report.quality.length} funn som bør rettes før rapporteringen
          </caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Funn</Table.HeaderCell>
              <Table.HeaderCell scope="col">Rett her</Table.HeaderCell>
              <Table.HeaderCell scope="col">Innflyttet</Table.HeaderCell>
              <Table.HeaderCell scope="col">Vedtak til / utflyttet</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.quality.map((issue) => (
              <Table.Row key={`${issue.kind}-${issue.stayId}`}>
                <Table.DataCell>{issue.label}</Table.DataCell>
                <Table.DataCell>
                  {issue.kind === "barn_uten_fodselsdato" ? (
                    <Link as={RouterLink} to={`/henvendelser/${issue.requestId}`}>
                      Henvendelse: {issue.personName}, {formatDate(issue.startedOn)}
                    </Link>
                  ) : (
                    <Link as={RouterLink} to={`/opphold/${issue.stayId}`}>
                      Opphold: {issue.personName}, {formatDate(issue.startedOn)}
                    </Link>
                  )}
                </Table.DataCell>
                <Table.DataCell>{formatDate(issue.startedOn)}</Table.DataCell>
                <Table.DataCell>{formatDate(issue.date)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
