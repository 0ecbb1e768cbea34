// A survey round: who has answered («84 av 129 — 65 %»), reminders to the rest and reopening a
// submitted response (administrator), and the summary in the shape of Fafo's report with its
// downloads.
import {
  Alert,
  BodyShort,
  Button,
  HStack,
  Heading,
  Link,
  ProgressBar,
  Table,
  Tabs,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { ApiError, api } from "../../api/client";
import type { SurveyRoundDetail } from "../../api/client";
import { SurveyResponseStatus } from "../../api/statuses";
import { hasRole, useMe } from "../../auth/session";
import { useLoaded } from "../../components/useLoaded";
import { formatDate, formatDateTime } from "../../format";
import { DownloadLinks } from "../figures/FigureControls";
import { StatusTag } from "./SurveyPage";
import { SummaryView } from "./SummaryView";

function StatusPanel({
  round,
  onChange,
}: {
  round: SurveyRoundDetail;
  onChange: (round: SurveyRoundDetail) => void;
}) {
  const administrator = hasRole(useMe(), "administrator");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const waiting = round.responses.filter(
    (response) => response.status !== SurveyResponseStatus.submitted,
  ).length;

  async function act(action: () => Promise<string>) {
    try {
      const text = await action();
      onChange(await api.surveyRound(round.id));
      setMessage(text);
      setError("");
    } catch (problem) {
      setError(problem instanceof ApiError ? problem.message : "Noe gikk galt. Prøv igjen.");
    }
  }

  return (
    <VStack gap="space-16">
      <div>
        <Heading level="2" size="medium" spacing>
          Har svart: {round.progress}
        </Heading>
        <ProgressBar
          value={round.submitted}
          valueMax={Math.max(round.invited, 1)}
          aria-label={`Har svart: ${round.progress}`}
        />
      </div>
      {administrator && waiting > 0 && (
        <div>
          <Button
            variant="secondary"
            onClick={() =>
              act(async () => {
                const { reminded } = await api.remindSurveyRound(round.id);
                return `Påminnelse sendt til ${offices(reminded)}.`;
              })
            }
          >
            Send påminnelse til {offices(waiting)}
          </Button>
        </div>
      )}
      <div role="status">{message && <Alert variant="success">{message}</Alert>}</div>
      {error && <Alert variant="error">{error}</Alert>}
      <Table size="small">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">Kontor</Table.HeaderCell>
            <Table.HeaderCell scope="col">Fylke</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status</Table.HeaderCell>
            <Table.HeaderCell scope="col">Sendt inn</Table.HeaderCell>
            <Table.HeaderCell scope="col">Påminnelser</Table.HeaderCell>
            {administrator && (
              <Table.HeaderCell scope="col">
                <span className="aksel-sr-only">Handling</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {round.responses.map((response) => (
            <Table.Row key={response.id}>
              <Table.DataCell>
                {response.officeName} ({response.unitNumber})
              </Table.DataCell>
              <Table.DataCell>{response.county}</Table.DataCell>
              <Table.DataCell>
                <StatusTag status={response.status} />
              </Table.DataCell>
              <Table.DataCell>
                {response.submittedAt ? formatDateTime(response.submittedAt) : "–"}
              </Table.DataCell>
              <Table.DataCell>{response.reminders}</Table.DataCell>
              {administrator && (
                <Table.DataCell>
                  {response.status === SurveyResponseStatus.submitted && (
                    <Button
                      size="xsmall"
                      variant="tertiary"
                      onClick={() =>
                        act(async () => {
                          await api.reopenSurveyResponse(response.id);
                          return `Besvarelsen fra ${response.officeName} er åpnet igjen.`;
                        })
                      }
                    >
                      Åpne igjen<span className="aksel-sr-only"> for {response.officeName}</span>
                    </Button>
                  )}
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}

/** "1 kontor", "12 kontorer". */
const offices = (count: number) => (count === 1 ? "1 kontor" : `${count} kontorer`);

export function RoundPage() {
  const roundId = Number(useParams().roundId);
  const {
    value: round,
    setValue,
    error,
  } = useLoaded(() => api.surveyRound(roundId), [roundId], "Kunne ikke hente runden.");
  const [tab, setTab] = useState("status");
  if (error) return <Alert variant="error">{error}</Alert>;
  if (!round) return null;
  return (
    <VStack gap="space-24">
      <div>
        <Link as={RouterLink} to="/undersokelse">
          Alle undersøkelser
        </Link>
        <Heading level="1" size="large" spacing>
          {round.title}
        </Heading>
        <BodyShort>
          Åpnet {formatDateTime(round.openedAt)} · svarfrist {formatDate(round.deadline)} ·{" "}
          {offices(round.invited)}
        </BodyShort>
      </div>
      <HStack gap="space-8" wrap>
        <BodyShort weight="semibold">Rådata (én rad per kontor):</BodyShort>
        <DownloadLinks urlFor={(format) => api.surveyExportUrl(round.id, "raw", format)} />
      </HStack>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="status" label="Hvem har svart" />
          <Tabs.Tab value="sammendrag" label="Sammendrag" />
        </Tabs.List>
        <Tabs.Panel value="status" style={{ paddingTop: "var(--ax-space-24)" }}>
          <StatusPanel round={round} onChange={setValue} />
        </Tabs.Panel>
        <Tabs.Panel value="sammendrag" style={{ paddingTop: "var(--ax-space-24)" }}>
          {tab === "sammendrag" && <SummaryView roundId={round.id} />}
        </Tabs.Panel>
      </Tabs>
    </VStack>
  );
}
