// The request for the person found: the person at the top, then how the request came, the
// person's situation and the household; Enter registers it from any field.
import { BodyShort, Box, Button, HStack, Heading, VStack } from "@navikt/ds-react";
import { useRef } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../../api/client";
import type { Person } from "../../../api/client";
import { useFormErrors } from "../../../components/formErrors";
import { formatDate } from "../../../format";
import { ArrivalFields } from "./ArrivalFields";
import { HouseholdMembers } from "./HouseholdMembers";
import { SituationFields } from "./SituationFields";
import { requestInput } from "./requestDraft";
import { useRequestDraft } from "./useRequestDraft";

export function RequestForm({
  person,
  onChangePerson,
}: {
  person: Person;
  onChangePerson: () => void;
}) {
  const navigate = useNavigate();
  const form = useFormErrors("new-request");
  const draft = useRequestDraft();
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
    const created = await form.submit(() =>
      api.createRequest(requestInput(person.id, draft.draft)),
    );
    if (created) navigate(`/henvendelser/${created.id}`);
  }

  return (
    <form id="new-request" ref={formRef} onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
      <VStack gap="space-24">
        <PersonCard person={person} onChangePerson={onChangePerson} />
        <ArrivalFields draft={draft} form={form} />
        <SituationFields draft={draft} form={form} />
        <HouseholdMembers draft={draft} form={form} />
        {form.summary}
        <div>
          <Button type="submit" loading={form.busy}>
            Registrer henvendelse
          </Button>
        </div>
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
