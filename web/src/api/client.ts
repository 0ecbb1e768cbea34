// The one typed client for the Husly API. Types come from server/openapi.json
// (npm run gen:api → src/api/schema.d.ts).
import type { components } from "./schema";

export type Schemas = components["schemas"];
export type Me = Schemas["Me"];
export type Office = Schemas["Office"];
export type OfficeInput = Schemas["OfficeInput"];
export type User = Schemas["User"];
export type NewUser = Schemas["NewUser"];
export type UserChanges = Schemas["UserChanges"];
export type Role = Schemas["Role"];
export type Membership = Schemas["Membership"];
export type Municipality = Schemas["Municipality"];
export type AuditEntry = Schemas["AuditEntry"];
export type RoleGrant = Schemas["RoleGrant"];
export type AuditPage = Schemas["AuditPage"];
export type AuditVerification = Schemas["AuditVerification"];
export type CodeLists = Schemas["CodeLists"];
export type CodeEntry = Schemas["CodeEntry"];
export type Person = Schemas["Person"];
export type ChildAssessment = Schemas["ChildAssessment"];
export type PersonInput = Schemas["PersonInput"];
export type PersonWithRequests = Schemas["PersonWithRequests"];
export type RequestSummary = Schemas["RequestSummary"];
export type RequestInput = Schemas["RequestInput"];
export type CaseRequest = Schemas["Request"];
export type OutcomeInput = Schemas["OutcomeInput"];
export type WorkList = "today" | "open" | "recent" | "approval" | "declined" | "children";
export type DecisionView = Schemas["DecisionView"];
export type Decision = Schemas["Decision"];
export type DecisionInput = Schemas["DecisionInput"];
export type Appeal = Schemas["Appeal"];
export type WaitingListEntry = Schemas["WaitingListEntry"];
export type StorageRecord = Schemas["StorageRecord"];
export type StorageInput = Schemas["StorageInput"];
export type Stay = Schemas["Stay"];
export type StayDetail = Schemas["StayDetail"];
export type StayListName = "watch" | "open" | "ended";
export type StayAgreementInput = Schemas["StayAgreementInput"];
export type ActionItemInput = Schemas["ActionItemInput"];
export type AppointmentInput = Schemas["AppointmentInput"];
export type BreachInput = Schemas["BreachInput"];
export type ExitInput = Schemas["ExitInput"];
export type AfterCareInput = Schemas["AfterCareInput"];
export type TerminationInput = Schemas["TerminationInput"];
export type Provider = Schemas["Provider"];
export type ProviderInput = Schemas["ProviderInput"];
export type Unit = Schemas["Unit"];
export type KostraReport = Schemas["KostraReport"];
export type NationalTable = Schemas["NationalTable"];
export type Dashboard = Schemas["Dashboard"];
export type Chart = Schemas["Chart"];
export type NationalRow = Schemas["NationalRow"];
export type UnitDetail = Schemas["UnitDetail"];
export type UnitInput = Schemas["UnitInput"];
export type NewUnitInput = Schemas["NewUnitInput"];
export type InspectionInput = Schemas["InspectionInput"];
export type SearchResult = Schemas["SearchResult"];
export type SearchHit = Schemas["SearchHit"];
export type Placement = Schemas["Placement"];
export type BookingInput = Schemas["BookingInput"];
export type MoveInput = Schemas["MoveInput"];
export type PlacementStep = "confirm" | "decline" | "cancel" | "check-in" | "check-out";
export type ProviderBooking = Schemas["ProviderBooking"];
export type OccupancyBoard = Schemas["OccupancyBoard"];
export type Turnaway = Schemas["Turnaway"];
export type TurnawayInput = Schemas["TurnawayInput"];
export type Deviation = Schemas["Deviation"];
export type StayCost = Schemas["StayCost"];
export type OwnPaymentInput = Schemas["OwnPaymentInput"];
export type OfficeEconomics = Schemas["OfficeEconomics"];
export type BudgetInput = Schemas["BudgetInput"];
export type SurveyRound = Schemas["SurveyRound"];
export type SurveyRoundDetail = Schemas["SurveyRoundDetail"];
export type SurveyResponse = Schemas["SurveyResponse"];
export type SurveyResponseListItem = Schemas["SurveyResponseListItem"];
export type SurveySummary = Schemas["SurveySummary"];
export type SurveyQuestionSummary = Schemas["SurveyQuestionSummary"];

