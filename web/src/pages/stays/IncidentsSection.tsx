// Incidents the provider reported (docs/domain.md#rule-exclusion-by-a-provider): what happened, and
// Nav's follow-up — the person's own account (fvl §§ 16–17), the assessment of a new place the
// same day (sotjl § 27) and the decision: stans (the stans form below, then linked here) or not,
// with the reason. A decided incident is shown, no longer edited.
import {
  Alert,
  BodyShort,
  Box,
  Button,
  Radio,
  RadioGroup,
  Tag,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Schemas } from "../../api/client";
import { DateField } from "../../components/DateField";
import { useFormErrors } from "../../components/formErrors";
import { Section } from "../../components/Section";
import { formatDate, isoToday } from "../../format";
import type { SectionProps } from "./sectionProps";

type Incident = Schemas["Incident"];
type Decision = "" | "stans" | "ikke_stans";

function FollowUpForm({
  incident,
  hasTermination,
  onSaved,
}: {
  incident: Incident;
  hasTermination: boolean;
  onSaved: (incident: Incident) => void;
}) {
  const form = useFormErrors(`incident-${incident.id}`);
  const [account, setAccount] = useState(incident.residentAccount);
  const [assessment, setAssessment] = useState(incident.newPlaceAssessment);
  const [assessedOn, setAssessedOn] = useState(incident.newPlaceAssessedOn ?? isoToday());
  const [decision, setDecision] = useState<Decision>("");
  const [reason, setReason] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.followUpIncident(incident.id, {
        residentAccount: account,
        newPlaceAssessment: assessment,
        newPlaceAssessedOn: assessment.trim() || decision ? assessedOn : null,
        decision: decision || null,
        decisionReason: decision === "ikke_stans" ? reason : "",
      }),
    );
    if (result) onSaved(result);
  }

  return (
    <form id={`incident-${incident.id}`} onSubmit={save} noValidate>
      <VStack gap="space-8">
        <Textarea
          {...form.field("residentAccount")}
          label="Personens forklaring på hendelsen"
          description="Det personen sa om hendelsen, eller at personen ikke ville uttale seg."
          value={account}
          maxLength={4000}
          onChange={(e) => setAccount(e.target.value)}
        />
        <Textarea
          {...form.field("newPlaceAssessment")}
          label="Vurdering av nytt botilbud"
          description="Hvor personen kan bo nå. Nav skal vurdere dette samme dag."
          value={assessment}
          maxLength={4000}
          onChange={(e) => setAssessment(e.target.value)}
        />
        <DateField
          {...form.field("newPlaceAssessedOn")}
          label="Vurdert dato"
          value={assessedOn}
          onChange={setAssessedOn}
        />
        <RadioGroup
          {...form.field("decision")}
          legend="Navs avgjørelse"
          value={decision}
          onChange={(value: Decision) => setDecision(value)}
        >
          <Radio value="">Ikke avgjort ennå (lagre forklaring og vurdering)</Radio>
          <Radio value="ikke_stans">
            Ikke stans: personen kan bo videre eller får annet tilbud
          </Radio>
          <Radio value="stans">Stans: vedtak om stans er fattet</Radio>
        </RadioGroup>
        {decision === "stans" && !hasTermination && (
          <Alert variant="info" size="small">
            Fatt vedtak om stans i skjemaet nedenfor først, med varsel, forklaring og klagerett. Så
            knyttes vedtaket til hendelsen her.
          </Alert>
        )}
        {decision === "ikke_stans" && (
          <Textarea
            {...form.field("decisionReason")}
            label="Hvorfor Nav ikke stanser botilbudet"
            value={reason}
            maxLength={4000}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        {form.summary}
        <div>
          <Button type="submit" variant="secondary" loading={form.busy}>
            Lagre oppfølgingen
          </Button>
        </div>
      </VStack>
    </form>
  );
}

export function IncidentsSection({ stay }: SectionProps) {
  const [incidents, setIncidents] = useState<Incident[] | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    api.stayIncidents(stay.id).then(
      (result) => setIncidents(result.incidents),
      () => setError("Kunne ikke hente hendelsene."),
    );
  }, [stay.id]);
  const replace = (next: Incident) =>
    setIncidents((list) => (list ?? []).map((item) => (item.id === next.id ? next : item)));

  return (
    <Section id="incidents" title="Hendelser meldt av tilbyder">
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        {error && <Alert variant="error">{error}</Alert>}
        {incidents && incidents.length === 0 && (
          <BodyShort>Tilbyderen har ikke meldt noen hendelser.</BodyShort>
        )}
        {(incidents ?? []).map((incident) => (
          <Box key={incident.id} padding="space-16" background="default" borderRadius="8">
            <VStack gap="space-8">
              <BodyShort weight="semibold">
                {formatDate(incident.occurredOn)}
                {incident.endsStay ? ": tilbyderen har avsluttet oppholdet" : ""}{" "}
                <Tag size="small" variant={incident.handled ? "success" : "warning"}>
                  {incident.handled ? "Avgjort" : "Venter på Nav"}
                </Tag>
              </BodyShort>
              <BodyShort>{incident.facts}</BodyShort>
              {incident.actionTaken && (
                <BodyShort textColor="subtle">Tilbyderen gjorde: {incident.actionTaken}</BodyShort>
              )}
              <BodyShort size="small" textColor="subtle">
                Meldt av {incident.reportedByName || "tilbyder"}
              </BodyShort>
              {incident.handled ? (
                <>
                  <BodyShort>Personens forklaring: {incident.residentAccount}</BodyShort>
                  {incident.newPlaceAssessment && (
                    <BodyShort>
                      Nytt botilbud ({formatDate(incident.newPlaceAssessedOn)}
                      {incident.assessedSameDay ? ", samme dag" : ", ikke samme dag"}):{" "}
                      {incident.newPlaceAssessment}
                    </BodyShort>
                  )}
                  <BodyShort weight="semibold">
                    {incident.decision === "stans"
                      ? "Nav fattet vedtak om stans."
                      : `Ikke stans: ${incident.decisionReason}`}
                  </BodyShort>
                </>
              ) : (
                <FollowUpForm
                  incident={incident}
                  hasTermination={stay.termination !== null}
                  onSaved={replace}
                />
              )}
            </VStack>
          </Box>
        ))}
      </VStack>
    </Section>
  );
}
