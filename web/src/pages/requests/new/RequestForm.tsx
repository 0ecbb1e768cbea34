// The request for the person found, in the order a front desk needs it for a walk-in at night:
// the person, acute or not and how it came, the household (the place search needs it), and then
// the situation, network and needs, which can wait («Endre» on the request completes them).
// Enter registers it from any field. The same form corrects a registered request.
import { BodyShort, Box, Button, ExpansionCard, HStack, Heading, VStack } from "@navikt/ds-react";
import { useRef } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../../api/client";
import type { CaseRequest, Person } from "../../../api/client";
import { useCodes } from "../../../api/codes";
import { useFormErrors } from "../../../components/formErrors";
import { formatDate } from "../../../format";
import { ArrivalFields } from "./ArrivalFields";
import { HouseholdMembers } from "./HouseholdMembers";
import { SituationFields } from "./SituationFields";
import { draftOf, requestInput } from "./requestDraft";
import { useRequestDraft } from "./useRequestDraft";

export function RequestForm({
  person,
  onChangePerson,
  existing,
  onCorrected,
  onCancel,
}: {
  person: Person;
  onChangePerson?: () => void;
  /** A registered request to correct, with what to do when it is saved or left. */
  existing?: CaseRequest;
  onCorrected?: (request: CaseRequest) => void;
  onCancel?: () => void;
}) {
  const navigate = useNavigate();
  const codes = useCodes();
  const form = useFormErrors(existing ? "correct-request" : "new-request");
  const derived = (codes?.group ?? []).filter((entry) => entry.derived).map((entry) => entry.code);
  const draft = useRequestDraft(existing ? draftOf(existing, derived) : undefined);
  const formRef = useRef<HTMLFormElement>(null);

  // Enter on a checkbox or radio submits, as it does in a text field.
  function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (event.key === "Enter" && (target.type === "checkbox" || target.type === "radio")) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (existing) {
      const corrected = await form.submit(() =>
        api.correctRequest(existing.id, requestInput(person.id, draft.draft)),
      );
      if (corrected) onCorrected?.(corrected);
      return;
    }
    const created = await form.submit(() =>
      api.createRequest(requestInput(person.id, draft.draft)),
    );
    if (created) navigate(`/henvendelser/${created.id}`);
  }

  return (
    <form
      id={existing ? "correct-request" : "new-request"}
      ref={formRef}
      onSubmit={submit}
      onKeyDown={submitOnEnter}
      noValidate
    >
      <VStack gap="space-24">
        {!existing && onChangePerson && (
          <PersonCard person={person} onChangePerson={onChangePerson} />
        )}
        <ArrivalFields draft={draft} form={form} focusAcute={!existing} />
        <HouseholdMembers draft={draft} form={form} />
        <ExpansionCard
          aria-label="Situasjon, nettverk og behov"
          size="small"
          defaultOpen={existing !== undefined}
        >
          <ExpansionCard.Header>
            <ExpansionCard.Title as="h2" size="small">
              Situasjon, nettverk og behov
            </ExpansionCard.Title>
            <ExpansionCard.Description>
              Kan fylles ut nå eller senere med «Endre» på henvendelsen.
            </ExpansionCard.Description>
          </ExpansionCard.Header>
          <ExpansionCard.Content>
            <VStack gap="space-24">
              <SituationFields draft={draft} form={form} />
            </VStack>
          </ExpansionCard.Content>
        </ExpansionCard>
        {form.summary}
        <HStack gap="space-8">
          <Button type="submit" loading={form.busy}>
            {existing ? "Lagre endringene" : "Registrer henvendelse"}
          </Button>
          {existing && onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              Avbryt
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}

/** Who the request is for, and the way back to finding another person. */
function PersonCard({ person, onChangePerson }: { person: Person; onChangePerson: () => void }) {
  return (
    <Box background="default" padding="space-16" borderRadius="8">
      <HStack justify="space-between" align="center">
        <div>
          <Heading level="2" size="small">
            {person.firstName} {person.lastName}
          </Heading>
          <BodyShort size="small">
            {person.identityNumber ?? person.huslyReference}
            {person.birthDate ? ` · født ${formatDate(person.birthDate)}` : ""}
          </BodyShort>
        </div>
        <Button type="button" variant="tertiary" size="small" onClick={onChangePerson}>
          Bytt person
        </Button>
      </HStack>
    </Box>
  );
}
