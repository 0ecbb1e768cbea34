// One office's response to a survey round, page by page: filters applied as answers change,
// exclusive options enforced, required answers checked before moving on (ErrorSummary), a draft
// saved at every step, submitted once. A submitted response is shown read-only.
import {
  Alert,
  BodyShort,
  Button,
  ErrorSummary,
  FormProgress,
  HStack,
  Heading,
  Link,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { ApiError, api } from "../../api/client";
import type { SurveyResponse } from "../../api/client";
import { SurveyResponseStatus } from "../../api/statuses";
import { formatDate, formatDateTime } from "../../format";
import { QuestionField } from "./QuestionField";
import type { PrefillNote } from "./QuestionField";
import { StatusTag } from "./SurveyPage";
import {
  cleaned,
  isShown,
  missingAnswers,
  questionNumbers,
  shownOnly,
  withNumber,
  withQuestionNumbers,
} from "./surveyLogic";
import type { Answers, Definition, Problem } from "./surveyLogic";

const fieldId = (label: string) => `survey-${label}`;

export function ResponsePage() {
  const responseId = Number(useParams().responseId);
  const [response, setResponse] = useState<SurveyResponse | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [page, setPage] = useState(0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loadError, setLoadError] = useState("");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    api.surveyResponse(responseId).then(
      (loaded) => {
        setResponse(loaded);
        setAnswers(loaded.answers as Answers);
      },
      (error) =>
        setLoadError(error instanceof ApiError ? error.message : "Kunne ikke hente besvarelsen."),
    );
  }, [responseId]);
  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);

  const definition = response?.definition as unknown as Definition | undefined;
  const prefill = useMemo(() => {
    const notes: Record<string, PrefillNote> = {};
    for (const item of response?.prefill ?? []) notes[item.label] = item;
    return notes;
  }, [response]);
  const numbers = useMemo(() => (definition ? questionNumbers(definition) : {}), [definition]);

  if (loadError) return <Alert variant="error">{loadError}</Alert>;
  if (!response || !definition) return null;
  const pages = definition.pages;
  const current = pages[page];
  const submitted = response.status === SurveyResponseStatus.submitted;
  const last = page === pages.length - 1;

  function change(label: string, answer: Answers[string]) {
    setAnswers((previous) => ({ ...previous, [label]: answer }));
    setSaved("");
  }

  function fail(error: unknown) {
    if (error instanceof ApiError)
      setProblems([
        { label: error.field ?? "", message: withQuestionNumbers(numbers, error.message) },
      ]);
    else setProblems([{ label: "", message: "Noe gikk galt. Prøv igjen." }]);
  }

  async function save(toPage: number) {
    if (!definition) return;
    setBusy(true);
    try {
      const updated = await api.saveSurveyResponse(
        responseId,
        cleaned(shownOnly(definition, answers)),
      );
      setResponse(updated);
      setSaved(`Utkastet er lagret ${formatDateTime(updated.updatedAt ?? "")}.`);
      setProblems([]);
      setPage(toPage);
      window.scrollTo(0, 0);
      headingRef.current?.focus();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  async function next(event: FormEvent) {
    event.preventDefault();
    if (!definition) return;
    const missing = missingAnswers(definition, current.questions, answers);
    if (missing.length > 0) {
      setProblems(missing.map(withNumber(numbers)));
      return;
    }
    if (!last) {
      await save(page + 1);
      return;
    }
    // A page left before its answers were required (a filter turned on later): go back to it.
    const unfinished = pages.findIndex(
      (p) => missingAnswers(definition, p.questions, answers).length > 0,
    );
    if (unfinished >= 0) {
      setPage(unfinished);
      setProblems(
        missingAnswers(definition, pages[unfinished].questions, answers).map(withNumber(numbers)),
      );
      return;
    }
    setBusy(true);
    try {
      const updated = await api.submitSurveyResponse(
        responseId,
        cleaned(shownOnly(definition, answers)),
      );
      setResponse(updated);
      setAnswers(updated.answers as Answers);
      setProblems([]);
      setPage(0);
      headingRef.current?.focus();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  const errorFor = (label: string) => problems.find((problem) => problem.label === label)?.message;
  const questionsOnPage = (index: number) =>
    pages[index].questions.filter((question) => isShown(definition, question, answers));

  return (
    <VStack gap="space-24">
      <div>
        <Link as={RouterLink} to="/undersokelse">
          Alle undersøkelser
        </Link>
        <Heading level="1" size="large" spacing ref={headingRef} tabIndex={-1}>
          {response.round.title}
        </Heading>
        <HStack gap="space-12" align="center">
          <StatusTag status={response.status} />
          <BodyShort>
            {response.officeName} · svarfrist {formatDate(response.round.deadline)}
          </BodyShort>
        </HStack>
      </div>
      {submitted ? (
        <>
          <Alert variant="success">
            Besvarelsen ble sendt inn {formatDateTime(response.submittedAt ?? "")}. Trenger noe å
            rettes, kan en administrator åpne den igjen.
          </Alert>
          {pages.map((p, index) => (
            <section key={p.id} aria-labelledby={`page-${p.id}`}>
              <Heading level="2" size="medium" id={`page-${p.id}`} spacing>
                {p.title}
              </Heading>
              <VStack gap="space-24">
                {questionsOnPage(index).map((question) => (
                  <QuestionField
                    key={question.label}
                    id={fieldId(question.label)}
                    question={question}
                    number={numbers[question.label]}
                    answer={answers[question.label]}
                    onChange={() => undefined}
                    period={response.period}
                    readOnly
                  />
                ))}
              </VStack>
            </section>
          ))}
        </>
      ) : (
        <>
          {response.prefill.length > 0 && page === 0 && (
            <Alert variant="info">
              {response.prefill.length} svar er fylt ut fra kontorets egne data for perioden{" "}
              {response.period}. Sjekk dem og endre det som ikke stemmer.
            </Alert>
          )}
          <FormProgress
            totalSteps={pages.length}
            activeStep={page + 1}
            onStepChange={(step) => save(step - 1)}
          >
            {pages.map((p, index) => (
              <FormProgress.Step key={p.id} completed={index < page} interactive={!busy}>
                {p.title}
              </FormProgress.Step>
            ))}
          </FormProgress>
          <form id="survey-form" onSubmit={next} noValidate>
            <VStack gap="space-32">
              <Heading level="2" size="medium">
                {current.title}
              </Heading>
              {questionsOnPage(page).map((question) => (
                <QuestionField
                  key={question.label}
                  id={fieldId(question.label)}
                  question={question}
                  number={numbers[question.label]}
                  answer={answers[question.label]}
                  onChange={(answer) => change(question.label, answer)}
                  error={errorFor(question.label)}
                  prefill={prefill[question.label]}
                  period={response.period}
                />
              ))}
              {problems.length > 0 && (
                <ErrorSummary ref={summaryRef} heading="Du må rette dette før du kan gå videre">
                  {problems.map((problem) => (
                    <ErrorSummary.Item
                      key={`${problem.label}-${problem.message}`}
                      href={`#${problem.label ? fieldId(problem.label) : "survey-form"}`}
                    >
                      {problem.message}
                    </ErrorSummary.Item>
                  ))}
                </ErrorSummary>
              )}
              <div role="status">{saved && <BodyShort size="small">{saved}</BodyShort>}</div>
              <HStack gap="space-16">
                {page > 0 && (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => save(page - 1)}
                    disabled={busy}
                  >
                    Forrige
                  </Button>
                )}
                <Button type="submit" loading={busy}>
                  {last ? "Send inn" : "Lagre og fortsett"}
                </Button>
              </HStack>
            </VStack>
          </form>
        </>
      )}
    </VStack>
  );
}
