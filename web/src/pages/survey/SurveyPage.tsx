// The survey (Fafo's questionnaire to the Nav offices): the office's own responses to answer,
// and for administrators and analysts the rounds with how many have answered; administrators
// open new rounds here.
import {
  Alert,
  BodyShort,
  Button,
  Heading,
  Link,
  Radio,
  RadioGroup,
  Table,
  Tag,
  TextField,
  UNSAFE_Combobox,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useMemo, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import type { Office, SurveyRound } from "../../api/client";
import { SurveyResponseStatus } from "../../api/statuses";
import { hasRole, useMe } from "../../auth/session";
import { DateField } from "../../components/DateField";
import { useFormErrors } from "../../components/formErrors";
import { useLoaded } from "../../components/useLoaded";
import { formatDate } from "../../format";

export const statusNames: Record<
  SurveyResponseStatus,
  { text: string; variant: "neutral" | "warning" | "success" }
> = {
  [SurveyResponseStatus.notStarted]: { text: "Ikke startet", variant: "neutral" },
  [SurveyResponseStatus.draft]: { text: "Utkast", variant: "warning" },
  [SurveyResponseStatus.submitted]: { text: "Sendt inn", variant: "success" },
};

export function StatusTag({ status }: { status: SurveyResponseStatus }) {
  const name = statusNames[status] ?? statusNames[SurveyResponseStatus.notStarted];
  return (
    <Tag size="small" variant={name.variant}>
      {name.text}
    </Tag>
  );
}

function OfficeResponses() {
  const { value, error } = useLoaded(
    () => api.surveyResponses(),
    [],
    "Kunne ikke hente besvarelsene.",
  );
  if (error) return <Alert variant="error">{error}</Alert>;
  if (!value) return null;
  return (
    <section aria-labelledby="own-heading">
      <Heading level="2" size="medium" id="own-heading" spacing>
        Kontorets besvarelser
      </Heading>
      {value.responses.length === 0 ? (
        <BodyShort>Kontoret har ingen undersøkelser å svare på.</BodyShort>
      ) : (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Runde</Table.HeaderCell>
              <Table.HeaderCell scope="col">Svarfrist</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Påminnelser</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {value.responses.map((response) => (
              <Table.Row key={response.id}>
                <Table.DataCell>
                  <Link as={RouterLink} to={`/undersokelse/svar/${response.id}`}>
                    {response.roundTitle}
                  </Link>
                </Table.DataCell>
                <Table.DataCell>{formatDate(response.deadline)}</Table.DataCell>
                <Table.DataCell>
                  <StatusTag status={response.status} />
                </Table.DataCell>
                <Table.DataCell>{response.reminders}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

function OpenRoundForm({ onOpened }: { onOpened: (round: SurveyRound) => void }) {
  const form = useFormErrors("new-round");
  const [offices, setOffices] = useState<Office[]>([]);
  const [title, setTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [scope, setScope] = useState<"all" | "some">("all");
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    api.offices().then(setOffices, form.fail);
  }, []);
  const options = useMemo(
    () =>
      offices.map((office) => ({
        label: `${office.name} (${office.unitNumber})`,
        value: String(office.id),
      })),
    [offices],
  );

  async function open(event: FormEvent) {
    event.preventDefault();
    const round = await form.submit(() =>
      api.openSurveyRound({
        surveyId: "fafo-2024",
        title,
        deadline,
        ...(scope === "some" ? { officeIds: selected.map(Number) } : {}),
      }),
    );
    if (round) onOpened(round);
  }

  return (
    <section aria-labelledby="new-round-heading">
      <Heading level="2" size="medium" id="new-round-heading" spacing>
        Åpne en ny runde
      </Heading>
      <form id="new-round" onSubmit={open} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "36rem" }}>
          <TextField
            {...form.field("title")}
            label="Navn på runden"
            description="Vises for kontorene, f.eks. «Midlertidig botilbud høsten 2026»"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <DateField
            {...form.field("deadline")}
            label="Svarfrist"
            value={deadline}
            onChange={(value) => setDeadline(value)}
          />
          <RadioGroup
            legend="Hvilke kontorer skal svare?"
            value={scope}
            onChange={(value: "all" | "some") => setScope(value)}
          >
            <Radio value="all">Alle kontorer ({offices.length})</Radio>
            <Radio value="some">Utvalgte kontorer</Radio>
          </RadioGroup>
          {scope === "some" && (
            <UNSAFE_Combobox
              id={form.fieldId("officeIds")}
              label="Kontorer"
              options={options}
              isMultiSelect
              selectedOptions={options.filter((option) => selected.includes(option.value))}
              onToggleSelected={(value, isSelected) =>
                setSelected((current) =>
                  isSelected ? [...current, value] : current.filter((id) => id !== value),
                )
              }
              error={form.errorFor("officeIds")}
            />
          )}
          {form.summary}
          <div>
            <Button type="submit" loading={form.busy}>
              Åpne runden
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}

function Rounds({ administrator }: { administrator: boolean }) {
  const navigate = useNavigate();
  const { value, error } = useLoaded(() => api.surveyRounds(), [], "Kunne ikke hente rundene.");
  return (
    <>
      <section aria-labelledby="rounds-heading">
        <Heading level="2" size="medium" id="rounds-heading" spacing>
          Runder
        </Heading>
        {error && <Alert variant="error">{error}</Alert>}
        {value && value.rounds.length === 0 && <BodyShort>Ingen runder er åpnet ennå.</BodyShort>}
        {value && value.rounds.length > 0 && (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Runde</Table.HeaderCell>
                <Table.HeaderCell scope="col">Svarfrist</Table.HeaderCell>
                <Table.HeaderCell scope="col">Har svart</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {value.rounds.map((round) => (
                <Table.Row key={round.id}>
                  <Table.DataCell>
                    <Link as={RouterLink} to={`/undersokelse/runder/${round.id}`}>
                      {round.title}
                    </Link>
                  </Table.DataCell>
                  <Table.DataCell>{formatDate(round.deadline)}</Table.DataCell>
                  <Table.DataCell>{round.progress}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
      {administrator && (
        <OpenRoundForm onOpened={(round) => navigate(`/undersokelse/runder/${round.id}`)} />
      )}
    </>
  );
}

export function SurveyPage() {
  const me = useMe();
  const office = me.activeOfficeId !== null && hasRole(me, "veileder", "leder");
  const reader = hasRole(me, "administrator", "analytiker");
  return (
    <VStack gap="space-32">
      <div>
        <Heading level="1" size="large" spacing>
          Undersøkelse om midlertidig botilbud
        </Heading>
        <BodyShort>
          Fafos spørreskjema til Nav-kontorene. Det kontorets egne data svarer på, er fylt ut på
          forhånd med tallet bak; den som svarer, kan endre alt.
        </BodyShort>
      </div>
      {office && <OfficeResponses />}
      {reader && <Rounds administrator={hasRole(me, "administrator")} />}
    </VStack>
  );
}
