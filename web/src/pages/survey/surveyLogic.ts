// The rules of answering a survey, as the form applies them live: filters (a question shown only
// when an earlier answer holds), exclusive options, required answers. The server applies the same
// rules (server/src/domain/survey.cpp) and has the last word. Both run the one table of cases in
// shared/survey_cases.json (surveyLogic.test.ts here, shared_cases_test.cpp there): change a rule
// on both sides and in the table.
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

// The longest open text the server takes (in characters).
export const maxOpenText = 4000;

// The questionnaire's codes start at 1; the server reads them as 32-bit integers.
const largestCode = 2 ** 31 - 1;

/** «\Label16.a=1;2;3» → Label16 and its codes; null when it is not one. */
export function parseFilter(text: string): Filter | null {
  const match = /^\\?([A-Za-z0-9]+)\.a=(\d+(?:;\d+)*)$/.exec(text);
  if (!match) return null;
  const codes = match[2].split(";").map(Number);
  if (codes.some((code) => code < 1 || code > largestCode)) return null;
  return { label: match[1], codes };
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
 * chosen without its text (the first chosen, as the server names it). The messages are the
 * server's; `withNumber` puts the question's number in front, as the form shows them. */
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
        message: question.type === "grid" ? "Svar på alle radene." : "Spørsmålet må besvares.",
      });
      continue;
    }
    const open = codesOf(answer)
      .map((code) => (question.options ?? []).find((option) => option.code === code))
      .find((option) => option?.open && !answer?.texts?.[String(option.code)]);
    if (open)
      problems.push({ label: question.label, message: `Skriv hva «${open.text}» gjelder.` });
  }
  return problems;
}

/** Each question's number as the questionnaire prints it, counted through the pages in order
 * (label → 1, 2, …): the form and the summary show «Spm. 4», never the variable «Label4». */
export function questionNumbers(definition: Definition): Record<string, number> {
  const numbers: Record<string, number> = {};
  allQuestions(definition).forEach((question, index) => (numbers[question.label] = index + 1));
  return numbers;
}

/** «Spm. 4»; the label itself only for a question the questionnaire does not have. */
export function questionTitle(numbers: Record<string, number>, label: string): string {
  return numbers[label] ? `Spm. ${numbers[label]}` : label;
}

/** A message that names a question by its variable («Label4 har ikke svarkoden 9.») with its
 * number instead («Spm. 4 har ikke svarkoden 9.»). */
export function withQuestionNumbers(numbers: Record<string, number>, message: string): string {
  return message.replace(/\b(kommunestr|Label\w+)\b/g, (label) => questionTitle(numbers, label));
}

/** «Spm. 4: Spørsmålet må besvares.» */
export const withNumber =
  (numbers: Record<string, number>) =>
  (problem: Problem): Problem => ({
    label: problem.label,
    message: `${questionTitle(numbers, problem.label)}: ${problem.message}`,
  });

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

// Words that are capitalised in a name of an institution, not of a person.
const institutionWords = new Set([
  "Nav",
  "Husly",
  "Husbanken",
  "Statsforvalteren",
  "Kommune",
  "Kommunen",
  "Bolig",
  "Kirkens",
  "Bymisjon",
  "Bymisjonen",
  "Frelsesarmeen",
  "Røde",
  "Blå",
  "Kors",
]);
const capitalised = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

/**
 * Whether a free text may hold a person's name: two capitalised words in a row ("Ola Dahl"),
 * institution words aside. Only a warning to the writer: open answers are read outside the
 * office. (An identity number the server refuses outright.)
 */
export function looksLikeName(text: string): boolean {
  const parts = text.match(/[\p{L}-]+|[^\p{L}-]+/gu) ?? [];
  for (let i = 0; i + 2 < parts.length; i++) {
    const [first, between, second] = [parts[i], parts[i + 1], parts[i + 2]];
    if (!/^ +$/.test(between)) continue;
    if (!capitalised.test(first) || !capitalised.test(second)) continue;
    if (institutionWords.has(first) || institutionWords.has(second)) continue;
    return true;
  }
  return false;
}
