// One unit: its details, price history (a new price from a date), and its inspections with a
// form for a new one (every U-5/2003 item, the survey's Label33 problems, the verdict).
import {
  Alert,
  BodyShort,
  Button,
  HStack,
  Heading,
  Link,
  Table,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useParams } from "react-router-dom";
import { api } from "../../api/client";
import type { UnitDetail } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { Fact } from "../../components/Fact";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday, kroner } from "../../format";
import { InspectionForm } from "./InspectionForm";
import { QualityTag, capacityText } from "./QualityTag";
import { UnitForm } from "./UnitForm";
import { useLoaded } from "../../components/useLoaded";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";

export function UnitPage() {
  const unitId = Number(useParams().unitId);
  const {
    value: unit,
    setValue: setUnit,
    error,
  } = useLoaded(() => api.unit(unitId), [unitId], "Kunne ikke hente enheten.");
  const [status, setStatus] = useState("");
  const [editing, setEditing] = useState(false);
  const codes = useCodes();

  if (error) return <Alert variant="error">{error}</Alert>;
  if (!unit) return null;
  const updated = (result: UnitDetail, message: string) => {
    setUnit(result);
    setStatus(message);
  };
  const labels = (list: "facility" | "targetGroup", values: string[]) =>
    values.map((value) => label(codes, list, value)).join(", ");

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <Link as={RouterLink} to={`/botilbud/tilbydere/${unit.providerId}`}>
          {unit.providerName}
        </Link>
        <HStack gap="space-16" align="center">
          <Heading level="1" size="large">
            {unit.name}
          </Heading>
          <QualityTag status={unit.qualityStatus} />
        </HStack>
        <SuccessStatus message={status} />
        <HStack gap="space-32" wrap>
          <Fact term="Type">
            {label(codes, "unitKind", unit.kind)}
            {unit.nightShelter && " (natthjem)"}
          </Fact>
          <Fact term="Kapasitet">{capacityText(unit)}</Fact>
          <Fact term="Pris i dag">{kroner(unit.priceToday)}</Fact>
          <Fact term="Bemanning">{label(codes, "staffing", unit.staffing)}</Fact>
          <Fact term="Fasiliteter">{labels("facility", unit.facilities)}</Fact>
          <Fact term="Passer for">{labels("targetGroup", unit.suits)}</Fact>
          <Fact term="Passer ikke for">{labels("targetGroup", unit.notSuits)}</Fact>
          <Fact term="Brann">
            {unit.requiresSelfEvacuation ? "Beboerne må evakuere seg selv" : ""}
          </Fact>
        </HStack>
        <div>
          <Button size="small" variant="secondary" onClick={() => setEditing(!editing)}>
            {editing ? "Lukk endring" : "Endre enheten"}
          </Button>
        </div>
        {editing && (
          <UnitForm
            formId="edit-unit"
            initial={unit}
            onRequest={unit.onRequest}
            withPrice={false}
            submitLabel="Lagre endringene"
            onSave={async (input) => {
              updated(await api.updateUnit(unit.id, input), "Enheten er lagret.");
              setEditing(false);
            }}
          />
        )}
      </VStack>
      <PricesSection unit={unit} onChange={updated} />
      <section aria-labelledby="inspections-heading">
        <Heading id="inspections-heading" level="2" size="medium" spacing>
          Kvalitetskontroller
        </Heading>
        {unit.inspections.length === 0 ? (
          <BodyShort spacing>Enheten er ikke kontrollert.</BodyShort>
        ) : (
          <Table size="small" style={{ marginBottom: "var(--ax-space-24)" }}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kontrollør</Table.HeaderCell>
                <Table.HeaderCell scope="col">Vurdering</Table.HeaderCell>
                <Table.HeaderCell scope="col">Ikke i orden</Table.HeaderCell>
                <Table.HeaderCell scope="col">Neste kontroll</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {unit.inspections.map((inspection) => (
                <Table.Row key={inspection.id}>
                  <Table.DataCell>{formatDate(inspection.inspectedOn)}</Table.DataCell>
                  <Table.DataCell>{inspection.inspector}</Table.DataCell>
                  <Table.DataCell>{label(codes, "verdict", inspection.verdict)}</Table.DataCell>
                  <Table.DataCell>
                    {inspection.items
                      .filter((item) => item.result === "ikke_ok")
                      .map((item) => `${label(codes, "qualityItem", item.code)}: ${item.note}`)
                      .join("; ") || "—"}
                  </Table.DataCell>
                  <Table.DataCell>{formatDate(inspection.nextDueOn)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <Heading level="3" size="small" spacing>
          Ny kvalitetskontroll
        </Heading>
        <InspectionForm
          onSave={async (input) =>
            updated(await api.addInspection(unit.id, input), "Kvalitetskontrollen er registrert.")
          }
        />
      </section>
    </VStack>
  );
}

function PricesSection({
  unit,
  onChange,
}: {
  unit: UnitDetail;
  onChange: (u: UnitDetail, message: string) => void;
}) {
  const form = useFormErrors("price");
  const [fromDate, setFromDate] = useState(isoToday());
  const [perNight, setPerNight] = useState("");
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.addPrice(unit.id, fromDate, Number(perNight || "-1")),
    );
    if (result) {
      onChange(result, "Ny pris er registrert.");
      setPerNight("");
    }
  }
  return (
    <section aria-labelledby="prices-heading">
      <Heading id="prices-heading" level="2" size="medium" spacing>
        Pris per natt
      </Heading>
      <BodyShort spacing>
        En ny pris gjelder fra datoen den har; netter før det beholder sin pris.
      </BodyShort>
      {unit.prices.length > 0 && (
        <VStack gap="space-4" style={{ marginBottom: "var(--ax-space-16)" }}>
          {unit.prices.map((price) => (
            <BodyShort key={price.fromDate}>
              Fra {formatDate(price.fromDate)}: {kroner(price.perNight)}
            </BodyShort>
          ))}
        </VStack>
      )}
      <form id="price" onSubmit={submit} noValidate>
        <HStack gap="space-16" align="end" wrap>
          <DateField
            {...form.field("fromDate")}
            label="Gjelder fra"
            value={fromDate}
            onChange={(value) => setFromDate(value)}
          />
          <TextField
            {...form.field("perNight")}
            label="Pris per natt (kr)"
            inputMode="numeric"
            htmlSize={8}
            value={perNight}
            onChange={(e) => setPerNight(e.target.value)}
          />
          <Button type="submit" variant="secondary" loading={form.busy}>
            Registrer pris
          </Button>
        </HStack>
        {form.summary}
      </form>
    </section>
  );
}
