// Appeals (klager) on a decided vedtak: registered with the day sent and the day received (in time
// when sent by the deadline, fvl. § 30; late ones marked), a late one assessed under § 31 (heard
// anyway with the reason, or dismissed with its own letter), reviewed by the office, and — if not
// changed here — sent to Statsforvalteren for its decision.
import {
  BodyShort,
  Box,
  Button,
  HStack,
  Heading,
  Link,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Appeal, DecisionView } from "../../api/client";
import { capitalized, cite, label, useCodes } from "../../api/codes";
import { AppealResult, LateAppealAssessment } from "../../api/statuses";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { DateField } from "../../components/DateField";

const officeSteps: readonly string[] = [
  AppealResult.changedByOffice,
  AppealResult.sentToStatsforvalteren,
  AppealResult.withdrawn,
];
const statsforvalterSteps: readonly string[] = [
  AppealResult.upheld,
  AppealResult.changedByStatsforvalteren,
  AppealResult.quashed,
  AppealResult.withdrawn,
];

export function AppealsPanel({
  requestId,
  view,
  onChange,
}: {
  requestId: number;
  view: DecisionView;
  onChange: (view: DecisionView) => void;
}) {
  const form = useFormErrors("appeal");
  const [sentOn, setSentOn] = useState("");
  const [receivedOn, setReceivedOn] = useState("");
  const [summary, setSummary] = useState("");
  // The form only when an appeal has come in: not open under every decision.
  const [adding, setAdding] = useState(false);

  async function register(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.registerAppeal(requestId, { sentOn, receivedOn, summary }),
    );
    if (result) {
      onChange(result);
      setSummary("");
      setAdding(false);
    }
  }

  return (
    <VStack gap="space-16">
      <Heading level="3" size="small">
        Klager
      </Heading>
      {view.appeals.length === 0 && <BodyShort>Ingen klage er registrert.</BodyShort>}
      {view.appeals.map((appeal, index) => (
        <AppealCard
          key={appeal.id}
          number={index + 1}
          appeal={appeal}
          requestId={requestId}
          onChange={onChange}
        />
      ))}
      {!adding && (
        <div>
          <Button type="button" variant="secondary" size="small" onClick={() => setAdding(true)}>
            Registrer en klage
          </Button>
        </div>
      )}
      {adding && (
        <form id="appeal" onSubmit={register} noValidate>
          <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
            <DateField
              {...form.field("sentOn")}
              label="Klagen ble sendt (postlagt eller levert)"
              description="dd.mm.åååå – avgjør om klagen kom tidsnok"
              value={sentOn}
              onChange={(value) => setSentOn(value)}
            />
            <DateField
              {...form.field("receivedOn")}
              label="Klagen kom inn til kontoret"
              value={receivedOn}
              onChange={(value) => setReceivedOn(value)}
            />
            <Textarea
              {...form.field("summary")}
              label="Hva klager personen på?"
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
            {form.summary}
            <div>
              <Button type="submit" variant="secondary" loading={form.busy}>
                Registrer klage
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </VStack>
  );
}

function AppealCard({
  number,
  appeal,
  requestId,
  onChange,
}: {
  number: number;
  appeal: Appeal;
  requestId: number;
  onChange: (view: DecisionView) => void;
}) {
  const codes = useCodes();
  const form = useFormErrors(`appeal-${appeal.id}`);
  const steps = appeal.forwardedOn ? statsforvalterSteps : officeSteps;
  const [result, setResult] = useState(steps[0]);
  const [resultOn, setResultOn] = useState(isoToday());
  const [note, setNote] = useState("");
  const dismissed = appeal.lateAssessment === LateAppealAssessment.dismissed;
  // A late appeal is assessed under § 31 before anything else is done with it.
  const needsAssessment = appeal.late && !appeal.lateAssessment && !appeal.forwardedOn;

  async function record(event: FormEvent) {
    event.preventDefault();
    const view = await form.submit(() =>
      api.recordAppealResult(requestId, appeal.id, { result, resultOn, note }),
    );
    if (view) {
      onChange(view);
      setNote("");
    }
  }

  return (
    <Box background="default" padding="space-16" borderRadius="8">
      <VStack gap="space-8">
        <HStack gap="space-8" align="center">
          <BodyShort weight="semibold">
            Klage {number}, sendt {formatDate(appeal.sentOn)}, mottatt{" "}
            {formatDate(appeal.receivedOn)}
          </BodyShort>
          {appeal.late && (
            <Tag size="small" variant="warning">
              Etter klagefristen
            </Tag>
          )}
        </HStack>
        <BodyShort>{appeal.summary}</BodyShort>
        {appeal.forwardedOn && (
          <BodyShort>Sendt til Statsforvalteren {formatDate(appeal.forwardedOn)}.</BodyShort>
        )}
        {dismissed && (
          <>
            <BodyShort>
              Avvist fordi den kom for sent ({cite(codes, "fvl_klage_for_sent")}):{" "}
              {appeal.lateReason}
            </BodyShort>
            <div>
              <Link href={api.dismissalLetterUrl(requestId, appeal.id)} download>
                <FilePdfIcon aria-hidden /> Last ned brevet om avvisning (PDF)
              </Link>
            </div>
          </>
        )}
        {appeal.lateAssessment === LateAppealAssessment.heard && (
          <BodyShort>
            Behandles selv om fristen er ute ({cite(codes, "fvl_klage_for_sent")}):{" "}
            {appeal.lateReason}
          </BodyShort>
        )}
        {appeal.result ? (
          <BodyShort>
            Utfall: {label(codes, "appealResult", appeal.result)} {formatDate(appeal.resultOn)}
            {appeal.resultNote && ` – ${appeal.resultNote}`}
          </BodyShort>
        ) : dismissed ? null : needsAssessment ? (
          <LateAssessmentForm requestId={requestId} appeal={appeal} onChange={onChange} />
        ) : (
          <form id={`appeal-${appeal.id}`} onSubmit={record} noValidate>
            <HStack gap="space-8" align="end" wrap>
              <Select
                {...form.field("result")}
                label={appeal.forwardedOn ? "Statsforvalterens avgjørelse" : "Kontorets vurdering"}
                value={result}
                onChange={(e) => setResult(e.target.value)}
              >
                {steps.map((step) => (
                  <option key={step} value={step}>
                    {label(codes, "appealResult", step)}
                  </option>
                ))}
              </Select>
              <DateField
                {...form.field("resultOn")}
                label="Dato"
                value={resultOn}
                onChange={(value) => setResultOn(value)}
              />
              <TextField
                {...form.field("note")}
                label="Merknad"
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button type="submit" size="medium" loading={form.busy}>
                Registrer
              </Button>
            </HStack>
            {form.summary}
          </form>
        )}
      </VStack>
    </Box>
  );
}

// Forvaltningsloven § 31: a late appeal is heard anyway (the person cannot be blamed for the delay,
// or there are special reasons) or dismissed, with the reason either way; a dismissal has its letter.
function LateAssessmentForm({
  requestId,
  appeal,
  onChange,
}: {
  requestId: number;
  appeal: Appeal;
  onChange: (view: DecisionView) => void;
}) {
  const codes = useCodes();
  const form = useFormErrors(`late-${appeal.id}`);
  const [assessment, setAssessment] = useState<LateAppealAssessment | "">("");
  const [reason, setReason] = useState("");

  async function assess(event: FormEvent) {
    event.preventDefault();
    const view = await form.submit(() =>
      api.assessLateAppeal(requestId, appeal.id, {
        assessment: assessment as LateAppealAssessment,
        reason,
      }),
    );
    if (view) onChange(view);
  }

  return (
    <form id={`late-${appeal.id}`} onSubmit={assess} noValidate>
      <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
        <RadioGroup
          {...form.field("assessment")}
          legend="Klagen kom etter fristen. Skal den behandles likevel?"
          description={`${capitalized(cite(codes, "fvl_klage_for_sent"))}: den kan behandles hvis personen ikke kan lastes for at den kom for sent, eller hvis det er særlige grunner.`}
          value={assessment}
          onChange={(value: LateAppealAssessment) => setAssessment(value)}
        >
          <Radio value={LateAppealAssessment.heard}>Ja, behandles likevel</Radio>
          <Radio value={LateAppealAssessment.dismissed}>
            Nei, avvises (personen får et eget brev)
          </Radio>
        </RadioGroup>
        <Textarea
          {...form.field("reason")}
          label="Begrunnelse"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {form.summary}
        <div>
          <Button type="submit" variant="secondary" loading={form.busy}>
            Registrer vurderingen
          </Button>
        </div>
      </VStack>
    </form>
  );
}
