// The first step of a new request: the identity number, then the person found, a notice that
// they are known at another office, or the form to register them.
import { BodyShort, Box, Button, HStack, Heading, TextField, VStack } from "@navikt/ds-react";
import type { FormEvent } from "react";
import type { Person } from "../../../api/client";
import { DateField } from "../../../components/DateField";
import { usePersonLookup } from "./usePersonLookup";
import type { PersonLookup } from "./usePersonLookup";

export function FindPerson({ onFound }: { onFound: (person: Person) => void }) {
  const lookup = usePersonLookup(onFound);
  return (
    <VStack gap="space-24">
      <NumberSearch lookup={lookup} />
      {lookup.mode === "elsewhere" && <RegisteredElsewhere lookup={lookup} />}
      {(lookup.mode === "new-with-number" || lookup.mode === "new-without-number") && (
        <NewPersonForm lookup={lookup} />
      )}
    </VStack>
  );
}

function NumberSearch({ lookup }: { lookup: PersonLookup }) {
  const { search, mode } = lookup;
  function find(event: FormEvent) {
    event.preventDefault();
    void lookup.find();
  }
  return (
    <form id="find-person" onSubmit={find} noValidate>
      <VStack gap="space-16">
        <HStack gap="space-16" align="end">
          <TextField
            id={search.fieldId("identityNumber")}
            label="Fødselsnummer eller D-nummer"
            description="11 siffer"
            inputMode="numeric"
            autoComplete="off"
            htmlSize={16}
            autoFocus
            value={lookup.number}
            onChange={(event) => lookup.changeNumber(event.target.value)}
            error={search.errorFor("identityNumber")}
          />
          <Button type="submit" variant="secondary" loading={search.busy}>
            Finn person
          </Button>
        </HStack>
        {search.summary}
        {mode === "search" && (
          <div>
            <Button
              type="button"
              variant="tertiary"
              size="small"
              onClick={() => lookup.setMode("new-without-number")}
            >
              Personen har ikke norsk fødselsnummer
            </Button>
          </div>
        )}
      </VStack>
    </form>
  );
}

function RegisteredElsewhere({ lookup }: { lookup: PersonLookup }) {
  return (
    <Box background="default" padding="space-24" borderRadius="8">
      <VStack gap="space-16">
        <Heading level="2" size="small">
          Personen er registrert ved et annet Nav-kontor
        </Heading>
        <BodyShort>
          Registrer personen hos dere for å lage en henvendelse. Navn og opplysninger vises når
          personen er registrert her, og det blir logget at dere gjorde det.
        </BodyShort>
        <div>
          <Button
            type="button"
            autoFocus
            loading={lookup.search.busy}
            onClick={() => void lookup.link()}
          >
            Registrer hos oss og fortsett
          </Button>
        </div>
      </VStack>
    </Box>
  );
}

function NewPersonForm({ lookup }: { lookup: PersonLookup }) {
  const { mode, newPerson: person } = lookup;
  const create = person.form;
  function register(event: FormEvent) {
    event.preventDefault();
    void person.register();
  }
  return (
    <Box background="default" padding="space-24" borderRadius="8">
      <form id="new-person" onSubmit={register} noValidate>
        <VStack gap="space-16">
          <Heading level="2" size="small">
            {mode === "new-with-number"
              ? "Personen er ikke registrert fra før. Registrer personen:"
              : "Registrer person uten norsk fødselsnummer (får en Husly-referanse)"}
          </Heading>
          <HStack gap="space-16">
            <TextField
              id={create.fieldId("firstName")}
              label="Fornavn"
              autoFocus
              value={person.firstName}
              onChange={(event) => person.setFirstName(event.target.value)}
              error={create.errorFor("firstName")}
            />
            <TextField
              id={create.fieldId("lastName")}
              label="Etternavn"
              value={person.lastName}
              onChange={(event) => person.setLastName(event.target.value)}
              error={create.errorFor("lastName")}
            />
          </HStack>
          {mode === "new-without-number" && (
            <DateField
              birthDate
              id={create.fieldId("birthDate")}
              label="Fødselsdato (valgfritt)"
              value={person.birthDate}
              onChange={(value) => person.setBirthDate(value)}
              error={create.errorFor("birthDate")}
            />
          )}
          {create.summary}
          <div>
            <Button type="submit" loading={create.busy}>
              Registrer person
            </Button>
          </div>
        </VStack>
      </form>
    </Box>
  );
}
