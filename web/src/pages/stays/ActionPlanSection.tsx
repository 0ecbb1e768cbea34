// The tiltaksplan, as in Bolig Nu's form: rows of Mål, Tiltak, Ansvar, Frist and Annet, each
// with a status. Rows are added and removed here and saved together.
import { Button, HStack, TextField, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { ActionItemInput } from "../../api/client";
import { CodeSelect } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { RepeatingRow } from "../../components/RepeatingRow";
import { useRows } from "../../components/useRows";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";

const emptyRow = (): ActionItemInput => ({
  goal: "",
  action: "",
  responsible: "",
  dueOn: "",
  other: "",
  status: "ikke_startet",
});

export function ActionPlanSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("plan");
  const { rows, update, add, remove } = useRows<ActionItemInput>(
    stay.actionPlan.map((item) => ({ ...item, dueOn: item.dueOn ?? "" })),
  );
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const items = rows.map(({ dueOn, ...row }) => ({ ...row, ...(dueOn ? { dueOn } : {}) }));
    const result = await form.submit(() => api.saveActionPlan(stay.id, items));
    if (result) {
      onChange(result);
      setStatus("Tiltaksplanen er lagret.");
    }
  }

  return (
    <Section id="plan" title="Tiltaksplan">
      <form id="plan" onSubmit={save} noValidate>
        <VStack gap="space-16">
          {rows.map((row, index) => (
            <RepeatingRow key={index} legend={`Tiltak ${index + 1}`} onRemove={() => remove(index)}>
              <TextField
                {...form.field(`items[${index}].goal`)}
                label="Mål"
                value={row.goal}
                onChange={(e) => update(index, { goal: e.target.value })}
              />
              <TextField
                {...form.field(`items[${index}].action`)}
                label="Tiltak"
                value={row.action}
                onChange={(e) => update(index, { action: e.target.value })}
              />
              <TextField
                {...form.field(`items[${index}].responsible`)}
                label="Ansvar"
                htmlSize={14}
                value={row.responsible}
                onChange={(e) => update(index, { responsible: e.target.value })}
              />
              <DateField
                {...form.field(`items[${index}].dueOn`)}
                label="Frist"
                value={row.dueOn ?? ""}
                onChange={(value) => update(index, { dueOn: value })}
              />
              <TextField
                {...form.field(`items[${index}].other`)}
                label="Annet"
                value={row.other}
                onChange={(e) => update(index, { other: e.target.value })}
              />
              <CodeSelect
                {...form.field(`items[${index}].status`)}
                list="actionStatus"
                label="Status"
                value={row.status}
                onChange={(e) => update(index, { status: e.target.value })}
              />
            </RepeatingRow>
          ))}
          {form.summary}
          <SuccessStatus message={status} />
          <HStack gap="space-8">
            <Button
              type="button"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={() => add(emptyRow())}
            >
              Legg til tiltak
            </Button>
            <Button type="submit" loading={form.busy}>
              Lagre tiltaksplanen
            </Button>
          </HStack>
        </VStack>
      </form>
    </Section>
  );
}
