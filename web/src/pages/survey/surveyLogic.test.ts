// @vitest-environment node
// The form's survey rules against the table the server's unit tests run too
// (shared/survey_cases.json; server/tests/domain/shared_cases_test.cpp), so the live form and the server
// (server/src/domain/survey.cpp) can never disagree. Then the helpers only the form has.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  allQuestions,
  chooseRow,
  cleaned,
  isAnswered,
  isShown,
  looksLikeName,
  maxOpenText,
  missingAnswers,
  parseFilter,
  sameAnswer,
  shownOnly,
  toggle,
  questionNumbers,
  withNumber,
  withQuestionNumbers,
  writeText,
} from "./surveyLogic";
import type { Answer, Answers, Definition, Question } from "./surveyLogic";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const readJson = (pathFromRoot: string) =>
  JSON.parse(readFileSync(resolve(root, pathFromRoot), "utf8"));

interface Case {
  name: string;
  definition?: string;
  [key: string]: unknown;
}

const table = readJson("shared/survey_cases.json") as {
  serverOnly: string[];
  constants: { maxOpenText: number };
  definitions: Record<string, Definition | string>;
  [section: string]: unknown;
};

// The sections this file runs; the rest are the server's alone (the table's "serverOnly").
const sections = ["filters", "shown", "answered", "toggle", "missing", "stored", "constants"];

function definitionOf(item: { definition?: string }): Definition {
  const source = table.definitions[item.definition ?? "cases"];
  return typeof source === "string" ? (readJson(source) as Definition) : source;
}

function questionOf(item: Case): Question {
  const question = allQuestions(definitionOf(item)).find((q) => q.label === item.question);
  if (!question) throw new Error(`no question ${String(item.question)}`);
  return question;
}

function cases(section: string): Case[] {
  const list = table[section] as Case[];
  expect(list.length).toBeGreaterThan(0);
  return list;
}

// An answer in full, so that an empty part and a missing one compare alike (as on the server).
const full = (answer: Answer | null | undefined) => ({
  codes: answer?.codes ?? [],
  texts: answer?.texts ?? {},
  rows: answer?.rows ?? {},
});

describe("the shared table of survey cases", () => {
  it("has no section that neither side runs", () => {
    const known = new Set([
      ...sections,
      ...table.serverOnly,
      "$comment",
      "serverOnly",
      "definitions",
    ]);
    expect(Object.keys(table).filter((key) => !known.has(key))).toEqual([]);
  });

  it("constants", () => {
    expect(maxOpenText).toBe(table.constants.maxOpenText);
  });

  it.each(cases("filters").map((item) => [item.text, item] as const))("filter %j", (_, item) => {
    expect(parseFilter(item.text as string)).toEqual(item.parsed);
  });

  it.each(cases("shown").map((item) => [item.name, item] as const))("shown: %s", (_, item) => {
    const definition = definitionOf(item);
    const answers = item.answers as Answers;
    const asked =
      (item.questions as string[] | undefined) ?? allQuestions(definition).map((q) => q.label);
    const shown = asked.filter((label) =>
      isShown(
        definition,
        allQuestions(definition).find((q) => q.label === label)!,
        answers,
      ),
    );
    expect(shown).toEqual(item.shown);
  });

  it.each(cases("answered").map((item) => [item.name, item] as const))(
    "answered: %s",
    (_, item) => {
      expect(isAnswered(questionOf(item), (item.answer as Answer | null) ?? undefined)).toBe(
        item.answered,
      );
    },
  );

  it.each(cases("toggle").map((item) => [item.name, item] as const))("toggle: %s", (_, item) => {
    const result = toggle(
      questionOf(item),
      (item.answer as Answer | null) ?? undefined,
      item.code as number,
    );
    expect(full(result)).toEqual(full(item.result as Answer));
  });

  it.each(cases("missing").map((item) => [item.name, item] as const))("missing: %s", (_, item) => {
    const definition = definitionOf(item);
    expect(missingAnswers(definition, allQuestions(definition), item.answers as Answers)).toEqual(
      item.problems,
    );
  });

  // What the form sends on save and submit (ResponsePage), which the server stores as it is.
  it.each(cases("stored").map((item) => [item.name, item] as const))("stored: %s", (_, item) => {
    const definition = definitionOf(item);
    expect(cleaned(shownOnly(definition, item.answers as Answers))).toEqual(item.stored);
  });
});

describe("the form's own helpers", () => {
  const definition = definitionOf({});
  const question = (label: string) => allQuestions(definition).find((q) => q.label === label)!;

  it("numbers the questions through the pages and names a problem by its number", () => {
    const numbers = questionNumbers(definition);
    const labels = allQuestions(definition).map((q) => q.label);
    expect(labels.map((label) => numbers[label])).toEqual(labels.map((_, index) => index + 1));
    expect(withNumber(numbers)({ label: labels[1], message: "Spørsmålet må besvares." })).toEqual({
      label: labels[1],
      message: "Spm. 2: Spørsmålet må besvares.",
    });
  });

  it("names the questions of the real questionnaire «Spm. N», never by their variable", () => {
    const numbers = { kommunestr: 1, Label1b: 2, Label19b: 8 };
    expect(withQuestionNumbers(numbers, "Label19b har ikke svarkoden 9.")).toBe(
      "Spm. 8 har ikke svarkoden 9.",
    );
    expect(withQuestionNumbers(numbers, "kommunestr: Label1b")).toBe("Spm. 1: Spm. 2");
  });

  it("asks only about the questions given (one page)", () => {
    const page = definition.pages[1].questions;
    expect(missingAnswers(definition, page, {}).map((p) => p.label)).toEqual(["Q5", "Q7", "Q9"]);
  });

  it("writing in an open option's field chooses it, and emptying the field unchooses it", () => {
    const q2 = question("Q2");
    const written = writeText(q2, { codes: [4] }, 3, "Noe annet");
    expect(full(written)).toEqual(full({ codes: [3], texts: { "3": "Noe annet" } }));
    const longer = writeText(q2, written, 3, "Noe annet enn det");
    expect(full(longer)).toEqual(full({ codes: [3], texts: { "3": "Noe annet enn det" } }));
    expect(full(writeText(q2, longer, 3, ""))).toEqual(full({}));
  });

  it("a grid keeps the point chosen on each row", () => {
    const answer = chooseRow(chooseRow(undefined, 1, 2), 3, 1);
    expect(chooseRow(answer, 1, 3).rows).toEqual({ "1": 3, "3": 1 });
  });

  it("compares answers whatever the order of their codes", () => {
    expect(sameAnswer({ codes: [1, 2] }, { codes: [2, 1] })).toBe(true);
    expect(sameAnswer({ codes: [1] }, { codes: [1], texts: { "1": "x" } })).toBe(false);
    expect(sameAnswer(undefined, {})).toBe(true);
  });

  it("warns of what looks like a person's name, institutions aside", () => {
    for (const text of ["Gjaldt Ola Nordmann i fjor", "Kari Dahl-Hansen ringte", "Åse Ødegård"])
      expect(looksLikeName(text), text).toBe(true);
    for (const text of [
      "Nav Oslo ringte",
      "Kirkens Bymisjon har plass",
      "Frelsesarmeen og Røde Kors",
      "ola nordmann",
      "Ola. Nordmann",
      "Vi ringte Ola",
      "",
    ])
      expect(looksLikeName(text), text).toBe(false);
  });
});
