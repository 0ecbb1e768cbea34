// Ending a place against the person's will is a decision (vedtak om stans,
// docs/domain.md#rule-stans-is-a-vedtak): it rests on a documented breach or a provider's incident
// report, names its basis beyond § 27, records the advance notice (fvl § 16) or why there was none,
// takes effect late enough to ask for postponement (fvl § 42) unless the danger is stated, and
// records where the person can live now (sotjl § 27). Its letter's appeal deadline runs from when it
// was given, recorded after deciding (the same panel as the § 27 vedtak).
import {
  Alert,
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  ExpansionCard,
  Link,
  Radio,
  RadioGroup,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { CodeLists, Schemas } from "../../api/client";
import { capitalized, cite, useCodes } from "../../api/codes";
import { DeliveryMethod } from "../../api/statuses";
import { DeliveryPanel } from "../../components/DeliveryPanel";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";

type Basis = NonNullable<Schemas["TerminationInput"]["basis"]>;

/** The rules beyond § 27 a stans can rest on (the server's TerminationBasis). */
const basisLabels: Record<Basis, string> = {
  vilkar: "Brudd på vilkår i vedtaket om midlertidig botilbud",
  husordensregler:
    "Brudd på husordensreglene eller bo- og oppfølgingsavtalen som botilbudet ble gitt på",
  omgjoring: "Vedtaket om botilbud omgjøres fordi forholdene er endret",
};

/** The basis with its citation where it has one (from the server's legal references). */
function basisLabel(codes: CodeLists | null, code: Basis): string {
  const citation = code === "omgjoring" ? cite(codes, "fvl_omgjoring") : "";
  return citation ? `${basisLabels[code]} (${citation})` : basisLabels[code];
}

/** How the advance notice was given. */
const noticeMethodLabels: Record<DeliveryMethod, string> = {
  [DeliveryMethod.inPerson]: "Personlig (i samtale eller overlevert)",
  [DeliveryMethod.digital]: "Digitalt",
  [DeliveryMethod.post]: "I posten",
};

export function TerminationSection({ stay, onChange }: SectionProps) {
  const codes = useCodes();
  const form = useFormErrors("termination");
  const [incidents, setIncidents] = useState<Schemas["Incident"][]>([]);
  const [breachIds, setBreachIds] = useState<string[]>([]);
  const [incidentIds, setIncidentIds] = useState<string[]>([]);
  const [basis, setBasis] = useState<Basis | "">("");
  const [basisDetail, setBasisDetail] = useState("");
  const [facts, setFacts] = useState("");
  const [noticeGiven, setNoticeGiven] = useState<"" | "ja" | "nei">("");
  const [noticeGivenOn, setNoticeGivenOn] = useState("");
  const [noticeMethod, setNoticeMethod] = useState<DeliveryMethod | "">("");
  const [noticeException, setNoticeException] = useState("");
  const [account, setAccount] = useState("");
  const [considerations, setConsiderations] = useState("");
  const [effectiveOn, setEffectiveOn] = useState("");
  const [dangerReason, setDangerReason] = useState("");
  const [assessment, setAssessment] = useState("");
  const [assessedOn, setAssessedOn] = useState("");

  // The provider's reports at the stay, read when the form is opened (each read is audited).
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!opened || stay.termination) return;
    api.stayIncidents(stay.id).then(
      (result) => setIncidents(result.incidents),
      () => setIncidents([]),
    );
  }, [opened, stay.id, stay.termination]);

  const termination = stay.termination;
  if (termination)
    return (
      <Section id="termination" title="Vedtak om stans">
        <Box background="default" padding="space-24" borderRadius="8">
          <VStack gap="space-12">
            <BodyShort>
              Botilbudet stanses fra {formatDate(termination.effectiveOn)}.
              {termination.basis && ` Grunnlag: ${basisLabel(codes, termination.basis)}.`}
            </BodyShort>
            {termination.newPlaceAssessment && (
              <BodyShort>
                Nytt botilbud vurdert {formatDate(termination.newPlaceAssessedOn)}:{" "}
                {termination.newPlaceAssessment}
              </BodyShort>
            )}
            {!termination.leavesTimeForPostponement && (
              <Alert variant="warning" size="small">
                Vedtaket kom fram {formatDate(termination.informedOn)}, mindre enn sju dager før
                stansen. Personen rekker kanskje ikke å be om utsatt iverksetting (
                {cite(codes, "fvl_utsatt_iverksetting")}): vurder å utsette stansen.
              </Alert>
            )}
            <DeliveryPanel
              id="termination-delivery"
              given={termination}
              record={(input) => api.recordTerminationDelivery(stay.id, input)}
              onChange={onChange}
            />
            <Link href={api.terminationLetterUrl(stay.id)} download>
              <FilePdfIcon aria-hidden /> Last ned brevet om stans (PDF)
            </Link>
          </VStack>
        </Box>
      </Section>
    );

  async function decide(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.terminate(stay.id, {
        effectiveOn,
        breachIds: breachIds.map(Number),
        incidentIds: incidentIds.map(Number),
        ...(noticeGiven === "ja"
          ? {
              noticeGivenOn,
              ...(noticeMethod ? { noticeMethod } : {}),
            }
          : {}),
        noticeException: noticeGiven === "nei" ? noticeException : "",
        ...(basis ? { basis } : {}),
        basisDetail,
        facts,
        residentAccount: account,
        considerations,
        dangerReason,
        newPlaceAssessment: assessment,
        ...(assessedOn ? { newPlaceAssessedOn: assessedOn } : {}),
      }),
    );
    if (result) onChange(result);
  }

  return (
    <Section id="termination" title="Vedtak om stans">
      <ExpansionCard
        aria-label="Stans av botilbudet"
        size="small"
        onToggle={(open) => open && setOpened(true)}
      >
        <ExpansionCard.Header>
          <ExpansionCard.Title as="h3" size="small">
            Stanse botilbudet mot personens vilje
          </ExpansionCard.Title>
          <ExpansionCard.Description>
            Et vedtak: personen skal være varslet og ha uttalt seg, bruddet skal være dokumentert,
            og et nytt botilbud skal være vurdert.
          </ExpansionCard.Description>
        </ExpansionCard.Header>
        <ExpansionCard.Content>
          <form id="termination" onSubmit={decide} noValidate>
            <VStack gap="space-16">
              <CheckboxGroup
                {...form.field("breachIds")}
                legend="Registrerte brudd vedtaket bygger på"
                description={
                  stay.breaches.length === 0
                    ? "Ingen brudd er registrert. Registrer bruddet først, eller velg en hendelsesrapport fra tilbyderen."
                    : "Vedtaket må bygge på minst ett dokumentert brudd eller én hendelsesrapport."
                }
                value={breachIds}
                onChange={setBreachIds}
              >
                {stay.breaches.map((breach) => (
                  <Checkbox key={breach.id} value={String(breach.id)}>
                    {formatDate(breach.occurredOn)}: {breach.description}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              {incidents.length > 0 && (
                <CheckboxGroup
                  {...form.field("incidentIds")}
                  legend="Hendelsesrapporter fra tilbyderen vedtaket bygger på"
                  value={incidentIds}
                  onChange={setIncidentIds}
                >
                  {incidents.map((incident) => (
                    <Checkbox key={incident.id} value={String(incident.id)}>
                      {formatDate(incident.occurredOn)}: {incident.facts}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
              )}
              <RadioGroup
                {...form.field("basis")}
                legend="Hjemmel for å stanse botilbudet"
                description={`I tillegg til ${cite(codes, "sotjl_midlertidig_botilbud")}`}
                value={basis}
                onChange={(value: Basis) => setBasis(value)}
              >
                {(Object.keys(basisLabels) as Basis[]).map((code) => (
                  <Radio key={code} value={code}>
                    {basisLabel(codes, code)}
                  </Radio>
                ))}
              </RadioGroup>
              <Textarea
                {...form.field("basisDetail")}
                label="Hvilket vilkår eller hvilken regel er brutt, og hvordan"
                value={basisDetail}
                onChange={(e) => setBasisDetail(e.target.value)}
              />
              <Textarea
                {...form.field("facts")}
                label="Faktiske forhold (dokumentasjon)"
                value={facts}
                onChange={(e) => setFacts(e.target.value)}
              />
              <RadioGroup
                {...(noticeGiven === "" ? form.field("noticeGivenOn") : {})}
                legend="Forhåndsvarsel"
                description={`Personen skal varsles og få uttale seg før vedtaket (${cite(codes, "fvl_forhandsvarsel")})`}
                value={noticeGiven}
                onChange={(value: "ja" | "nei") => setNoticeGiven(value)}
              >
                <Radio value="ja">Personen fikk forhåndsvarsel</Radio>
                <Radio value="nei">Forhåndsvarsel ble ikke gitt</Radio>
              </RadioGroup>
              {noticeGiven === "ja" && (
                <>
                  <DateField
                    {...form.field("noticeGivenOn")}
                    label="Dato varselet ble gitt"
                    value={noticeGivenOn}
                    onChange={(value) => setNoticeGivenOn(value)}
                  />
                  <RadioGroup
                    {...form.field("noticeMethod")}
                    legend="Hvordan ble varselet gitt?"
                    value={noticeMethod}
                    onChange={(value: DeliveryMethod) => setNoticeMethod(value)}
                  >
                    {Object.values(DeliveryMethod).map((value) => (
                      <Radio key={value} value={value}>
                        {noticeMethodLabels[value]}
                      </Radio>
                    ))}
                  </RadioGroup>
                </>
              )}
              {noticeGiven === "nei" && (
                <div id={form.fieldId("noticeGivenOn")}>
                  <Textarea
                    // Without a notice, what is missing is why: the problem is shown here.
                    id={form.fieldId("noticeException")}
                    error={form.errorFor("noticeException") ?? form.errorFor("noticeGivenOn")}
                    label="Hvorfor ble det ikke gitt forhåndsvarsel?"
                    description={`${capitalized(cite(codes, "fvl_forhandsvarsel_unntak"))}, for eksempel at varsel ikke var praktisk mulig`}
                    value={noticeException}
                    onChange={(e) => setNoticeException(e.target.value)}
                  />
                </div>
              )}
              <Textarea
                {...form.field("residentAccount")}
                label="Personens egen forklaring"
                description={`Personen skal ha fått uttale seg før vedtaket (${cite(codes, "fvl_forhandsvarsel")} og ${cite(codes, "fvl_utredning")})`}
                value={account}
                onChange={(e) => setAccount(e.target.value)}
              />
              <Textarea
                {...form.field("considerations")}
                label="Avgjørende hensyn"
                value={considerations}
                onChange={(e) => setConsiderations(e.target.value)}
              />
              <DateField
                {...form.field("effectiveOn")}
                label="Botilbudet opphører fra"
                description={`Uten fare ved å vente: minst sju dager etter at brevet kommer fram, så personen rekker å be om utsatt iverksetting (${cite(codes, "fvl_utsatt_iverksetting")})`}
                value={effectiveOn}
                onChange={(value) => setEffectiveOn(value)}
              />
              <Textarea
                {...form.field("dangerReason")}
                label="Fare ved å vente (bare hvis stansen skal gjelde før)"
                description="Hvorfor stansen ikke kan vente til personen har kunnet be om utsatt iverksetting"
                value={dangerReason}
                onChange={(e) => setDangerReason(e.target.value)}
              />
              <Textarea
                {...form.field("newPlaceAssessment")}
                label="Hvor kan personen bo når botilbudet stanses?"
                description={`Kommunens plikt til å finne midlertidig botilbud gjelder fortsatt (${cite(codes, "sotjl_midlertidig_botilbud")})`}
                value={assessment}
                onChange={(e) => setAssessment(e.target.value)}
              />
              <DateField
                {...form.field("newPlaceAssessedOn")}
                label="Dato nytt botilbud ble vurdert"
                value={assessedOn}
                onChange={(value) => setAssessedOn(value)}
              />
              {form.summary}
              <div>
                <Button type="submit" variant="danger" loading={form.busy}>
                  Fatt vedtak om stans
                </Button>
              </div>
            </VStack>
          </form>
        </ExpansionCard.Content>
      </ExpansionCard>
    </Section>
  );
}
