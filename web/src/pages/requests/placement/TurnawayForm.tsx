// When no place was found: the turnaways registered on the request, and the form to register
// one (the day, why, and what was done instead).
import { BodyShort, Button, HStack, Heading, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../../api/client";
import type { Turnaway } from "../../../api/client";
import { label, useCodes } from "../../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../../components/CodeFields";
import { DateField } from "../../../components/DateField";
import { useFormErrors } from "../../../components/formErrors";
import type { FormErrors } from "../../../components/formErrors";
import { formatDate, isoToday } from "../../../format";

export function TurnawayForm({
  requestId,
  turnaways,
  onSaved,
  canRegister = true,
}: {
  requestId: number;
  turnaways: Turnaway[];
  onSaved: (message: string) => void;
  /** False where no place was owed or one was found (the server refuses it then too). */
  canRegister?: boolean;
}) {
  const [open, setOpen] = useState(false);
  // Kept while the form is closed: reopened, it shows what was written.
  const form = useFormErrors("turnaway");
  const [draft, setDraft] = useState<Draft>({
    occurredOn: isoToday(),
    reason: "",
    instead: [],
    note: "",
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() => api.recordTurnaway({ requestId, ...draft }));
    if (saved) {
      setOpen(false);
      onSaved("Det er registrert at plass ikke ble funnet.");
    }
  }

  return (
    <VStack gap="space-8">
      <TurnawayList turnaways={turnaways} />
      {open ? (
        <NewTurnaway
          form={form}
          draft={draft}
          onChange={(part) => setDraft((current) => ({ ...current, ...part }))}
          onSubmit={submit}
          onCancel={() => setOpen(false)}
        />
      ) : (
        canRegister && (
          <div>
            <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
              Registrer at plass ikke ble funnet
            </Button>
          </div>
        )
      )}
    </VStack>
  );
}

interface Draft {
  occurredOn: string;
  reason: string;
  instead: string[];
  note: string;
}

function TurnawayList({ turnaways }: { turnaways: Turnaway[] }) {
  const codes = useCodes();
  return turnaways.map((turnaway) => (
    <BodyShort key={turnaway.id}>
      Ingen plass {formatDate(turnaway.occurredOn)}:{" "}
      {label(codes, "turnawayReason", turnaway.reason)}. Gjort i stedet:{" "}
      {turnaway.instead.map((code) => label(codes, "turnawayInstead", code)).join(", ")}.
    </BodyShort>
  ));
}

function NewTurnaway({
  form,
  draft,
  onChange,
  onSubmit,
  onCancel,
}: {
  form: FormErrors;
  draft: Draft;
  onChange: (part: Partial<Draft>) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  return (
    <form id="turnaway" onSubmit={onSubmit} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
        <Heading level="3" size="small">
          Plass ble ikke funnet
        </Heading>
        <DateField
          {...form.field("occurredOn")}
          label="Dato"
          value={draft.occurredOn}
          onChange={(value) => onChange({ occurredOn: value })}
        />
        <CodeRadioGroup
          {...form.field("reason")}
          list="turnawayReason"
          legend="Hvorfor ble plass ikke funnet?"
          value={draft.reason}
          onChange={(reason: string) => onChange({ reason })}
        />
        <CodeCheckboxGroup
          {...form.field("instead")}
          list="turnawayInstead"
          legend="Hva ble gjort i stedet?"
          value={draft.instead}
          onChange={(instead: string[]) => onChange({ instead })}
        />
        <Textarea
          {...form.field("note")}
          label="Merknad (valgfritt)"
          value={draft.note}
          onChange={(e) => onChange({ note: e.target.value })}
        />
        {form.summary}
        <HStack gap="space-8">
          <Button type="submit" loading={form.busy}>
            Registrer
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
