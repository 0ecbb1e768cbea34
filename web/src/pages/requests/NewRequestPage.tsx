// Registering a request at the front desk. Built for speed with the keyboard: type the identity
// number, Enter, and focus lands on "Akutt"; Space, Enter registers an acute oral request.
import {
  BodyShort,
  Box,
  Button,
  Checkbox,
  CheckboxGroup,
  HStack,
  Heading,
  Select,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { useEffect, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import type { Person } from "../../api/client";
import { useServedMunicipalities } from "../../components/useServedMunicipalities";
import { useCodes } from "../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";
import { DateField } from "../../components/DateField";

interface MemberRow {
  key: number;
  role: "adult" | "child";
  firstName: string;
  birthDate: string;
}

export function NewRequestPage() {
  const [person, setPerson] = useState<Person | null>(null);
  return (
    <VStack gap="space-24" style={{ maxWidth: "48rem" }}>
      <Heading level="1" size="large">
        Ny henvendelse
      </Heading>
      {person ? (
        <RequestForm person={person} onChangePerson={() => setPerson(null)} />
      ) : (
        <FindPerson onFound={setPerson} />
      )}
    </VStack>
  );
}

function FindPerson({ onFound }: { onFound: (person: Person) => void }) {
  const [number, setNumber] = useState("");
  const [mode, setMode] = useState<"search" | "new-with-number" | "new-without-number">("search");
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [birthDate, setBirthDate] = useState("");
  const search = useFormErrors("find-person");
  const create = useFormErrors("new-person");

  async function find(event: FormEvent) {
    event.preventDefault();
    if (!number.trim())
      return search.setErrors([{ field: "identityNumber", message: "Skriv fødselsnummeret." }]);
    const result = await search.submit(() => api.findPersonByNumber(number));
    if (!result) return;
    if (result.matches.length > 0) onFound(result.matches[0]);
    else setMode("new-with-number");
  }

  async function register(event: FormEvent) {
    event.preventDefault();
    const person = await create.submit(() =>
      api.createPerson({
        ...(mode === "new-with-number" ? { identityNumber: number } : {}),
        firstName,
        lastName,
        ...(birthDate ? { birthDate } : {}),
      }),
    );
    if (person) onFound(person);
  }

  return (
    <VStack gap="space-24">
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
              value={number}
              onChange={(event) => {
                setNumber(event.target.value);
                if (mode === "new-with-number") setMode("search");
              }}
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
                onClick={() => setMode("new-without-number")}
              >
                Personen har ikke norsk fødselsnummer
              </Button>
            </div>
          )}
        </VStack>
      </form>

      {mode !== "search" && (
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
                  value={firstName}
                  onChange={(event) => setFirstName(event.target.value)}
                  error={create.errorFor("firstName")}
                />
                <TextField
                  id={create.fieldId("lastName")}
                  label="Etternavn"
                  value={lastName}
                  onChange={(event) => setLastName(event.target.value)}
                  error={create.errorFor("lastName")}
                />
              </HStack>
              {mode === "new-without-number" && (
                <DateField
                  id={create.fieldId("birthDate")}
                  label="Fødselsdato (valgfritt)"
                  value={birthDate}
                  onChange={(event) => setBirthDate(event.target.value)}
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
      )}
    </VStack>
  );
}

function RequestForm({ person, onChangePerson }: { person: Person; onChangePerson: () => void }) {
  const codes = useCodes();
  const navigate = useNavigate();
  const form = useFormErrors("new-request");
  const acuteRef = useRef<HTMLInputElement>(null);
  const [acute, setAcute] = useState(false);
  const [channel, setChannel] = useState("muntlig");
  const [reasons, setReasons] = useState<string[]>([]);
  const [reasonText, setReasonText] = useState("");
  const [groups, setGroups] = useState<string[]>([]);
  const [network, setNetwork] = useState("ikke_sjekket");
  const [networkNote, setNetworkNote] = useState("");
  const [housing, setHousing] = useState("");
  const [needs, setNeeds] = useState<string[]>([]);
  const [sensitive, setSensitive] = useState<string[]>([]);
  const [members, setMembers] = useState<MemberRow[]>([]);
  const municipalities = useServedMunicipalities();
  const [municipality, setMunicipality] = useState("");
  const formRef = useRef<HTMLFormElement>(null);

  // The person is found: the next decision is whether it is acute.
  useEffect(() => acuteRef.current?.focus(), []);

  function addMember(role: MemberRow["role"]) {
    setMembers((rows) => [
      ...rows,
      { key: Date.now() + rows.length, role, firstName: "", birthDate: "" },
    ]);
  }
  function updateMember(key: number, change: Partial<MemberRow>) {
    setMembers((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

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
      api.createRequest({
        personId: person.id,
        ...(municipality ? { municipalityNumber: municipality } : {}),
        channel,
        acute,
        reasons,
        reasonText,
        groups,
        network,
        networkNote,
        ...(housing ? { housingSituation: housing } : {}),
        serviceNeeds: needs,
        sensitive: {
          substanceUse: sensitive.includes("substanceUse"),
          mentalHealth: sensitive.includes("mentalHealth"),
        },
        members: members.map((member) => ({
          role: member.role,
          firstName: member.firstName,
          ...(member.birthDate ? { birthDate: member.birthDate } : {}),
        })),
      }),
    );
    if (created) navigate(`/henvendelser/${created.id}`);
  }

  return (
    <form id="new-request" ref={formRef} onSubmit={submit} onKeyDown={submitOnEnter} noValidate>
      <VStack gap="space-24">
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

        <Checkbox
          ref={acuteRef}
          checked={acute}
          onChange={(event) => setAcute(event.target.checked)}
          description="Trenger et sted å sove i natt. Vises på listen «Trenger svar i dag» til den har et utfall."
        >
          Akutt
        </Checkbox>

        <CodeRadioGroup
          list="channel"
          legend="Kanal"
          id={form.fieldId("channel")}
          value={channel}
          onChange={setChannel}
          error={form.errorFor("channel")}
        />

        {municipalities.length > 1 && (
          <Select
            id={form.fieldId("municipalityNumber")}
            label="Kommune"
            description="Kommunen som har ansvaret. Tallene til KOSTRA telles per kommune."
            value={municipality || municipalities[0].number}
            onChange={(event) => setMunicipality(event.target.value)}
            error={form.errorFor("municipalityNumber")}
          >
            {municipalities.map((m) => (
              <option key={m.number} value={m.number}>
                {m.name}
              </option>
            ))}
          </Select>
        )}

        <CodeCheckboxGroup
          list="reason"
          legend="Hvorfor har personen ikke et sted å bo?"
          id={form.fieldId("reasons")}
          value={reasons}
          onChange={setReasons}
          error={form.errorFor("reasons")}
        />
        <Textarea
          id={form.fieldId("reasonText")}
          label="Utdyp (valgfritt)"
          value={reasonText}
          onChange={(event) => setReasonText(event.target.value)}
          error={form.errorFor("reasonText")}
          maxLength={2000}
        />

        <CodeCheckboxGroup
          list="group"
          include={(entry) => !entry.derived}
          legend="Hvilke grupper hører personen til?"
          description="Barnefamilie og unge under 25 år regnes ut fra husstanden."
          id={form.fieldId("groups")}
          value={groups}
          onChange={setGroups}
          error={form.errorFor("groups")}
        />

        <CodeRadioGroup
          list="network"
          legend="Kan personen bo hos familie eller venner?"
          id={form.fieldId("network")}
          value={network}
          onChange={setNetwork}
          error={form.errorFor("network")}
        />
        <TextField
          id={form.fieldId("networkNote")}
          label="Merknad om nettverk (valgfritt)"
          value={networkNote}
          onChange={(event) => setNetworkNote(event.target.value)}
          error={form.errorFor("networkNote")}
        />

        <Select
          id={form.fieldId("housingSituation")}
          label="Bosituasjon nå"
          value={housing}
          onChange={(event) => setHousing(event.target.value)}
          error={form.errorFor("housingSituation")}
        >
          <option value="">Ikke oppgitt</option>
          {codes?.housingSituation.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.label}
            </option>
          ))}
        </Select>

        <CodeCheckboxGroup
          list="serviceNeed"
          legend="Behov for tjenester"
          id={form.fieldId("serviceNeeds")}
          value={needs}
          onChange={setNeeds}
          error={form.errorFor("serviceNeeds")}
        />

        <CheckboxGroup
          legend="Særlige kategorier"
          description="Helseopplysninger. Vises bare for veiledere og ledere ved kontoret, aldri i lister."
          value={sensitive}
          onChange={setSensitive}
        >
          <Checkbox value="substanceUse">Rusproblemer</Checkbox>
          <Checkbox value="mentalHealth">Psykiske helseproblemer</Checkbox>
        </CheckboxGroup>

        <VStack gap="space-12">
          <Heading level="2" size="small">
            Husstanden
          </Heading>
          <BodyShort size="small">
            Søkeren er med. Legg til andre voksne og barn som trenger sted å bo sammen med søkeren.
          </BodyShort>
          {members.map((member, index) => (
            <HStack key={member.key} gap="space-16" align="end">
              <BodyShort weight="semibold" style={{ minWidth: "4rem" }}>
                {member.role === "child" ? "Barn" : "Voksen"}
              </BodyShort>
              <TextField
                id={form.fieldId(`members[${index}].firstName`)}
                label="Fornavn"
                value={member.firstName}
                onChange={(event) => updateMember(member.key, { firstName: event.target.value })}
                error={form.errorFor(`members[${index}].firstName`)}
              />
              <DateField
                id={form.fieldId(`members[${index}].birthDate`)}
                label="Fødselsdato"
                value={member.birthDate}
                onChange={(event) => updateMember(member.key, { birthDate: event.target.value })}
                error={form.errorFor(`members[${index}].birthDate`)}
              />
              <Button
                type="button"
                variant="tertiary"
                icon={
                  <TrashIcon
                    title={`Fjern ${member.role === "child" ? "barn" : "voksen"} ${index + 1}`}
                  />
                }
                onClick={() => setMembers((rows) => rows.filter((row) => row.key !== member.key))}
              />
            </HStack>
          ))}
          <HStack gap="space-8">
            <Button
              type="button"
              variant="secondary"
              size="small"
              icon={<PlusIcon aria-hidden />}
              onClick={() => addMember("child")}
            >
              Legg til barn
            </Button>
            <Button
              type="button"
              variant="secondary"
              size="small"
              icon={<PlusIcon aria-hidden />}
              onClick={() => addMember("adult")}
            >
              Legg til voksen
            </Button>
          </HStack>
        </VStack>

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
