// One request: what was registered, the household with its derived facts, the special
// categories apart, and the outcome (or the form to record it). «Endre» corrects what was
// registered, with who changed what kept below it.
import type { CodeListName } from "../../api/codes";
import {
  Alert,
  BodyShort,
  Box,
  Button,
  HGrid,
  HStack,
  Heading,
  Link,
  Radio,
  RadioGroup,
  Tag,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { api, ApiError } from "../../api/client";
import type { CaseRequest, CodeLists, PersonWithRequests, Schemas } from "../../api/client";

type RequestRevision = Schemas["RequestRevisions"]["revisions"][number];

// The fields a correction names, as a caseworker calls them.
const fieldNames: Record<string, string> = {
  municipalityNumber: "kommune",
  channel: "kanal",
  acute: "akutt",
  reasons: "grunner",
  reasonText: "utdyping",
  groups: "grupper",
  network: "nettverk",
  networkNote: "merknad om nettverk",
  housingSituation: "bosituasjon",
  serviceNeeds: "behov for tjenester",
  sensitive: "særlige kategorier",
  members: "husstanden",
};
import { label, useCodes } from "../../api/codes";
import { RegisteredOutcome, RequestOutcome } from "../../api/statuses";
import { CodeCheckboxGroup } from "../../components/CodeFields";
import { Fact } from "../../components/Fact";
import { useFormErrors } from "../../components/formErrors";
import { useServedMunicipalities } from "../../components/useServedMunicipalities";
import { formatDate, formatDateTime } from "../../format";
import { CashAssistanceSection } from "./CashAssistanceSection";
import { DecisionSection } from "./DecisionSection";
import { PlacementSection } from "./placement/PlacementSection";
import { PersonCopySection } from "./PersonCopySection";
import { RepresentativeSection } from "./RepresentativeSection";
import { RequestForm } from "./new/RequestForm";
import { StayExtensionSection } from "./StayExtensionSection";
import { ChildAssessmentSection } from "./ChildAssessmentSection";
import { StaySection } from "./StaySection";
import { useLivingStay } from "./useLivingStay";
import { StorageSection } from "./StorageSection";
import { WaitingListSection } from "./WaitingListSection";
import { SuccessStatus } from "../../components/SuccessStatus";

const memberRoles: Record<string, string> = { applicant: "Søker", adult: "Voksen", child: "Barn" };

function labels(codes: CodeLists | null, list: CodeListName, values: string[]) {
  return values.map((value) => label(codes, list, value)).join(", ");
}

export function RequestPage() {
  const served = useServedMunicipalities();
  const { requestId } = useParams();
  const codes = useCodes();
  const [request, setRequest] = useState<CaseRequest | null>(null);
  const [person, setPerson] = useState<PersonWithRequests | null>(null);
  const [error, setError] = useState("");
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState("");
  const [revisions, setRevisions] = useState<RequestRevision[]>([]);

  const [version, setVersion] = useState(0);
  // A check-in on a placement starts the stay: only the stay section needs to know.
  const [stayVersion, setStayVersion] = useState(0);
  // A booking may raise the assessment of the children's best interests: that section reloads.
  const [placementVersion, setPlacementVersion] = useState(0);
  const living = useLivingStay(Number(requestId), request?.personId ?? 0, stayVersion);
  useEffect(() => {
    api.caseRequest(Number(requestId)).then(
      (loaded) => {
        setRequest(loaded);
        return api.person(loaded.personId).then(setPerson);
      },
      (failure) =>
        setError(failure instanceof ApiError ? failure.message : "Kunne ikke hente henvendelsen."),
    );
  }, [requestId, version]);
  useEffect(() => {
    api.requestRevisions(Number(requestId)).then(
      (list) => setRevisions(list.revisions),
      () => setRevisions([]),
    );
  }, [requestId, version]);

  if (error) return <Alert variant="error">{error}</Alert>;
  if (!request) return null;
  // Withdrawn, or the person did not ask for a place: nothing more is decided or booked on it.
  const closedWithoutVedtak = !!request.outcome && request.outcome.kind !== RequestOutcome.decision;
  const applicantName = person ? `${person.firstName} ${person.lastName}` : "";
  // «Barn: Ola, født 01.02.2018», in the order of request.members (a booking names them by it).
  const householdTexts = request.members.map(
    (member) =>
      memberRoles[member.role] +
      (member.role === "applicant"
        ? `: ${applicantName}`
        : member.firstName
          ? `: ${member.firstName}`
          : "") +
      (member.birthDate ? `, født ${formatDate(member.birthDate)}` : ""),
  );

  // The members that are children, by their place in the household (a booking that leaves one out
  // says why and where the child lives).
  const childIndices = request.members.flatMap((member, index) =>
    member.role === "child" ? [index] : [],
  );

  return (
    <VStack gap="space-24">
      <div>
        <Link as={RouterLink} to="/henvendelser">
          Tilbake til henvendelser
        </Link>
        <Heading level="1" size="large">
          Henvendelse fra {applicantName}
        </Heading>
        <HStack gap="space-8" align="center">
          {request.acute && <Tag variant="error">Akutt</Tag>}
          {request.familyWithChildren && <Tag variant="warning">Barnefamilie</Tag>}
          {request.under25 && <Tag variant="info">Under 25 år</Tag>}
          {!editing && person && (
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              Endre henvendelsen
            </Button>
          )}
        </HStack>
      </div>
      <SuccessStatus message={saved} />
      {editing && person && (
        <Box background="default" padding="space-24" borderRadius="8">
          <VStack gap="space-16">
            <Heading level="2" size="medium">
              Endre henvendelsen
            </Heading>
            <BodyShort>
              Det som stod før blir tatt vare på, med hvem som endret hva. Personen og tidspunktet
              henvendelsen kom inn, endres ikke her.
            </BodyShort>
            <RequestForm
              person={person}
              existing={request}
              onCancel={() => setEditing(false)}
              onCorrected={(corrected) => {
                setEditing(false);
                setSaved("Endringene er lagret.");
                setRequest(corrected);
                setVersion((v) => v + 1);
              }}
            />
          </VStack>
        </Box>
      )}

      <Box background="default" padding="space-24" borderRadius="8">
        <HGrid columns={{ xs: 1, md: 3 }} gap="space-16">
          <Fact term="Mottatt">{formatDateTime(request.receivedAt)}</Fact>
          <Fact term="Kanal">{label(codes, "channel", request.channel)}</Fact>
          {served.length > 1 && (
            <Fact term="Kommune">
              {served.find((m) => m.number === request.municipalityNumber)?.name ??
                request.municipalityNumber}
            </Fact>
          )}
          <Fact term="Fødselsnummer / referanse">
            {person?.identityNumber ?? person?.huslyReference}
          </Fact>
          <Fact term="Hvorfor uten bolig">{labels(codes, "reason", request.reasons)}</Fact>
          <Fact term="Utdypet">{request.reasonText}</Fact>
          <Fact term="Grupper">{labels(codes, "group", request.groups)}</Fact>
          <Fact term="Kan bo hos familie/venner">{label(codes, "network", request.network)}</Fact>
          <Fact term="Merknad om nettverk">{request.networkNote}</Fact>
          <Fact term="Bosituasjon nå">
            {label(codes, "housingSituation", request.housingSituation)}
          </Fact>
          <Fact term="Behov for tjenester">
            {labels(codes, "serviceNeed", request.serviceNeeds)}
          </Fact>
        </HGrid>
      </Box>

      {revisions.length > 0 && (
        <VStack gap="space-4">
          {revisions.map((revision) => (
            <BodyShort size="small" key={revision.revisedAt}>
              Endret {formatDateTime(revision.revisedAt)} av {revision.revisedBy}:{" "}
              {revision.changed.map((field) => fieldNames[field] ?? field).join(", ")}.
            </BodyShort>
          ))}
        </VStack>
      )}

      <section aria-labelledby="household-heading">
        <Heading level="2" size="medium" id="household-heading" spacing>
          Husstanden
        </Heading>
        <ul>
          {householdTexts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sensitive-heading">
        <Heading level="2" size="medium" id="sensitive-heading" spacing>
          Særlige kategorier
        </Heading>
        <BodyShort>
          {[
            request.sensitive.substanceUse ? "Rusproblemer" : null,
            request.sensitive.mentalHealth ? "Psykiske helseproblemer" : null,
          ]
            .filter(Boolean)
            .join(", ") || "Ingen registrert"}
        </BodyShort>
      </section>

      {!closedWithoutVedtak && (
        <section aria-labelledby="decision-heading">
          <Heading level="2" size="medium" id="decision-heading" spacing>
            Vedtak
          </Heading>
          <DecisionSection
            key={version}
            requestId={request.id}
            onDecided={() => setVersion((v) => v + 1)}
          />
        </section>
      )}

      <CashAssistanceSection requestId={request.id} closed={closedWithoutVedtak} />

      {living.kind === "living" ? (
        <StayExtensionSection
          key={version}
          requestId={request.id}
          stay={living.stay}
          extendedHere={living.extendedHere}
          onExtended={() => setStayVersion((v) => v + 1)}
        />
      ) : (
        living.kind === "none" &&
        !closedWithoutVedtak && (
          <>
            <PlacementSection
              key={version}
              requestId={request.id}
              household={householdTexts}
              children={childIndices}
              onStayStarted={() => setStayVersion((v) => v + 1)}
              onChanged={() => setPlacementVersion((v) => v + 1)}
            />

            {(!request.outcome || request.outcome.kind === RequestOutcome.decision) && (
              <StaySection
                key={`${version}-${stayVersion}`}
                requestId={request.id}
                personId={request.personId}
              />
            )}
          </>
        )
      )}

      <VStack gap="space-24">
        <ChildAssessmentSection
          key={`${version}-${stayVersion}-${placementVersion}`}
          requestId={request.id}
        />
        {living.kind === "none" && !closedWithoutVedtak && (
          <WaitingListSection requestId={request.id} personId={request.personId} />
        )}
        <StorageSection requestId={request.id} personId={request.personId} />
        {person && (
          <RepresentativeSection
            key={person.id}
            personId={person.id}
            initial={person.representative ?? null}
          />
        )}
        <PersonCopySection personId={request.personId} />
      </VStack>

      <section aria-labelledby="outcome-heading">
        <Heading level="2" size="medium" id="outcome-heading" spacing>
          Utfall
        </Heading>
        {request.outcome ? (
          <VStack gap="space-8">
            <BodyShort>
              {label(codes, "outcome", request.outcome.kind)} –{" "}
              {formatDateTime(request.outcome.decidedAt)}
            </BodyShort>
            {request.outcome.guidance.length > 0 && (
              <BodyShort>
                Personen fikk: {labels(codes, "guidance", request.outcome.guidance)}
              </BodyShort>
            )}
            {request.outcome.note && <BodyShort>{request.outcome.note}</BodyShort>}
          </VStack>
        ) : (
          <OutcomeForm request={request} onRecorded={setRequest} />
        )}
      </section>
    </VStack>
  );
}

function OutcomeForm({
  request,
  onRecorded,
}: {
  request: CaseRequest;
  onRecorded: (r: CaseRequest) => void;
}) {
  const codes = useCodes();
  // No default: a request waiting for its vedtak is not closed by a stray click.
  const [kind, setKind] = useState<RegisteredOutcome | "">("");
  const [guidance, setGuidance] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const form = useFormErrors("outcome");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const recorded = await form.submit(() =>
      api.recordOutcome(request.id, {
        kind: kind as RegisteredOutcome,
        guidance: kind === RegisteredOutcome.noRequestForPlace ? guidance : [],
        note,
      }),
    );
    if (recorded) onRecorded(recorded);
  }

  return (
    <form id="outcome" onSubmit={submit} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "36rem" }}>
        <BodyShort>
          En henvendelse om et sted å bo avsluttes med vedtak, også når svaret er nei. Uten vedtak
          avsluttes den bare hvis personen trekker den, eller ikke ba om et sted å bo.
        </BodyShort>
        <RadioGroup
          legend="Utfall uten vedtak"
          id={form.fieldId("kind")}
          value={kind}
          onChange={setKind}
          error={form.errorFor("kind")}
        >
          <Radio value={RegisteredOutcome.withdrawn}>
            {label(codes, "outcome", RegisteredOutcome.withdrawn)}
          </Radio>
          <Radio
            value={RegisteredOutcome.noRequestForPlace}
            description="For eksempel bare spørsmål om råd, depositum eller bostøtte"
          >
            {label(codes, "outcome", RegisteredOutcome.noRequestForPlace)}
          </Radio>
        </RadioGroup>
        {kind === RegisteredOutcome.noRequestForPlace && (
          <CodeCheckboxGroup
            list="guidance"
            legend="Hva fikk personen? (valgfritt)"
            id={form.fieldId("guidance")}
            value={guidance}
            onChange={setGuidance}
            error={form.errorFor("guidance")}
          />
        )}
        <Textarea
          id={form.fieldId("note")}
          label={
            kind === RegisteredOutcome.withdrawn
              ? "Når og hvordan trakk personen henvendelsen?"
              : "Hva ba personen om?"
          }
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={form.errorFor("note")}
        />
        {form.summary}
        <div>
          <Button type="submit" variant="secondary" loading={form.busy}>
            Registrer utfall
          </Button>
        </div>
      </VStack>
    </form>
  );
}
