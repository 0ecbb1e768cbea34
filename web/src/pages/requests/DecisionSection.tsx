// The vedtak on a request: a draft saved as the caseworker goes, what is still missing (from the
// server's completeness check), deciding it, and the letter.
import {
  Alert,
  BodyShort,
  Box,
  Button,
  HStack,
  Heading,
  Label,
  Link,
  Checkbox,
  CheckboxGroup,
  List,
  Radio,
  RadioGroup,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Decision, DecisionInput, DecisionView, Placement } from "../../api/client";
import { capitalized, cite, label, useCodes } from "../../api/codes";
import { DecisionOutcome, DecisionStatus, OfferKind, grantsPlace } from "../../api/statuses";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { hasRole, useMe } from "../../auth/session";
import { formatDate, formatDateTime, isoToday as today } from "../../format";
import { AppealsPanel } from "./AppealsPanel";
import { DeliveryPanel } from "../../components/DeliveryPanel";
import { PlaceChangePanel } from "./PlaceChangePanel";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";
import { ForwardingFields, LimitedRightFields } from "./ResponsibilityFields";
import type { Responsibility } from "./ResponsibilityFields";

const granted = grantsPlace;
const refuses = (outcome: string) => outcome !== "" && outcome !== DecisionOutcome.granted;

/** What the vedtak offers, as the form and the summary say it. */
const offerKindText: Record<OfferKind, string> = {
  [OfferKind.namedPlace]: "Stedet er kjent: vedtaket navngir det",
  [OfferKind.officeFinds]: "Nav-kontoret skaffer et sted innen en dato",
};

