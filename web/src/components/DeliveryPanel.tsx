// How and when a decided vedtak (the § 27 vedtak, a stans) was given to the person (handed over,
// digitally, by post), and the appeal deadline the server counts from it (fvl. § 29): from the day
// it reached the person, by post three working days after posting. Never before the vedtak was
// decided, never defaulting to today.
import { Alert, BodyShort, Button, Radio, RadioGroup, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import type { Schemas } from "../api/client";
import { DeliveryMethod } from "../api/statuses";
import { useFormErrors } from "./formErrors";
import { DateField } from "./DateField";
import { formatDate } from "../format";

/** What the server holds about how a vedtak was given: all null until it is recorded. */
export interface Given {
  deliveryMethod?: DeliveryMethod | null;
  deliveredOn?: string | null;
  informedOn?: string | null;
  appealDeadline?: string | null;
}

/** What each way of giving the vedtak is called, and what the date means for it. */
export const deliveryMethodText: Record<
  DeliveryMethod,
  { label: string; date: string; past: string }
> = {
  [DeliveryMethod.inPerson]: {
    label: "Overlevert personlig",
    date: "Dato vedtaket ble overlevert",
    past: "overlevert personlig",
  },
  [DeliveryMethod.digital]: {
    label: "Sendt digitalt",
    date: "Dato vedtaket ble gjort tilgjengelig digitalt",
    past: "sendt digitalt",
  },
  [DeliveryMethod.post]: {
    label: "Sendt i posten",
    date: "Dato vedtaket ble postlagt",
    past: "sendt i posten",
  },
};

export function DeliveryPanel<T>({
  id = "delivery",
  given,
  record: send,
  onChange,
}: {
  /** The form's id, unique on the page. */
  id?: string;
  given: Given;
  record: (input: Schemas["DeliveryInput"]) => Promise<T>;
  onChange: (result: T) => void;
}) {
  const form = useFormErrors(id);
  const [method, setMethod] = useState<DeliveryMethod | "">("");
  const [deliveredOn, setDeliveredOn] = useState("");

  if (given.deliveryMethod && given.deliveredOn)
    return (
      <VStack gap="space-4">
        <BodyShort>
          Vedtaket ble {deliveryMethodText[given.deliveryMethod].past}{" "}
          {formatDate(given.deliveredOn)}
          {given.deliveryMethod === DeliveryMethod.post &&
            ` og regnes som kommet fram ${formatDate(given.informedOn)} (tre virkedager etter at det ble postlagt)`}
          .
        </BodyShort>
        <BodyShort weight="semibold">Klagefrist: {formatDate(given.appealDeadline)}</BodyShort>
      </VStack>
    );

  async function record(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      send({ deliveryMethod: method as DeliveryMethod, deliveredOn }),
    );
    if (result) onChange(result);
  }

  return (
    <form id={id} onSubmit={record} noValidate>
      <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
        <Alert variant="info" size="small">
          Klagefristen er ikke begynt å løpe. Registrer hvordan og når vedtaket ble gitt til
          personen: fristen er tre uker fra det kom fram, i posten tre virkedager etter at det ble
          postlagt.
        </Alert>
        <RadioGroup
          {...form.field("deliveryMethod")}
          legend="Hvordan ble vedtaket gitt?"
          value={method}
          onChange={(value: DeliveryMethod) => setMethod(value)}
        >
          {Object.values(DeliveryMethod).map((value) => (
            <Radio key={value} value={value}>
              {deliveryMethodText[value].label}
            </Radio>
          ))}
        </RadioGroup>
        <DateField
          {...form.field("deliveredOn")}
          label={method ? deliveryMethodText[method].date : "Dato vedtaket ble gitt"}
          value={deliveredOn}
          onChange={(value) => setDeliveredOn(value)}
        />
        {form.summary}
        <div>
          <Button type="submit" variant="secondary" loading={form.busy}>
            Registrer at vedtaket er gitt
          </Button>
        </div>
      </VStack>
    </form>
  );
}
