// The request's placements, each with the steps it can take now: confirmed by the provider,
// check in today, move, a new check-out day, cancel.
import { BodyShort, Button, HStack, Table, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../../api/client";
import type { Placement, PlacementStep } from "../../../api/client";
import { label, useCodes } from "../../../api/codes";
import { PlacementStatus } from "../../../api/statuses";
import { useFormErrors } from "../../../components/formErrors";
import type { FormErrors } from "../../../components/formErrors";
import { formatDate } from "../../../format";
import { canCancel, isActive } from "./placementStatus";
import { DateField } from "../../../components/DateField";

type OnChanged = (message: string, startedStay: boolean) => void;

export function PlacementTable({
  placements,
  onChanged,
  onMove,
}: {
  placements: Placement[];
  onChanged: OnChanged;
  onMove: (placement: Placement) => void;
}) {
  const codes = useCodes();
  const form = useFormErrors("placements");
  // The placement whose check-out day is being changed.
  const [extending, setExtending] = useState<number | null>(null);

  return (
    <VStack gap="space-8">
      {form.summary}
      <Table size="small">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
            <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
            <Table.HeaderCell scope="col">Til</Table.HeaderCell>
            <Table.HeaderCell scope="col">Status</Table.HeaderCell>
            <Table.HeaderCell scope="col">Handlinger</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {placements.map((placement) => (
            <Table.Row key={placement.id}>
              <Table.DataCell>
                {placement.providerName}: {placement.unitName}
                {placement.qualityReason && (
                  <BodyShort size="small">Begrunnelse: {placement.qualityReason}</BodyShort>
                )}
                {placement.beforeApproval && (
                  <BodyShort size="small">Booket før leder godkjente vedtaket (akutt)</BodyShort>
                )}
              </Table.DataCell>
              <Table.DataCell>{formatDate(placement.from)}</Table.DataCell>
              <Table.DataCell>{formatDate(placement.to) || "Åpen"}</Table.DataCell>
              <Table.DataCell>{label(codes, "placementStatus", placement.status)}</Table.DataCell>
              <Table.DataCell>
                {extending === placement.id ? (
                  <CheckOutDayForm
                    placement={placement}
                    form={form}
                    onSaved={(message) => {
                      setExtending(null);
                      onChanged(message, false);
                    }}
                    onCancel={() => setExtending(null)}
                  />
                ) : (
                  <PlacementActions
                    placement={placement}
                    form={form}
                    onChanged={onChanged}
                    onMove={onMove}
                    onChangeCheckOut={() => setExtending(placement.id)}
                  />
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}

/** The buttons for the steps a placement can take in its status. */
function PlacementActions({
  placement,
  form,
  onChanged,
  onMove,
  onChangeCheckOut,
}: {
  placement: Placement;
  form: FormErrors;
  onChanged: OnChanged;
  onMove: (placement: Placement) => void;
  onChangeCheckOut: () => void;
}) {
  async function step(action: PlacementStep, message: string) {
    const result = await form.submit(() => api.placementStep(placement.id, action));
    if (result) onChanged(message, action === "check-in" && placement.stayId === null);
  }

  return (
    <HStack gap="space-4" wrap>
      {placement.status === PlacementStatus.awaitingConfirmation && (
        <Button
          size="xsmall"
          variant="secondary"
          onClick={() => void step("confirm", "Tilbyderen har bekreftet plassen.")}
        >
          Bekreftet av tilbyder
        </Button>
      )}
      {placement.status === PlacementStatus.booked && (
        <Button size="xsmall" onClick={() => void step("check-in", "Husstanden er sjekket inn.")}>
          Sjekk inn i dag
        </Button>
      )}
      {placement.status === PlacementStatus.checkedIn && (
        <Button size="xsmall" variant="secondary" onClick={() => onMove(placement)}>
          Flytt
        </Button>
      )}
      {isActive(placement.status) && (
        <Button size="xsmall" variant="secondary" onClick={onChangeCheckOut}>
          Endre utsjekking
        </Button>
      )}
      {canCancel(placement.status) && (
        <Button
          size="xsmall"
          variant="tertiary"
          onClick={() => void step("cancel", "Plassen er avbestilt.")}
        >
          Avbestill
        </Button>
      )}
    </HStack>
  );
}

/** A new check-out day for a placement (empty: open-ended). */
function CheckOutDayForm({
  placement,
  form,
  onSaved,
  onCancel,
}: {
  placement: Placement;
  form: FormErrors;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [to, setTo] = useState(placement.to ?? "");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.extendPlacement(placement.id, to.trim() === "" ? null : to),
    );
    if (result)
      onSaved(
        result.to ? `Ny utsjekkingsdag: ${formatDate(result.to)}.` : "Plassen har nå åpen slutt.",
      );
  }

  return (
    <form id={`extend-${placement.id}`} onSubmit={(e) => void save(e)} noValidate>
      <HStack gap="space-8" align="end">
        <DateField
          {...form.field("to")}
          label="Ny utsjekkingsdag"
          description="Tom for åpen slutt"
          value={to}
          onChange={(value) => setTo(value)}
        />
        <Button size="small" type="submit">
          Lagre
        </Button>
        <Button size="small" type="button" variant="tertiary" onClick={onCancel}>
          Avbryt
        </Button>
      </HStack>
    </form>
  );
}
