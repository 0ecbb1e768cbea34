// @vitest-environment node
// The web app's status tables against the codes the server's tables have too
// (shared/statuses.json; server/tests/domain/shared_cases_test.cpp), in the server's order.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  AppealResult,
  DeliveryMethod,
  OfferKind,
  LateAppealAssessment,
  DecisionStatus,
  DeviationStatus,
  ExitOutcome,
  PlacementStatus,
  QualityStatus,
  SurveyResponseStatus,
} from "./statuses";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const table = JSON.parse(readFileSync(resolve(root, "shared/statuses.json"), "utf8")) as Record<
  string,
  string[]
>;

describe("the shared table of statuses", () => {
  it.each([
    ["placementStatus", PlacementStatus],
    ["deviationStatus", DeviationStatus],
    ["decisionStatus", DecisionStatus],
    ["exitOutcome", ExitOutcome],
    ["appealResult", AppealResult],
    ["deliveryMethod", DeliveryMethod],
    ["offerKind", OfferKind],
    ["lateAppealAssessment", LateAppealAssessment],
    ["surveyResponseStatus", SurveyResponseStatus],
    ["qualityStatus", QualityStatus],
  ] as const)("%s has the server's codes", (name, statuses) => {
    expect(Object.values(statuses)).toEqual(table[name]);
  });
});
