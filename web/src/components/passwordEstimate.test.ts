// @vitest-environment node
// The password hint against the table the server's unit tests run too
// (shared/password_cases.json; server/tests/domain/shared_cases_test.cpp): the same common Norwegian
// passwords, the user's own words taken apart the same way, and the same verdict on each case.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  loadEstimator,
  minimumScore,
  norwegianCommonWords,
  personalPieces,
} from "./passwordEstimate";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const table = JSON.parse(readFileSync(resolve(root, "shared/password_cases.json"), "utf8")) as {
  minimumScore: number;
  norwegianCommonWords: string[];
  cases: { name: string; password: string; userInputs: string[]; strong: boolean }[];
  differences: { name: string; password: string; userInputs: string[]; web: boolean }[];
};

describe("the shared table of password cases", () => {
  it("asks for the same score", () => {
    expect(minimumScore).toBe(table.minimumScore);
  });

  it("knows the same common Norwegian passwords", () => {
    expect(norwegianCommonWords).toEqual(table.norwegianCommonWords);
  });

  const verdicts = [
    ...table.cases.map((c) => [c.name, c.password, c.userInputs, c.strong] as const),
    ...table.differences.map((c) => [c.name, c.password, c.userInputs, c.web] as const),
  ];
  it.each(verdicts)("%s: %j", async (_, password, userInputs, strong) => {
    const estimate = (await loadEstimator())(password, [...userInputs]);
    expect(estimate.score >= minimumScore).toBe(strong);
  });
});

describe("the user's own words", () => {
  it("are taken whole and in pieces, in lower case, as the server takes them", () => {
    expect(personalPieces(["Tuva.Bergsvik@nav.no", "Tuva Bergsvik", "Bo"])).toEqual([
      "tuva.bergsvik@nav.no",
      "tuva",
      "bergsvik",
      "nav",
      "tuva bergsvik",
      "tuva",
      "bergsvik",
    ]);
  });
});