/** One problem with one field, as a form checked as a whole names them. */
export type FieldProblem = NonNullable<Schemas["ErrorBody"]["error"]["problems"]>[number];

/** An error answered by the API, in its JSON error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
    /** Every problem of a form checked as a whole (the first is `field` and `message`); else empty. */
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

let csrfToken = "";
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string) {
  csrfToken = token;
}

/** Called when the server says the session is gone (401), so the app can show the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null) {
  onUnauthenticated = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "Får ikke kontakt med Husly. Sjekk nettverket og prøv igjen.",
      null,
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = parsed?.error ?? {};
    if (response.status === 401 && path !== "/api/v1/auth/login") onUnauthenticated?.();
    throw new ApiError(
      response.status,
      error.code ?? "unknown",
      error.message ?? "Noe gikk galt. Prøv igjen.",
      error.field ?? null,
      Array.isArray(error.problems) ? error.problems : [],
    );
  }
  return parsed as T;
}

export const api = {
  login: (email: string, password: string) =>
    request<Me>("POST", "/api/v1/auth/login", { email, password }),
  logout: () => request<void>("POST", "/api/v1/auth/logout", {}),
  me: () => request<Me>("GET", "/api/v1/auth/me"),
  switchOffice: (officeId: number) => request<Me>("PUT", "/api/v1/auth/office", { officeId }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Me>("PUT", "/api/v1/auth/password", { currentPassword, newPassword }),

  offices: () => request<Office[]>("GET", "/api/v1/offices"),
  office: (officeId: number) => request<Office>("GET", `/api/v1/offices/${officeId}`),
  createOffice: (input: OfficeInput) => request<Office>("POST", "/api/v1/offices", input),
  updateOffice: (id: number, input: OfficeInput) =>
    request<Office>("PUT", `/api/v1/offices/${id}`, input),
  municipalities: () => request<Municipality[]>("GET", "/api/v1/municipalities"),

  users: () => request<User[]>("GET", "/api/v1/users"),
  officeProviders: (officeId: number) =>
    request<Schemas["OfficeProviderList"]>("GET", `/api/v1/offices/${officeId}/providers`),
  createUser: (input: NewUser) => request<User>("POST", "/api/v1/users", input),
  updateUser: (id: number, changes: UserChanges) =>
    request<User>("PATCH", `/api/v1/users/${id}`, changes),
  roleGrants: () => request<Schemas["RoleGrantList"]>("GET", "/api/v1/role-grants"),
  approveGrant: (id: number) => request<RoleGrant>("POST", `/api/v1/role-grants/${id}/approve`, {}),
  refuseGrant: (id: number) => request<RoleGrant>("POST", `/api/v1/role-grants/${id}/refuse`, {}),

  audit: (filter: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ""));
    return request<AuditPage>("GET", `/api/v1/audit?${query}`);
  },
  verifyAudit: () => request<AuditVerification>("GET", "/api/v1/audit/verify"),

  codes: () => request<CodeLists>("GET", "/api/v1/codes"),
  /** The national lookup, for the one purpose the app has: a request for the person in front of you. */
  findPersonByNumber: (identityNumber: string) =>
    request<Schemas["PersonMatches"]>(
      "GET",
      `/api/v1/persons?${new URLSearchParams({ identityNumber, purpose: "ny_henvendelse" })}`,
    ),
  searchPersons: (name: string, birthDate: string) =>
    request<Schemas["PersonMatches"]>(
      "GET",
      `/api/v1/persons?${new URLSearchParams({ name, ...(birthDate ? { birthDate } : {}) })}`,
    ),
  createPerson: (input: PersonInput) => request<Person>("POST", "/api/v1/persons", input),
  person: (id: number) => request<PersonWithRequests>("GET", `/api/v1/persons/${id}`),
  setRepresentative: (personId: number, input: Schemas["RepresentativeInput"]) =>
    request<Schemas["Representative"]>("PUT", `/api/v1/persons/${personId}/representative`, input),
  removeRepresentative: (personId: number) =>
    request<void>("DELETE", `/api/v1/persons/${personId}/representative`),
  requests: (list: WorkList) =>
    request<Schemas["RequestList"]>("GET", `/api/v1/requests?list=${list}`),
  searchRequests: (query: string) =>
    request<Schemas["RequestList"]>("GET", `/api/v1/requests?${new URLSearchParams({ q: query })}`),
  createRequest: (input: RequestInput) => request<CaseRequest>("POST", "/api/v1/requests", input),
  caseRequest: (id: number) => request<CaseRequest>("GET", `/api/v1/requests/${id}`),
  correctRequest: (id: number, input: RequestInput) =>
    request<CaseRequest>("PUT", `/api/v1/requests/${id}`, input),
  requestRevisions: (id: number) =>
    request<Schemas["RequestRevisions"]>("GET", `/api/v1/requests/${id}/revisions`),
  decision: (requestId: number) =>
    request<DecisionView>("GET", `/api/v1/requests/${requestId}/decision`),
  saveDecision: (requestId: number, input: DecisionInput) =>
    request<DecisionView>("PUT", `/api/v1/requests/${requestId}/decision`, input),
  decide: (requestId: number) =>
    request<DecisionView>("POST", `/api/v1/requests/${requestId}/decision/decide`, {}),
  letterUrl: (requestId: number) => `/api/v1/requests/${requestId}/decision/letter`,
  returnDecision: (requestId: number, note: string) =>
    request<DecisionView>("POST", `/api/v1/requests/${requestId}/decision/return`, { note }),
  recordDelivery: (requestId: number, input: Schemas["DeliveryInput"]) =>
    request<DecisionView>("POST", `/api/v1/requests/${requestId}/decision/delivery`, input),
  registerAppeal: (requestId: number, input: Schemas["AppealInput"]) =>
    request<DecisionView>("POST", `/api/v1/requests/${requestId}/decision/appeals`, input),
  assessLateAppeal: (requestId: number, appealId: number, input: Schemas["LateAssessmentInput"]) =>
    request<DecisionView>(
      "POST",
      `/api/v1/requests/${requestId}/decision/appeals/${appealId}/late-assessment`,
      input,
    ),
  changePlace: (requestId: number, input: Schemas["PlaceChangeInput"]) =>
    request<DecisionView>("POST", `/api/v1/requests/${requestId}/decision/place-changes`, input),
  placeChangeLetterUrl: (requestId: number, changeId: number) =>
    `/api/v1/requests/${requestId}/decision/place-changes/${changeId}/letter`,
  dismissalLetterUrl: (requestId: number, appealId: number) =>
    `/api/v1/requests/${requestId}/decision/appeals/${appealId}/letter`,
  recordAppealResult: (requestId: number, appealId: number, input: Schemas["AppealResultInput"]) =>
    request<DecisionView>(
      "PUT",
      `/api/v1/requests/${requestId}/decision/appeals/${appealId}`,
      input,
    ),
  recordOutcome: (id: number, input: OutcomeInput) =>
    request<CaseRequest>("POST", `/api/v1/requests/${id}/outcome`, input),
  cashAssistance: (requestId: number) =>
    request<Schemas["CashAssistanceList"]>("GET", `/api/v1/requests/${requestId}/cash-assistance`),
  recordCashAssistance: (requestId: number, input: Schemas["CashAssistanceInput"]) =>
    request<Schemas["CashAssistance"]>(
      "POST",
      `/api/v1/requests/${requestId}/cash-assistance`,
      input,
    ),
  recordCashAssistanceDelivery: (
    requestId: number,
    decisionId: number,
    input: Schemas["DeliveryInput"],
  ) =>
    request<Schemas["CashAssistance"]>(
      "POST",
      `/api/v1/requests/${requestId}/cash-assistance/${decisionId}/delivery`,
      input,
    ),
  cashAssistanceLetterUrl: (requestId: number, decisionId: number) =>
    `/api/v1/requests/${requestId}/cash-assistance/${decisionId}/letter`,

  workSummary: () => request<Schemas["WorkSummary"]>("GET", "/api/v1/work-summary"),
  stays: (list: StayListName) => request<Schemas["StayList"]>("GET", `/api/v1/stays?list=${list}`),
  personStays: (personId: number) =>
    request<Schemas["StayList"]>("GET", `/api/v1/persons/${personId}/stays`),
  startStay: (requestId: number, startedOn: string) =>
    request<StayDetail>("POST", "/api/v1/stays", { requestId, startedOn }),
  stay: (id: number) => request<StayDetail>("GET", `/api/v1/stays/${id}`),
  saveAgreement: (id: number, input: StayAgreementInput) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/agreement`, input),
  saveActionPlan: (id: number, items: ActionItemInput[]) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/action-plan`, { items }),
  addNote: (id: number, text: string, correctsNoteId?: number) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/notes`, {
      text,
      ...(correctsNoteId ? { correctsNoteId } : {}),
    }),
  saveAppointments: (id: number, appointments: AppointmentInput[]) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/appointments`, { appointments }),
  addBreach: (id: number, input: BreachInput) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/breaches`, input),
  extendStay: (id: number, requestId: number) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/extensions`, { requestId }),
  recordExit: (id: number, input: ExitInput) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/exit`, input),
  saveAfterCare: (id: number, input: AfterCareInput) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/after-care`, input),
  saveIndividualPlan: (id: number, input: Schemas["IndividualPlanInput"]) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/individual-plan`, input),
  addConsent: (id: number, input: Schemas["ConsentInput"]) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/consents`, input),
  withdrawConsent: (id: number, consentId: number, withdrawnOn: string) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/consents/${consentId}/withdraw`, {
      withdrawnOn,
    }),
  addReferral: (id: number, input: Schemas["ReferralInput"]) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/referrals`, input),
  updateReferral: (id: number, referralId: number, input: Schemas["ReferralOutcomeInput"]) =>
    request<StayDetail>("PUT", `/api/v1/stays/${id}/referrals/${referralId}`, input),
  terminate: (id: number, input: TerminationInput) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/termination`, input),
  recordTerminationDelivery: (id: number, input: Schemas["DeliveryInput"]) =>
    request<StayDetail>("POST", `/api/v1/stays/${id}/termination/delivery`, input),
  terminationLetterUrl: (id: number) => `/api/v1/stays/${id}/termination/letter`,
  stayIncidents: (id: number) =>
    request<Schemas["IncidentList"]>("GET", `/api/v1/stays/${id}/incidents`),
  unhandledIncidents: () => request<Schemas["IncidentList"]>("GET", "/api/v1/incidents"),
  followUpIncident: (id: number, input: Schemas["IncidentFollowUpInput"]) =>
    request<Schemas["Incident"]>("PUT", `/api/v1/incidents/${id}/follow-up`, input),

  waitingList: (list: "active" | "removed") =>
    request<Schemas["WaitingList"]>("GET", `/api/v1/waiting-list?list=${list}`),
  addToWaitingList: (personId: number, requestId?: number, note = "") =>
    request<WaitingListEntry>("POST", "/api/v1/waiting-list", {
      personId,
      ...(requestId ? { requestId } : {}),
      note,
    }),
  moveOnWaitingList: (id: number, direction: "up" | "down") =>
    request<Schemas["WaitingList"]>("POST", `/api/v1/waiting-list/${id}/move`, { direction }),
  offerPlace: (id: number, offeredOn: string) =>
    request<WaitingListEntry>("POST", `/api/v1/waiting-list/${id}/offer`, { offeredOn }),
  removeFromWaitingList: (id: number, outcome: string, removedOn: string) =>
    request<WaitingListEntry>("POST", `/api/v1/waiting-list/${id}/remove`, {
      outcome,
      removedOn,
    }),

  storage: (personId: number) =>
    request<Schemas["StorageList"]>("GET", `/api/v1/persons/${personId}/storage`),
  addStorage: (personId: number, input: StorageInput) =>
    request<StorageRecord>("POST", `/api/v1/persons/${personId}/storage`, input),
  updateStorage: (id: number, input: StorageInput) =>
    request<StorageRecord>("PUT", `/api/v1/storage/${id}`, input),
  personCopyUrl: (personId: number, format: "pdf" | "json") =>
    `/api/v1/persons/${personId}/copy${format === "pdf" ? "/pdf" : ""}`,

  providers: () => request<Schemas["ProviderList"]>("GET", "/api/v1/providers"),
  provider: (id: number) => request<Provider>("GET", `/api/v1/providers/${id}`),
  createProvider: (input: ProviderInput) => request<Provider>("POST", "/api/v1/providers", input),
  updateProvider: (id: number, input: ProviderInput) =>
    request<Provider>("PUT", `/api/v1/providers/${id}`, input),
  addAgreement: (id: number, input: Schemas["AgreementInput"]) =>
    request<Provider>("POST", `/api/v1/providers/${id}/agreements`, input),
  agreementDocumentUrl: (providerId: number, agreementId: number) =>
    `/api/v1/providers/${providerId}/agreements/${agreementId}/document`,
  addStaff: (id: number, email: string) =>
    request<Provider>("POST", `/api/v1/providers/${id}/staff`, { email }),
  removeStaff: (id: number, userId: number) =>
    request<Provider>("DELETE", `/api/v1/providers/${id}/staff/${userId}`),
  createUnit: (input: NewUnitInput) => request<UnitDetail>("POST", "/api/v1/units", input),
  unit: (id: number) => request<UnitDetail>("GET", `/api/v1/units/${id}`),
  updateUnit: (id: number, input: UnitInput) =>
    request<UnitDetail>("PUT", `/api/v1/units/${id}`, input),
  addPrice: (id: number, fromDate: string, perNight: number) =>
    request<UnitDetail>("POST", `/api/v1/units/${id}/prices`, { fromDate, perNight }),
  addInspection: (id: number, input: InspectionInput) =>
    request<UnitDetail>("POST", `/api/v1/units/${id}/inspections`, input),
  inspectionsDue: () => request<Schemas["UnitList"]>("GET", "/api/v1/inspections/due"),
  searchPlaces: (requestId: number, query: Record<string, string>) =>
    request<SearchResult>(
      "GET",
      `/api/v1/requests/${requestId}/place-search?${new URLSearchParams(query)}`,
    ),
  placements: (requestId: number) =>
    request<Schemas["PlacementList"]>("GET", `/api/v1/requests/${requestId}/placements`),
  book: (input: BookingInput) => request<Placement>("POST", "/api/v1/placements", input),
  childAssessment: (requestId: number) =>
    request<{ assessment: ChildAssessment | null }>(
      "GET",
      `/api/v1/requests/${requestId}/child-assessment`,
    ),
  recordChildAssessment: (requestId: number, input: Schemas["ChildAssessmentInput"]) =>
    request<ChildAssessment>("PUT", `/api/v1/requests/${requestId}/child-assessment`, input),
  placementStep: (id: number, step: PlacementStep, date?: string) =>
    request<Placement>("POST", `/api/v1/placements/${id}/${step}`, date ? { date } : {}),
  movePlacement: (id: number, input: MoveInput) =>
    request<Placement>("POST", `/api/v1/placements/${id}/move`, input),
  extendPlacement: (id: number, to: string | null) =>
    request<Placement>("PUT", `/api/v1/placements/${id}/to`, { to }),
  reportIncident: (placementId: number, input: Schemas["IncidentInput"]) =>
    request<Schemas["ProviderIncident"] | Schemas["Incident"]>(
      "POST",
      `/api/v1/placements/${placementId}/incidents`,
      input,
    ),
  providerBookings: () =>
    request<Schemas["ProviderBookingList"]>("GET", "/api/v1/provider-bookings"),
  occupancy: (from: string, days: number) =>
    request<OccupancyBoard>("GET", `/api/v1/occupancy?from=${from}&days=${days}`),
  turnaways: () => request<Schemas["OfficeTurnawayList"]>("GET", "/api/v1/turnaways"),
  requestTurnaways: (requestId: number) =>
    request<Schemas["TurnawayList"]>("GET", `/api/v1/requests/${requestId}/turnaways`),
  recordTurnaway: (input: TurnawayInput) => request<Turnaway>("POST", "/api/v1/turnaways", input),
  deviations: (status: string) =>
    request<Schemas["DeviationList"]>("GET", `/api/v1/deviations?status=${status}`),
  createDeviation: (description: string, stayId?: number) =>
    request<Deviation>("POST", "/api/v1/deviations", { description, stayId }),
  advanceDeviation: (id: number, step: "report" | "close", note: string) =>
    request<Deviation>("POST", `/api/v1/deviations/${id}/${step}`, { note }),
  deviationsExportUrl: (status: string, format: "csv" | "xlsx" = "csv") =>
    `/api/v1/deviations/export?status=${status}&format=${format}`,
  stayCost: (stayId: number) => request<StayCost>("GET", `/api/v1/stays/${stayId}/cost`),
  saveOwnPayment: (stayId: number, input: OwnPaymentInput) =>
    request<StayCost>("PUT", `/api/v1/stays/${stayId}/own-payment`, input),
  kostra: (year: number, municipality: string) =>
    request<KostraReport>("GET", `/api/v1/figures/kostra?${figureQuery(year, municipality)}`),
  kostraExportUrl: (year: number, municipality: string, format: "xlsx" | "csv") =>
    `/api/v1/figures/kostra/export?${figureQuery(year, municipality)}&format=${format}`,
  dashboard: (year: number) => request<Dashboard>("GET", `/api/v1/figures/dashboard?year=${year}`),
  dashboardExportUrl: (year: number, format: "xlsx" | "csv", chart?: string) =>
    `/api/v1/figures/dashboard/export?year=${year}&format=${format}` +
    (chart ? `&chart=${encodeURIComponent(chart)}` : ""),
  national: (year: number) =>
    request<NationalTable>("GET", `/api/v1/figures/national?year=${year}`),
  nationalExportUrl: (year: number, format: "xlsx" | "csv") =>
    `/api/v1/figures/national/export?year=${year}&format=${format}`,
  economics: (year: number) => request<OfficeEconomics>("GET", `/api/v1/economics?year=${year}`),
  saveBudget: (input: BudgetInput) =>
    request<OfficeEconomics>("PUT", "/api/v1/economics/budget", input),

  surveyRounds: () => request<Schemas["SurveyRoundList"]>("GET", "/api/v1/survey-rounds"),
  openSurveyRound: (input: Schemas["SurveyRoundInput"]) =>
    request<SurveyRound>("POST", "/api/v1/survey-rounds", input),
  surveyRound: (roundId: number) =>
    request<SurveyRoundDetail>("GET", `/api/v1/survey-rounds/${roundId}`),
  remindSurveyRound: (roundId: number) =>
    request<Schemas["SurveyReminded"]>("POST", `/api/v1/survey-rounds/${roundId}/remind`, {}),
  surveySummary: (roundId: number) =>
    request<SurveySummary>("GET", `/api/v1/survey-rounds/${roundId}/summary`),
  surveyExportUrl: (roundId: number, kind: "raw" | "summary", format: "xlsx" | "csv") =>
    `/api/v1/survey-rounds/${roundId}/export?kind=${kind}&format=${format}`,
  surveyResponses: () => request<Schemas["SurveyResponseList"]>("GET", "/api/v1/survey-responses"),
  surveyResponse: (responseId: number) =>
    request<SurveyResponse>("GET", `/api/v1/survey-responses/${responseId}`),
  saveSurveyResponse: (responseId: number, answers: Schemas["SurveyAnswers"]) =>
    request<SurveyResponse>("PUT", `/api/v1/survey-responses/${responseId}`, { answers }),
  submitSurveyResponse: (responseId: number, answers: Schemas["SurveyAnswers"]) =>
    request<SurveyResponse>("POST", `/api/v1/survey-responses/${responseId}/submit`, { answers }),
  reopenSurveyResponse: (responseId: number) =>
    request<SurveyResponse>("POST", `/api/v1/survey-responses/${responseId}/reopen`, {}),
};

export const roleNames: Record<Role, string> = {
  veileder: "Veileder",
  leder: "Leder",
  tilbyder: "Ansatt hos tilbyder",
  analytiker: "Analytiker",
  administrator: "Administrator",
};

function figureQuery(year: number, municipality: string): string {
  const query = new URLSearchParams({ year: String(year) });
  if (municipality) query.set("municipality", municipality);
  return query.toString();
}
