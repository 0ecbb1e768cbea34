// The household besides the applicant: other adults and children who need a place with them,
// each with a first name and a birth date (which decide "family with children" and "under 25").
// A member added gets the focus in its first name, so the row is typed without reaching for it.
import { BodyShort, Button, HStack, Heading, TextField, VStack } from "@navikt/ds-react";
import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { useEffect, useRef } from "react";
import { DateField } from "../../../components/DateField";
import type { FormErrors } from "../../../components/formErrors";
import type { DraftState } from "./useRequestDraft";

export function HouseholdMembers({ draft, form }: { draft: DraftState; form: FormErrors }) {
  const { addMember, updateMember, removeMember } = draft;
  const rows = draft.draft.members.length;
  const added = useRef(false);
  const lastName = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (added.current) lastName.current?.focus();
    added.current = false;
  }, [rows]);
  const add = (role: "adult" | "child") => {
    added.current = true;
    addMember(role);
  };
  return (
    <VStack gap="space-12">
      <Heading level="2" size="small">
        Husstanden
      </Heading>
      <BodyShort size="small">
        Søkeren er med. Legg til andre voksne og barn som trenger sted å bo sammen med søkeren.
      </BodyShort>
      {draft.draft.members.map((member, index) => (
        <HStack key={member.key} gap="space-16" align="end">
          <BodyShort weight="semibold" style={{ minWidth: "4rem" }}>
            {member.role === "child" ? "Barn" : "Voksen"}
          </BodyShort>
          <TextField
            ref={index === rows - 1 ? lastName : undefined}
            id={form.fieldId(`members[${index}].firstName`)}
            label="Fornavn"
            value={member.firstName}
            onChange={(event) => updateMember(member.key, { firstName: event.target.value })}
            error={form.errorFor(`members[${index}].firstName`)}
          />
          <DateField
            birthDate
            id={form.fieldId(`members[${index}].birthDate`)}
            label="Fødselsdato"
            value={member.birthDate}
            onChange={(value) => updateMember(member.key, { birthDate: value })}
            error={form.errorFor(`members[${index}].birthDate`)}
          />
          <Button
            type="button"
            variant="tertiary"
            aria-label={`Fjern ${member.role === "child" ? "barn" : "voksen"} ${index + 1}`}
            icon={<TrashIcon aria-hidden />}
            onClick={() => removeMember(member.key)}
          />
        </HStack>
      ))}
      <HStack gap="space-8">
        <Button
          type="button"
          variant="secondary"
          size="small"
          icon={<PlusIcon aria-hidden />}
          onClick={() => add("child")}
        >
          Legg til barn
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="small"
          icon={<PlusIcon aria-hidden />}
          onClick={() => add("adult")}
        >
          Legg til voksen
        </Button>
      </HStack>
    </VStack>
  );
}
