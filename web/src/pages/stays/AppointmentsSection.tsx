// Meetings (appointments) with the resident: when (a date as dd.mm.åååå and a time), what about,
// where, and whether they happened.
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
import { isoToday, timeFromTyped } from "../../format";
import { DateField } from "../../components/DateField";
import { Section } from "../../components/Section";
import type { SectionProps } from "./sectionProps";
import { SuccessStatus } from "../../components/SuccessStatus";

/** The time of a meeting "ÅÅÅÅ-MM-DDTtt:mm" (as the user typed it, so a wrong one reaches the server's message). */
const timeOf = (startsAt: string) => startsAt.split("T")[1] ?? "";

export function AppointmentsSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("appointments");
  const { rows, update, add, remove } = useRows<AppointmentInput>(stay.appointments);
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const typed = rows.map((row) => ({
      ...row,
      startsAt: `${row.startsAt.slice(0, 10)}T${timeFromTyped(timeOf(row.startsAt))}`,
    }));
    const result = await form.submit(() => api.saveAppointments(stay.id, typed));
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
              <HStack gap="space-8" align="start" wrap>
                <DateField
                  {...form.field(`appointments[${index}].startsAt`)}
                  label="Dato"
                  value={row.startsAt.slice(0, 10)}
                  onChange={(day) => update(index, { startsAt: `${day}T${timeOf(row.startsAt)}` })}
                />
                <TextField
                  label="Klokkeslett"
                  description="tt:mm"
                  htmlSize={6}
                  inputMode="numeric"
                  value={timeOf(row.startsAt)}
                  onChange={(e) =>
                    update(index, {
                      startsAt: `${row.startsAt.slice(0, 10)}T${e.target.value.replace(".", ":")}`,
                    })
                  }
                />
              </HStack>
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
          <SuccessStatus message={status} />
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
