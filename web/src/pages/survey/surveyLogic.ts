// The rules of answering a survey, as the form applies them live: filters (a question shown only
// when an earlier answer holds), exclusive options, required answers. The server applies the same
// rules (server/src/domain/survey.cpp) and has the last word.
import type { Schemas } from "../../api/client";

export type Answer = Schemas["SurveyAnswer"];
export type Answers = Record<string, Answer>;

export interface Choice {
  code: number;
  seedCode?: number;
  text: string;
  open?: boolean;
  exclusive?: boolean;
  min?: number;
  max?: number;
}

export type QuestionType = "single" | "multiple" | "grid" | "open" | "range";

export interface Question {
  label: string;
  text: string;
  type: QuestionType;
  required?: boolean;
  personal?: boolean;
  filter?: string;
  options?: Choice[];
  scale?: Choice[];
  rows?: Choice[];
}

export interface Page {
  id: string;
  title: string;
  questions: Question[];
}

export interface Definition {
  id: string;
  title: string;
  pages: Page[];
}

export interface Filter {
  label: string;
  codes: number[];
}

/** «\Label16.a=1;2;3» → Label16 and its codes; null when it is not one. */
export function parseFilter(text: string): Filter | null {
  const match = /^\\?([A-Za-z0-9]+)\.a=(\d+(?:;\d+)*)$/.exec(text);
  if (!match) return null;
  return { label: match[1], codes: match[2].split(";").map(Number) };
}

export function allQuestions(definition: Definition): Question[] {
  return definition.pages.flatMap((page) => page.questions);
}

function findQuestion(definition: Definition, label: string) {
  return allQuestions(definition).find((question) => question.label === label);
}

const codesOf = (answer: Answer | undefined) => answer?.codes ?? [];

/** Shown when its filter holds and the question the filter looks at is itself shown. */
export function isShown(definition: Definition, question: Question, answers: Answers): boolean {
  if (!question.filter) return true;
  const filter = parseFilter(question.filter);
  if (!filter) return false;
  if (!filter.codes.some((code) => codesOf(answers[filter.label]).includes(code))) return false;
  const target = findQuestion(definition, filter.label);
  return target ? isShown(definition, target, answers) : false;
}

/** The answers without those to questions that are hidden. */
export function shownOnly(definition: Definition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of allQuestions(definition))
    if (answers[question.label] && isShown(definition, question, answers))
      kept[question.label] = answers[question.label];
  return kept;
}

const isSingle = (question: Question) => question.type === "single" || question.type === "range";

/** Choosing (or unchoosing) an option: an exclusive one clears the others, any other clears the
 * exclusive ones, a single question keeps one. */
export function toggle(question: Question, answer: Answer | undefined, code: number): Answer {
  const options = question.options ?? [];
  const option = options.find((o) => o.code === code);
  const codes = codesOf(answer);
  const texts = { ...(answer?.texts ?? {}) };
  if (!option) return answer ?? {};
  if (codes.includes(code)) {
    delete texts[String(code)];
    return { ...answer, codes: codes.filter((c) => c !== code), texts };
  }
  const exclusive = (c: number) => options.find((o) => o.code === c)?.exclusive ?? false;
  const kept = isSingle(question) || option.exclusive ? [] : codes.filter((c) => !exclusive(c));
  for (const key of Object.keys(texts)) if (!kept.includes(Number(key))) delete texts[key];
  return { ...answer, codes: [...kept, code], texts };
}

/** Writing in an open option's field chooses the option (and clears exclusive ones); emptying
 * it unchooses the option. */
export function writeText(
  question: Question,
  answer: Answer | undefined,
  code: number,
  text: string,
): Answer {
  const chosen = codesOf(answer).includes(code);
  let next: Answer = answer ?? {};
  if (text && !chosen) next = toggle(question, next, code);
  if (!text && chosen) next = toggle(question, next, code);
  const texts = { ...(next.texts ?? {}) };
  if (text) texts[String(code)] = text;
  else delete texts[String(code)];
  return { ...next, texts };
}

export function chooseRow(answer: Answer | undefined, row: number, point: number): Answer {
  return { ...answer, rows: { ...(answer?.rows ?? {}), [String(row)]: point } };
}

export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (question.type === "grid") {
    const answered = Object.keys(answer?.rows ?? {}).length;
    return question.required ? answered === (question.rows ?? []).length : answered > 0;
  }
  return codesOf(answer).length > 0;
}

export interface Problem {
  label: string;
  message: string;
}

/** What stops submitting the questions given: shown required ones unanswered, an open option
 * chosen without its text. */
export function missingAnswers(
  definition: Definition,
  questions: Question[],
  answers: Answers,
): Problem[] {
  const problems: Problem[] = [];
  for (const question of questions) {
    if (!isShown(definition, question, answers)) continue;
    const answer = answers[question.label];
    if (question.required && !isAnswered(question, answer)) {
      problems.push({
        label: question.label,
        message:
          question.type === "grid"
            ? `${question.label}: Svar på alle radene.`
            : `${question.label}: Spørsmålet må besvares.`,
      });
      continue;
    }
    const open = (question.options ?? []).find(
      (option) =>
        option.open &&
        codesOf(answer).includes(option.code) &&
        !answer?.texts?.[String(option.code)],
    );
    if (open)
      problems.push({
        label: question.label,
        message: `${question.label}: Skriv hva «${open.text}» gjelder.`,
      });
  }
  return problems;
}

/** The answers as the server stores them: empty ones left out. */
export function cleaned(answers: Answers): Answers {
  const result: Answers = {};
  for (const [label, answer] of Object.entries(answers)) {
    const codes = answer.codes ?? [];
    const rows = answer.rows ?? {};
    if (codes.length === 0 && Object.keys(rows).length === 0) continue;
    result[label] = {
      ...(codes.length ? { codes } : {}),
      ...(answer.texts && Object.keys(answer.texts).length ? { texts: answer.texts } : {}),
      ...(Object.keys(rows).length ? { rows } : {}),
    };
  }
  return result;
}

/** Whether two answers say the same (the order of codes aside). */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  const norm = (x: Answer | undefined) =>
    JSON.stringify({
      codes: [...(x?.codes ?? [])].sort((p, q) => p - q),
      texts: x?.texts ?? {},
      rows: x?.rows ?? {},
    });
  return norm(a) === norm(b);
}
