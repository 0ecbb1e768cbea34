// The summary of a round in the shape of Fafo's report: per question «N av M kontorer» and the
// share, grids as tables, a breakdown by municipality size or county (groups of fewer than 5
// offices hidden), and the open answers without the office behind them. The questions are
// numbered as the questionnaire prints them («Spm. 4»), with a table of contents above.
import {
  Alert,
  BodyShort,
  HStack,
  Heading,
  Link,
  ReadMore,
  Select,
  Table,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import { api } from "../../api/client";
import type { SurveyQuestionSummary } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { DownloadLinks, percent } from "../figures/FigureControls";

type By = "" | "kommunestr" | "fylke";

function OptionsTable({ question, by }: { question: SurveyQuestionSummary; by: By }) {
  const breakdown = question.breakdowns.find((b) => b.by === by);
  return (
    <Table size="small">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Svar</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kontorer</Table.HeaderCell>
          <Table.HeaderCell scope="col" align="right">
            Andel
          </Table.HeaderCell>
          {breakdown?.groups.map((group) => (
            <Table.HeaderCell scope="col" align="right" key={group.name}>
              {group.name} ({group.offices ?? "skjult"})
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {question.options.map((option, index) => (
          <Table.Row key={option.code}>
            <Table.HeaderCell scope="row">{option.text}</Table.HeaderCell>
            <Table.DataCell>{option.nOfM}</Table.DataCell>
            <Table.DataCell align="right">{percent(option.percent)}</Table.DataCell>
            {breakdown?.groups.map((group) => (
              <Table.DataCell align="right" key={group.name}>
                {group.offices === null ? "–" : group.counts[index]}
              </Table.DataCell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function GridTable({ question }: { question: SurveyQuestionSummary }) {
  const scale = question.rows[0]?.points ?? [];
  return (
    <Table size="small">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Gruppe</Table.HeaderCell>
          {scale.map((point) => (
            <Table.HeaderCell scope="col" align="right" key={point.code}>
              {point.text}
            </Table.HeaderCell>
          ))}
          <Table.HeaderCell scope="col" align="right">
            Har svart
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {question.rows.map((row) => (
          <Table.Row key={row.code}>
            <Table.HeaderCell scope="row">{row.text}</Table.HeaderCell>
            {row.points.map((point) => (
              <Table.DataCell align="right" key={point.code}>
                {point.count} ({percent(point.percent)})
              </Table.DataCell>
            ))}
            <Table.DataCell align="right">{row.answered}</Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** A question's text for the table of contents: at most about 100 characters, cut at a word. */
function shortText(text: string, max = 100): string {
  return text.length <= max ? text : text.slice(0, max).replace(/\s+\S*$/, "") + " …";
}

const sectionId = (question: SurveyQuestionSummary) => `summary-${question.label}`;

function Contents({ questions }: { questions: SurveyQuestionSummary[] }) {
  return (
    <nav aria-labelledby="summary-contents-heading">
      <Heading level="3" size="small" id="summary-contents-heading" spacing>
        Innhold
      </Heading>
      <ol className="survey-contents">
        {questions.map((question) => (
          <li key={question.label}>
            <Link href={`#${sectionId(question)}`}>
              Spm. {question.number}: {shortText(question.text)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function SummaryView({ roundId }: { roundId: number }) {
  const { value, error } = useLoaded(
    () => api.surveySummary(roundId),
    [roundId],
    "Kunne ikke hente sammendraget.",
  );
  const [by, setBy] = useState<By>("");
  if (error) return <Alert variant="error">{error}</Alert>;
  if (!value) return null;
  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <Heading level="2" size="medium">
          Svar fra {value.responseRate}
        </Heading>
        <HStack gap="space-16" align="end" wrap>
          <Select
            label="Fordel på"
            value={by}
            onChange={(event) => setBy(event.target.value as By)}
          >
            <option value="">Ingen fordeling</option>
            <option value="kommunestr">Kommunestørrelse</option>
            <option value="fylke">Fylke</option>
          </Select>
          <DownloadLinks urlFor={(format) => api.surveyExportUrl(roundId, "summary", format)} />
        </HStack>
        <BodyShort size="small" textColor="subtle">
          Andelene er av kontorene som fikk spørsmålet. Grupper med færre enn 5 kontorer vises ikke,
          og heller ikke en gruppe som ellers kunne regnes ut av de andre.
        </BodyShort>
      </VStack>
      {value.responded === 0 ? (
        <Alert variant="info">
          Ingen kontorer har svart ennå. Sammendraget vises når det første kontoret har sendt inn.
        </Alert>
      ) : (
        <Contents questions={value.questions} />
      )}
      {value.responded > 0 &&
        value.questions.map((question) => (
          <section key={question.label} aria-labelledby={sectionId(question)}>
            <Heading level="3" size="small" id={sectionId(question)} spacing>
              <span className="survey-label">Spm. {question.number}</span> {question.text}
            </Heading>
            {question.filtered && (
              <BodyShort size="small" spacing>
                Stilt til {question.shown === 1 ? "1 kontor" : `${question.shown} kontorer`} (filter
                på et tidligere svar).
              </BodyShort>
            )}
            {question.type === "grid" ? (
              <GridTable question={question} />
            ) : question.type === "open" ? (
              <BodyShort>
                {question.options.map((option) => `${option.text}: ${option.nOfM}`).join(" · ")}
              </BodyShort>
            ) : (
              <OptionsTable question={question} by={by} />
            )}
            {question.personalAnswers > 0 && (
              <BodyShort size="small">
                {question.personalAnswers} kontorer har lagt igjen kontaktinformasjon. Den vises
                ikke her.
              </BodyShort>
            )}
            {question.openAnswers.length > 0 && (
              <ReadMore header={`Åpne svar (${question.openAnswers.length})`}>
                <ul>
                  {question.openAnswers.map((text, index) => (
                    <li key={index}>{text}</li>
                  ))}
                </ul>
              </ReadMore>
            )}
          </section>
        ))}
    </VStack>
  );
}
