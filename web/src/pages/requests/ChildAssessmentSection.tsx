// The assessment that placing a family with children raises: the child's best interests
// (Grunnloven § 104) and whether barneverntjenesten must be told (sosialtjenesteloven § 45). Open
// until it is recorded (the leder sees it on the front page); recorded, it can be corrected.
import {
  Alert,
  BodyShort,
  Button,
  HStack,
  Radio,
  RadioGroup,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { ChildAssessment, Schemas } from "../../api/client";
import { DateField } from "../../components/DateField";
import { Section } from "../../components/Section";
import { SuccessStatus } from "../../components/SuccessStatus";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, formatDateTime, isoToday } from "../../format";

const barnevernLabels: Record<string, string> = {
  meldt: "Barneverntjenesten er varslet",
  ikke_nodvendig: "Barneverntjenesten trenger ikke å varsles",
};

interface Draft {
  bestInterests: string;
  barnevern: string;
  barnevernOn: string;
  barnevernReason: string;
}

export function ChildAssessmentSection({ requestId }: { requestId: number }) {
  const [assessment, setAssessment] = useState<ChildAssessment | null>(null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const form = useFormErrors("child-assessment");
  const [draft, setDraft] = useState<Draft>({
    bestInterests: "",
    barnevern: "",
    barnevernOn: isoToday(),
    barnevernReason: "",
  });

  useEffect(() => {
    api.childAssessment(requestId).then(
      (result) => setAssessment(result.assessment),
      () => setAssessment(null),
    );
  }, [requestId]);

  if (!assessment) return null;
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));

  function startEditing(current: ChildAssessment) {
    setDraft({
      bestInterests: current.bestInterests,
      barnevern: current.barnevern ?? "",
      barnevernOn: current.barnevernOn ?? isoToday(),
      barnevernReason: current.barnevernReason,
    });
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // An unchosen conclusion is sent as it is: the server names it beside the field.
    const input = draft as Schemas["ChildAssessmentInput"];
    const saved = await form.submit(() => api.recordChildAssessment(requestId, input));
    if (saved) {
      setAssessment(saved);
      setEditing(false);
      setStatus("Vurderingen av barnets beste og barnevern er registrert.");
    }
  }

  const showForm = assessment.open || editing;
  return (
    <Section id="child-assessment" title="Barnets beste og barnevern">
      <VStack gap="space-16">
        <SuccessStatus message={status} />
        {assessment.open && (
          <Alert variant="warning" size="small">
            En barnefamilie er plassert. Vurder barnets beste og om barneverntjenesten skal varsles,
            og registrer det her. Leder ser at vurderingen mangler til den er registrert.
          </Alert>
        )}
        {!showForm && (
          <VStack gap="space-8">
            <BodyShort>
              Vurdert av {assessment.assessedByName}
              {assessment.assessedAt ? ` ${formatDateTime(assessment.assessedAt)}` : ""}.
            </BodyShort>
            <BodyShort style={{ whiteSpace: "pre-wrap" }}>{assessment.bestInterests}</BodyShort>
            <BodyShort>
              {barnevernLabels[assessment.barnevern ?? ""] ?? ""} (
              {formatDate(assessment.barnevernOn)}
              ): {assessment.barnevernReason}
            </BodyShort>
            <div>
              <Button variant="secondary" size="small" onClick={() => startEditing(assessment)}>
                Rett vurderingen
              </Button>
            </div>
          </VStack>
        )}
        {showForm && (
          <form id="child-assessment" onSubmit={submit} noValidate>
            <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
              <Textarea
                {...form.field("bestInterests")}
                label="Vurdering av barnets beste"
                description="Barnas behov, og hvordan plassen ivaretar dem (skole, barnehage, nettverk, trygghet)."
                value={draft.bestInterests}
                onChange={(e) => change({ bestInterests: e.target.value })}
              />
              <RadioGroup
                {...form.field("barnevern")}
                legend="Barneverntjenesten"
                value={draft.barnevern}
                onChange={(barnevern: string) => change({ barnevern })}
              >
                {Object.entries(barnevernLabels).map(([value, text]) => (
                  <Radio key={value} value={value}>
                    {text}
                  </Radio>
                ))}
              </RadioGroup>
              <DateField
                {...form.field("barnevernOn")}
                label={
                  draft.barnevern === "meldt" ? "Dato varslet" : "Dato for vurderingen av barnevern"
                }
                value={draft.barnevernOn}
                onChange={(barnevernOn) => change({ barnevernOn })}
              />
              <Textarea
                {...form.field("barnevernReason")}
                label={
                  draft.barnevern === "meldt"
                    ? "Hva ble barneverntjenesten varslet om, og hvorfor?"
                    : "Hvorfor trenger ikke barneverntjenesten å varsles?"
                }
                value={draft.barnevernReason}
                onChange={(e) => change({ barnevernReason: e.target.value })}
              />
              {form.summary}
              <HStack gap="space-8">
                <Button type="submit" loading={form.busy}>
                  Registrer vurderingen
                </Button>
                {editing && !assessment.open && (
                  <Button type="button" variant="tertiary" onClick={() => setEditing(false)}>
                    Avbryt
                  </Button>
                )}
              </HStack>
            </VStack>
          </form>
        )}
      </VStack>
    </Section>
  );
}