/** Kroner typed by the caseworker: whole numbers only; anything else is left out for the server to name. */
function kroner(text: string): number | undefined {
  const trimmed = text.replace(/\s/g, "");
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The place the vedtak offers, in one line. */
export function offerSummary(decision: Decision): string {
  if (decision.offerKind === OfferKind.namedPlace)
    return `${decision.offerProvider}, ${decision.offerAddress}, fra ${formatDate(decision.offerFrom)}`;
  if (decision.offerKind === OfferKind.officeFinds)
    return `Nav-kontoret skaffer et sted innen ${formatDate(decision.offerFindBy)}`;
  return "";
}

/** The own payment the vedtak sets, in one line. */
export function ownPaymentSummary(decision: Decision): string {
  if (decision.ownPaymentRate != null)
    return (
      `${decision.ownPaymentRate} kr per natt, høyst ${decision.ownPaymentMonthlyCap ?? "–"} kr i måneden` +
      (decision.ownPaymentCanPay != null
        ? ` (kan betale høyst ${decision.ownPaymentCanPay} kr)`
        : "")
    );
  if (decision.ownPaymentSocialAssistance) return "Ingen: inntekten er økonomisk sosialhjelp";
  return "";
}

export function DecisionSection({
  requestId,
  onDecided,
}: {
  requestId: number;
  onDecided: () => void;
}) {
  const [view, setView] = useState<DecisionView | null>(null);
  useEffect(() => {
    api
      .decision(requestId)
      .then(setView, () =>
        setView({ decision: null, problems: [], appeals: [], placeBasis: null, placeChanges: [] }),
      );
  }, [requestId]);
  if (!view) return null;
  if (view.decision?.status === DecisionStatus.decided)
    return <DecidedView requestId={requestId} view={view} onChange={setView} />;
  if (view.decision?.status === DecisionStatus.awaitingApproval)
    return <AwaitingApproval requestId={requestId} view={view} onChange={onDecided} />;
  return <DecisionForm requestId={requestId} view={view} onSaved={setView} onDecided={onDecided} />;
}

// A decision sent to the leder: the leder approves (decides) or sends it back with a reason.
function AwaitingApproval({
  requestId,
  view,
  onChange,
}: {
  requestId: number;
  view: DecisionView;
  onChange: () => void;
}) {
  const me = useMe();
  const codes = useCodes();
  const form = useFormErrors("approval");
  const [note, setNote] = useState("");
  const [placements, setPlacements] = useState<Placement[]>([]);
  const decision = view.decision!;
  const leder = hasRole(me, "leder");
  useEffect(() => {
    api.placements(requestId).then(
      ({ placements }) => setPlacements(placements),
      () => setPlacements([]),
    );
  }, [requestId]);

  async function approve() {
    if (await form.submit(() => api.decide(requestId))) onChange();
  }
  async function sendBack(event: FormEvent) {
    event.preventDefault();
    if (await form.submit(() => api.returnDecision(requestId, note))) onChange();
  }

  return (
    <Box background="default" padding="space-24" borderRadius="8">
      <form id="approval" onSubmit={sendBack} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
          <Heading level="3" size="small">
            {label(codes, "decisionOutcome", decision.outcome)} – venter på godkjenning
          </Heading>
          <BodyShort>
            Foreslått av {decision.submittedByName || "saksbehandler"}
            {decision.submittedAt ? `, sendt ${formatDateTime(decision.submittedAt)}` : ""}.
          </BodyShort>
          <DraftSummary decision={decision} />
          {placements.some((placement) => placement.beforeApproval) && (
            <Alert variant="warning" size="small">
              Plass er booket før godkjenning (akutt):{" "}
              {placements
                .filter((placement) => placement.beforeApproval)
                .map(
                  (placement) =>
                    `${placement.providerName}, ${placement.unitName} fra ${formatDate(placement.from)}`,
                )
                .join("; ")}
              .
            </Alert>
          )}
          <div>
            <Link href={api.letterUrl(requestId)} target="_blank">
              <FilePdfIcon aria-hidden /> Se brevet slik det blir sendt (utkast, PDF)
            </Link>
          </div>
          {leder ? (
            <>
              <Textarea
                {...form.field("note")}
                label="Hva må rettes? (når du sender tilbake)"
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              {form.summary}
              <HStack gap="space-8">
                <Button type="button" onClick={() => void approve()} loading={form.busy}>
                  Godkjenn og fatt vedtak
                </Button>
                <Button type="submit" variant="secondary" loading={form.busy}>
                  Send tilbake
                </Button>
              </HStack>
            </>
          ) : (
            <BodyShort>Leder godkjenner vedtaket før brevet lages.</BodyShort>
          )}
        </VStack>
      </form>
    </Box>
  );
}

// Everything the vedtak says, labelled, for the leder who approves it.
function DraftSummary({ decision }: { decision: Decision }) {
  const codes = useCodes();
  const rows: [string, string][] = [
    [
      "Periode",
      decision.periodFrom
        ? `${formatDate(decision.periodFrom)} – ${formatDate(decision.periodTo)}`
        : "",
    ],
    ["Begrunnelse for mer enn 3 måneder", decision.longPeriodReason],
    ["Søkte om", decision.appliedFor],
    ["Får ikke", decision.refusedPart],
    ["Stedet personen får", offerSummary(decision)],
    ["Egenbetaling", ownPaymentSummary(decision)],
    ["Vurdering av egenbetalingen", decision.ownPaymentAssessment],
    ["Vilkår", decision.conditions.map((code) => label(codes, "condition", code)).join(", ")],
    ["Vilkår, utdypet", decision.conditionsText],
    [
      "Hvorfor ikke (helt) innvilget",
      decision.refusalReasons.map((code) => label(codes, "refusalReason", code)).join(", "),
    ],
    [
      "Sendt videre til",
      decision.forwardedTo
        ? `kommune ${decision.forwardedTo}, ${formatDate(decision.forwardedOn)}`
        : "",
    ],
    ["Uten fast bopel i Norge, hjelp så lenge", decision.limitedRightAssessment],
    ["Faktiske forhold", decision.facts],
    ["Avgjørende hensyn", decision.considerations],
  ];
  return (
    <dl className="draft-summary">
      {rows
        .filter(([, value]) => value)
        .map(([term, value]) => (
          <div key={term}>
            <dt>
              <Label as="span" size="small">
                {term}
              </Label>
            </dt>
            <dd>
              <BodyShort>{value}</BodyShort>
            </dd>
          </div>
        ))}
    </dl>
  );
}

function DecidedView({
  requestId,
  view,
  onChange,
}: {
  requestId: number;
  view: DecisionView;
  onChange: (view: DecisionView) => void;
}) {
  const codes = useCodes();
  const decision = view.decision!;
  return (
    <Box background="default" padding="space-24" borderRadius="8">
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {label(codes, "decisionOutcome", decision.outcome)}
          {decision.periodFrom &&
            ` fra ${formatDate(decision.periodFrom)} til ${formatDate(decision.periodTo)}`}
        </Heading>
        <BodyShort>
          Fattet {decision.decidedAt ? formatDateTime(decision.decidedAt) : ""} etter{" "}
          {decision.legalBasis}.
        </BodyShort>
        {offerSummary(decision) && <BodyShort>Stedet: {offerSummary(decision)}.</BodyShort>}
        {ownPaymentSummary(decision) && (
          <BodyShort>Egenbetaling: {ownPaymentSummary(decision)}.</BodyShort>
        )}
        {decision.refusalReasons.length > 0 && (
          <BodyShort>
            Grunn:{" "}
            {decision.refusalReasons.map((code) => label(codes, "refusalReason", code)).join(", ")}.
          </BodyShort>
        )}
        {decision.forwardedTo && (
          <BodyShort>
            Henvendelsen er sendt videre til kommune {decision.forwardedTo}{" "}
            {formatDate(decision.forwardedOn)}.
          </BodyShort>
        )}
        {decision.withoutFixedHome && (
          <BodyShort>Uten fast bopel i Norge: {decision.limitedRightAssessment}</BodyShort>
        )}
        {granted(decision.outcome) && (
          <PlaceChangePanel requestId={requestId} view={view} onChange={onChange} />
        )}
        <DeliveryPanel
          given={decision}
          record={(input) => api.recordDelivery(requestId, input)}
          onChange={onChange}
        />
        <div>
          <Link href={api.letterUrl(requestId)} download>
            <FilePdfIcon aria-hidden /> Last ned vedtaksbrevet (PDF)
          </Link>
        </div>
        <AppealsPanel requestId={requestId} view={view} onChange={onChange} />
      </VStack>
    </Box>
  );
}

function DecisionForm({
  requestId,
  view,
  onSaved,
  onDecided,
}: {
  requestId: number;
  view: DecisionView;
  onSaved: (view: DecisionView) => void;
  onDecided: () => void;
}) {
  const codes = useCodes();
  const form = useFormErrors("decision");
  const draft = view.decision;
  const [outcome, setOutcome] = useState(draft?.outcome ?? "");
  const [periodFrom, setPeriodFrom] = useState(draft?.periodFrom ?? today());
  const [periodTo, setPeriodTo] = useState(draft?.periodTo ?? "");
  const [longPeriodReason, setLongPeriodReason] = useState(draft?.longPeriodReason ?? "");
  const [conditions, setConditions] = useState<string[]>(draft?.conditions ?? []);
  const [conditionsText, setConditionsText] = useState(draft?.conditionsText ?? "");
  const [refusalReasons, setRefusalReasons] = useState<string[]>(draft?.refusalReasons ?? []);
  const [appliedFor, setAppliedFor] = useState(draft?.appliedFor ?? "");
  const [refusedPart, setRefusedPart] = useState(draft?.refusedPart ?? "");
  const [facts, setFacts] = useState(draft?.facts ?? "");
  const [considerations, setConsiderations] = useState(draft?.considerations ?? "");
  const [offerKind, setOfferKind] = useState<OfferKind | "">(draft?.offerKind ?? "");
  const [offerProvider, setOfferProvider] = useState(draft?.offerProvider ?? "");
  const [offerAddress, setOfferAddress] = useState(draft?.offerAddress ?? "");
  const [offerFrom, setOfferFrom] = useState(draft?.offerFrom ?? "");
  const [offerFindBy, setOfferFindBy] = useState(draft?.offerFindBy ?? "");
  const [rate, setRate] = useState(draft?.ownPaymentRate?.toString() ?? "");
  const [cap, setCap] = useState(draft?.ownPaymentMonthlyCap?.toString() ?? "");
  const [canPay, setCanPay] = useState(draft?.ownPaymentCanPay?.toString() ?? "");
  const [socialAssistance, setSocialAssistance] = useState(
    draft?.ownPaymentSocialAssistance ?? false,
  );
  const [assessment, setAssessment] = useState(draft?.ownPaymentAssessment ?? "");
  const [responsibility, setResponsibility] = useState<Responsibility>({
    forwardedTo: draft?.forwardedTo ?? "",
    forwardedOn: draft?.forwardedOn ?? "",
    withoutFixedHome: draft?.withoutFixedHome ?? false,
    limitedRightAssessment: draft?.limitedRightAssessment ?? "",
  });
  const forwards = refuses(outcome) && refusalReasons.includes("annen_kommune");
  const [saved, setSaved] = useState("");
  const me = useMe();
  // Where the office says so, a veileder's «Fatt vedtak» sends it to a leder: the button says so.
  const [needsApproval, setNeedsApproval] = useState(false);
  useEffect(() => {
    if (me.activeOfficeId === null || hasRole(me, "leder")) return;
    api.office(me.activeOfficeId).then(
      (office) => setNeedsApproval(office.decisionsNeedApproval),
      () => setNeedsApproval(false),
    );
  }, [me]);
  const pays = conditions.includes("egenbetaling");

  function input(): DecisionInput {
    return {
      ...(outcome ? { outcome: outcome as DecisionInput["outcome"] } : {}),
      ...(granted(outcome) && periodFrom ? { periodFrom } : {}),
      ...(granted(outcome) && periodTo ? { periodTo } : {}),
      longPeriodReason: granted(outcome) ? longPeriodReason : "",
      conditions: granted(outcome) ? conditions : [],
      conditionsText: granted(outcome) ? conditionsText : "",
      refusalReasons: refuses(outcome) ? refusalReasons : [],
      appliedFor: outcome === "DELVIS_INNVILGET" ? appliedFor : "",
      refusedPart: outcome === "DELVIS_INNVILGET" ? refusedPart : "",
      facts,
      considerations,
      ...offerInput(),
      ...ownPaymentInput(),
      ...responsibilityInput(),
    };
  }

  function responsibilityInput(): Partial<DecisionInput> {
    const { forwardedTo, forwardedOn, withoutFixedHome, limitedRightAssessment } = responsibility;
    return {
      ...(forwards ? { forwardedTo, ...(forwardedOn ? { forwardedOn } : {}) } : {}),
      withoutFixedHome,
      limitedRightAssessment: withoutFixedHome ? limitedRightAssessment : "",
    };
  }

  function offerInput(): Partial<DecisionInput> {
    if (!granted(outcome) || !offerKind) return {};
    if (offerKind === OfferKind.officeFinds)
      return { offerKind, ...(offerFindBy ? { offerFindBy } : {}) };
    return { offerKind, offerProvider, offerAddress, ...(offerFrom ? { offerFrom } : {}) };
  }

  function ownPaymentInput(): Partial<DecisionInput> {
    if (!granted(outcome)) return {};
    const amounts = pays
      ? {
          ownPaymentRate: kroner(rate),
          ownPaymentMonthlyCap: kroner(cap),
          ownPaymentCanPay: kroner(canPay),
          ownPaymentAssessment: assessment,
        }
      : {};
    return Object.fromEntries(
      Object.entries({ ...amounts, ownPaymentSocialAssistance: socialAssistance }).filter(
        ([, value]) => value !== undefined,
      ),
    );
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const result = await form.submit(() => api.saveDecision(requestId, input()));
    if (result) {
      onSaved(result);
      setSaved("Utkastet er lagret.");
    }
    return result;
  }

  async function decide() {
    const result = await save();
    if (!result) return;
    if (result.problems.length > 0) {
      setSaved("Utkastet er lagret, men vedtaket er ikke fattet: rett det som mangler.");
      return form.setErrors(result.problems);
    }
    if (await form.submit(() => api.decide(requestId))) onDecided();
  }

  const problems = view.problems;
  return (
    <form id="decision" onSubmit={save} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
        {draft?.returnNote && (
          <Alert variant="warning">Sendt tilbake av leder: {draft.returnNote}</Alert>
        )}
        <CodeRadioGroup
          list="decisionOutcome"
          legend="Vedtak"
          id={form.fieldId("outcome")}
          value={outcome}
          onChange={setOutcome}
          error={form.errorFor("outcome")}
        />
        {granted(outcome) && (
          <>
            <HStack gap="space-16">
              <DateField
                id={form.fieldId("periodFrom")}
                label="Fra og med"
                value={periodFrom}
                onChange={(value) => setPeriodFrom(value)}
                error={form.errorFor("periodFrom")}
              />
              <DateField
                id={form.fieldId("periodTo")}
                label="Til og med"
                description="Normalt høyst 3 måneder"
                value={periodTo}
                onChange={(value) => setPeriodTo(value)}
                error={form.errorFor("periodTo")}
              />
            </HStack>
            <Textarea
              id={form.fieldId("longPeriodReason")}
              label="Begrunnelse for mer enn 3 måneder (hvis lengre)"
              value={longPeriodReason}
              onChange={(e) => setLongPeriodReason(e.target.value)}
              error={form.errorFor("longPeriodReason")}
            />
            <RadioGroup
              {...form.field("offerKind")}
              legend="Stedet personen får"
              description="Personen kan bare klage på det vedtaket sier: navngi stedet, eller si innen når Nav-kontoret skaffer det."
              value={offerKind}
              onChange={(value: OfferKind) => setOfferKind(value)}
            >
              {Object.values(OfferKind).map((value) => (
                <Radio key={value} value={value}>
                  {offerKindText[value]}
                </Radio>
              ))}
            </RadioGroup>
            {offerKind === OfferKind.namedPlace && (
              <>
                <TextField
                  {...form.field("offerProvider")}
                  label="Hvem driver stedet"
                  value={offerProvider}
                  onChange={(e) => setOfferProvider(e.target.value)}
                />
                <TextField
                  {...form.field("offerAddress")}
                  label="Adresse"
                  value={offerAddress}
                  onChange={(e) => setOfferAddress(e.target.value)}
                />
                <DateField
                  {...form.field("offerFrom")}
                  label="Dato personen kan flytte inn"
                  value={offerFrom}
                  onChange={(value) => setOfferFrom(value)}
                />
              </>
            )}
            {offerKind === OfferKind.officeFinds && (
              <DateField
                {...form.field("offerFindBy")}
                label="Nav-kontoret skaffer stedet senest"
                description="Innenfor perioden vedtaket gjelder"
                value={offerFindBy}
                onChange={(value) => setOfferFindBy(value)}
              />
            )}
            <CodeCheckboxGroup
              list="condition"
              legend="Vilkår"
              id={form.fieldId("conditions")}
              value={conditions}
              onChange={setConditions}
              error={form.errorFor("conditions")}
            />
            <CheckboxGroup
              {...form.field("ownPaymentSocialAssistance")}
              legend="Personens inntekt"
              value={socialAssistance ? ["sosialhjelp"] : []}
              onChange={(values: string[]) => setSocialAssistance(values.includes("sosialhjelp"))}
            >
              <Checkbox value="sosialhjelp">Inntekten er økonomisk sosialhjelp</Checkbox>
            </CheckboxGroup>
            {pays && (
              <>
                <HStack gap="space-16" align="end" wrap>
                  <TextField
                    {...form.field("ownPaymentRate")}
                    label="Egenbetaling per natt (kr)"
                    inputMode="numeric"
                    htmlSize={8}
                    value={rate}
                    onChange={(e) => setRate(e.target.value)}
                  />
                  <TextField
                    {...form.field("ownPaymentMonthlyCap")}
                    label="Høyst per måned (kr)"
                    inputMode="numeric"
                    htmlSize={8}
                    value={cap}
                    onChange={(e) => setCap(e.target.value)}
                  />
                  <TextField
                    {...form.field("ownPaymentCanPay")}
                    label="Kan betale høyst per måned (kr, valgfritt)"
                    inputMode="numeric"
                    htmlSize={8}
                    value={canPay}
                    onChange={(e) => setCanPay(e.target.value)}
                  />
                </HStack>
                <Textarea
                  {...form.field("ownPaymentAssessment")}
                  label="Hvordan er egenbetalingen vurdert mot det personen har å leve av?"
                  value={assessment}
                  onChange={(e) => setAssessment(e.target.value)}
                />
              </>
            )}
            <Textarea
              id={form.fieldId("conditionsText")}
              label="Vilkår, utdypet (valgfritt)"
              value={conditionsText}
              onChange={(e) => setConditionsText(e.target.value)}
              error={form.errorFor("conditionsText")}
            />
          </>
        )}
        {refuses(outcome) && (
          <CodeCheckboxGroup
            list="refusalReason"
            legend="Hvorfor innvilges søknaden ikke (helt)?"
            id={form.fieldId("refusalReasons")}
            value={refusalReasons}
            onChange={setRefusalReasons}
            error={form.errorFor("refusalReasons")}
          />
        )}
        {outcome === "DELVIS_INNVILGET" && (
          <>
            <Textarea
              id={form.fieldId("appliedFor")}
              label="Hva søkte personen om?"
              value={appliedFor}
              onChange={(e) => setAppliedFor(e.target.value)}
              error={form.errorFor("appliedFor")}
            />
            <Textarea
              id={form.fieldId("refusedPart")}
              label="Hva får personen ikke?"
              value={refusedPart}
              onChange={(e) => setRefusedPart(e.target.value)}
              error={form.errorFor("refusedPart")}
            />
          </>
        )}
        {forwards && (
          <ForwardingFields value={responsibility} onChange={setResponsibility} form={form} />
        )}
        {outcome && (
          <LimitedRightFields value={responsibility} onChange={setResponsibility} form={form} />
        )}
        <Textarea
          id={form.fieldId("facts")}
          label="Faktiske forhold vedtaket bygger på"
          description={`${capitalized(cite(codes, "fvl_begrunnelse"))} annet ledd`}
          value={facts}
          onChange={(e) => setFacts(e.target.value)}
          error={form.errorFor("facts")}
        />
        <Textarea
          id={form.fieldId("considerations")}
          label="Hensyn som har vært avgjørende"
          description={`${capitalized(cite(codes, "fvl_begrunnelse"))} tredje ledd`}
          value={considerations}
          onChange={(e) => setConsiderations(e.target.value)}
          error={form.errorFor("considerations")}
        />
        <BodyShort size="small">
          Klagefristen regnes fra den dagen vedtaket kommer fram til personen. Når vedtaket er
          fattet, registrerer du hvordan og når det ble gitt.
        </BodyShort>
        {draft && problems.length > 0 && form.errors.length === 0 && (
          <Alert variant="info" size="small">
            Dette manglet da utkastet sist ble lagret:
            <List size="small">
              {problems.map((problem) => (
                <List.Item key={problem.field}>{problem.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {form.summary}
        <SuccessStatus message={saved} />
        <HStack gap="space-8">
          <Button type="submit" variant="secondary" loading={form.busy}>
            Lagre utkast
          </Button>
          <Button type="button" onClick={() => void decide()} loading={form.busy}>
            {needsApproval ? "Send til godkjenning" : "Fatt vedtak"}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
