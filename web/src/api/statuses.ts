// The statuses and kinds the server decides on (server/src/domain/statuses.hpp), one table each.
// Compare with these, never with a string literal. Where the API's description lists a status's
// values, its table `satisfies` them, so renaming one in server/openapi.json (and npm run
// gen:api) fails `tsc --noEmit` here; the others are typed by their table alone.
import type { paths } from "./schema";
import type { Schemas } from "./client";

type ValueOf<T> = T[keyof T];

/** A booking's life: venter_bekreftelse → bestilt → innsjekket → utsjekket, or avbestilt/avvist. */
export const PlacementStatus = {
  awaitingConfirmation: "venter_bekreftelse",
  booked: "bestilt",
  checkedIn: "innsjekket",
  checkedOut: "utsjekket",
  cancelled: "avbestilt",
  declined: "avvist",
} as const;
export type PlacementStatus = ValueOf<typeof PlacementStatus>;

type DeviationStatusFilter = NonNullable<
  NonNullable<paths["/api/v1/deviations"]["get"]["parameters"]["query"]>["status"]
>;
/** A deviation's life: open, reported to the municipality, closed. */
export const DeviationStatus = {
  open: "apent",
  reported: "meldt",
  closed: "lukket",
} as const satisfies Record<string, DeviationStatusFilter>;
export type DeviationStatus = ValueOf<typeof DeviationStatus>;

/** A vedtak: a draft, waiting for the leder's approval, decided. */
export const DecisionStatus = {
  draft: "draft",
  awaitingApproval: "awaiting_approval",
  decided: "decided",
} as const satisfies Record<string, Schemas["Decision"]["status"]>;
export type DecisionStatus = ValueOf<typeof DecisionStatus>;

/** A vedtak's outcome (Digisos utfall). */
export const DecisionOutcome = {
  granted: "INNVILGET",
  partlyGranted: "DELVIS_INNVILGET",
  refused: "AVSLATT",
  rejected: "AVVIST",
} as const satisfies Record<string, NonNullable<Schemas["DecisionInput"]["outcome"]>>;
export type DecisionOutcome = ValueOf<typeof DecisionOutcome>;
/** Grants a place, fully or partly. */
export const grantsPlace = (outcome: string) =>
  outcome === DecisionOutcome.granted || outcome === DecisionOutcome.partlyGranted;

/** A request's outcome (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak): a vedtak
 * (decided in the case), withdrawn by the person, or no request for a place (registered here).
 * «veiledning» closed a request with only advice before the rule; stored rows keep it. */
export const RequestOutcome = {
  decision: "vedtak",
  withdrawn: "trukket",
  noRequestForPlace: "ikke_sokt",
  onlyAdviceBeforeTheRule: "veiledning",
} as const;
export type RequestOutcome = ValueOf<typeof RequestOutcome>;
/** The outcomes registered without a vedtak (the API's OutcomeInput kinds). */
export const RegisteredOutcome = {
  withdrawn: RequestOutcome.withdrawn,
  noRequestForPlace: RequestOutcome.noRequestForPlace,
} as const satisfies Record<string, Schemas["OutcomeInput"]["kind"]>;
export type RegisteredOutcome = ValueOf<typeof RegisteredOutcome>;

/** How a stay ended (docs/domain.md#exit-outcomes). */
export const ExitOutcome = {
  municipalHousing: "kommunal_bolig",
  privateRental: "privat_leie",
  ownHome: "egen_bolig",
  transit: "overgang",
  declinedOffer: "takket_nei",
  endedByProvider: "avsluttet_av_tilbyder",
  terminated: "stans",
  leftWithoutNotice: "forlot_uten_beskjed",
  other: "annet",
} as const;
export type ExitOutcome = ValueOf<typeof ExitOutcome>;

/** What became of an appeal: the office's step first, then Statsforvalteren's. */
export const AppealResult = {
  changedByOffice: "omgjort_av_kontoret",
  sentToStatsforvalteren: "sendt_statsforvalteren",
  upheld: "stadfestet",
  changedByStatsforvalteren: "omgjort_av_statsforvalteren",
  quashed: "opphevet",
  withdrawn: "trukket",
} as const;
export type AppealResult = ValueOf<typeof AppealResult>;

/** How a vedtak was given to the person (fvl. § 27): it decides when the appeal deadline starts (§ 29). */
export const DeliveryMethod = {
  inPerson: "personlig",
  digital: "digitalt",
  post: "post",
} as const;
export type DeliveryMethod = ValueOf<typeof DeliveryMethod>;

/** What a granted vedtak offers: the place named, or the office's promise to find one by a date. */
export const OfferKind = {
  namedPlace: "navngitt",
  officeFinds: "skaffes",
} as const;
export type OfferKind = ValueOf<typeof OfferKind>;

/** The office's assessment of an appeal sent after the deadline (fvl. § 31). */
export const LateAppealAssessment = {
  heard: "behandles",
  dismissed: "avvist",
} as const;
export type LateAppealAssessment = ValueOf<typeof LateAppealAssessment>;

/** An office's response in a survey round. */
export const SurveyResponseStatus = {
  notStarted: "ikke_startet",
  draft: "utkast",
  submitted: "sendt",
} as const satisfies Record<string, Schemas["SurveyResponseStatus"]["status"]>;
export type SurveyResponseStatus = ValueOf<typeof SurveyResponseStatus>;

/** A unit's quality status, derived on the server from its latest inspection and agreement. */
export const QualityStatus = {
  adequate: "godkjent",
  inspectionOverdue: "kontroll_utlopt",
  notAdequate: "ikke_forsvarlig",
  notInspected: "ikke_kontrollert",
  noAgreement: "mangler_avtale",
} as const;
export type QualityStatus = ValueOf<typeof QualityStatus>;
