// Meetings (appointments) with the resident: when, what about, where, and whether they happened.
import { Button, HStack, TextField, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { AppointmentInput } from "../../api/client";
import { CodeSelect } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { RepeatingRow } from "../../components/RepeatingRow";
import { useRows } from "../../components/useRows";
import { isoToday } from "../../format";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";

export function AppointmentsSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("appointments");
  const { rows, update, add, remove } = useRows<AppointmentInput>(stay.appointments);
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() => api.saveAppointments(stay.id, rows));
    if (result) {
      onChange(result);
      setStatus("Møtene er lagret.");
    }
  }

  return (
    <Section id="appointments" title="Møter">
      <form id="appointments" onSubmit={save} noValidate>
        <VStack gap="space-16">
          {rows.map((row, index) => (
            <RepeatingRow key={index} legend={`Møte ${index + 1}`} onRemove={() => remove(index)}>
              <TextField
                {...form.field(`appointments[${index}].startsAt`)}
                label="Tidspunkt"
                description="ÅÅÅÅ-MM-DDTTT:MM"
                htmlSize={16}
                value={row.startsAt}
                onChange={(e) => update(index, { startsAt: e.target.value })}
              />
              <TextField
                {...form.field(`appointments[${index}].purpose`)}
                label="Hva gjelder møtet"
                value={row.purpose ?? ""}
                onChange={(e) => update(index, { purpose: e.target.value })}
              />
              <TextField
                {...form.field(`appointments[${index}].place`)}
                label="Sted"
                value={row.place ?? ""}
                onChange={(e) => update(index, { place: e.target.value })}
              />
              <CodeSelect
                {...form.field(`appointments[${index}].status`)}
                list="appointmentStatus"
                label="Status"
                value={row.status ?? "planlagt"}
                onChange={(e) => update(index, { status: e.target.value })}
              />
            </RepeatingRow>
          ))}
          {form.summary}
          <div role="status">{status}</div>
          <HStack gap="space-8">
            <Button
              type="button"
              variant="secondary"
              icon={<PlusIcon aria-hidden />}
              onClick={() =>
                add({ startsAt: `${isoToday()}T10:00`, purpose: "", place: "", status: "planlagt" })
              }
            >
              Legg til møte
            </Button>
            <Button type="submit" loading={form.busy}>
              Lagre møtene
            </Button>
          </HStack>
        </VStack>
      </form>
    </Section>
  );
}
