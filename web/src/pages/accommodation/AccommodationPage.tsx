// Botilbud: the office's providers and units with their quality status, the occupancy board,
// the inspections that are due, and (for the leder) the year's costs against the budget.
// Provider staff see their own bookings instead.
import { Alert, BodyShort, Button, Heading, Link, Table, VStack } from "@navikt/ds-react";
import { PlusIcon } from "@navikt/aksel-icons";
import { useState } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../../api/client";
import type { Unit } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { hasRole, useMe } from "../../auth/session";
import { ListTabs } from "../../components/ListTabs";
import { useLoaded } from "../../components/useLoaded";
import { formatDate } from "../../format";
import { EconomicsPanel } from "./EconomicsPanel";
import { OccupancyBoard } from "./OccupancyBoard";
import { ProviderBookingsPage } from "./ProviderBookingsPage";
import { ProviderForm } from "./ProviderForm";
import { QualityTag, capacityText } from "./QualityTag";

type Panel = "tilbydere" | "belegg" | "kontroller" | "okonomi";

export function AccommodationPage() {
  const me = useMe();
  if (!hasRole(me, "veileder", "leder")) return <ProviderBookingsPage />;
  return <OfficeAccommodation isLeader={hasRole(me, "leder")} />;
}

function OfficeAccommodation({ isLeader }: { isLeader: boolean }) {
  const [params, setParams] = useSearchParams();
  const current = (params.get("liste") as Panel | null) ?? "tilbydere";
  const lists: { value: Panel; label: string }[] = [
    { value: "tilbydere", label: "Tilbydere og enheter" },
    { value: "belegg", label: "Belegg" },
    { value: "kontroller", label: "Kvalitetskontroller" },
    ...(isLeader ? [{ value: "okonomi" as Panel, label: "Økonomi" }] : []),
  ];
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Botilbud
      </Heading>
      <ListTabs lists={lists} current={current} onChange={(value) => setParams({ liste: value })}>
        {current === "tilbydere" && <ProvidersPanel />}
        {current === "belegg" && <OccupancyBoard />}
        {current === "kontroller" && <InspectionsDuePanel />}
        {current === "okonomi" && isLeader && <EconomicsPanel />}
      </ListTabs>
    </VStack>
  );
}

function ProvidersPanel() {
  const { value: providers, error } = useLoaded(
    () => api.providers().then((result) => result.providers),
    [],
    "Kunne ikke hente tilbyderne.",
  );
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const codes = useCodes();

  return (
    <VStack gap="space-16">
      {error && <Alert variant="error">{error}</Alert>}
      {providers && providers.length === 0 && (
        <BodyShort>Kontoret har ikke registrert noen tilbydere ennå.</BodyShort>
      )}
      {providers && providers.length > 0 && (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Tilbyder</Table.HeaderCell>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kvalitetsavtale</Table.HeaderCell>
              <Table.HeaderCell scope="col">Enheter</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {providers.map((provider) => (
              <Table.Row key={provider.id}>
                <Table.DataCell>
                  <Link as={RouterLink} to={`/botilbud/tilbydere/${provider.id}`}>
                    {provider.name}
                  </Link>
                  {!provider.active && " (ikke i bruk)"}
                </Table.DataCell>
                <Table.DataCell>{label(codes, "providerKind", provider.kind)}</Table.DataCell>
                <Table.DataCell>
                  {provider.agreementValid
                    ? "Gyldig"
                    : provider.agreementRequired
                      ? "Mangler"
                      : "Ikke påkrevd"}
                </Table.DataCell>
                <Table.DataCell>
                  <UnitList units={provider.units} />
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {adding ? (
        <section aria-labelledby="new-provider-heading">
          <Heading id="new-provider-heading" level="2" size="medium" spacing>
            Ny tilbyder
          </Heading>
          <ProviderForm
            submitLabel="Registrer tilbyder"
            onSave={async (input) =>
              navigate(`/botilbud/tilbydere/${(await api.createProvider(input)).id}`)
            }
          />
        </section>
      ) : (
        <div>
          <Button
            variant="secondary"
            icon={<PlusIcon aria-hidden />}
            onClick={() => setAdding(true)}
          >
            Ny tilbyder
          </Button>
        </div>
      )}
    </VStack>
  );
}

function UnitList({ units }: { units: Unit[] }) {
  if (units.length === 0) return <>Ingen</>;
  return (
    <VStack gap="space-4">
      {units.map((unit) => (
        <div key={unit.id}>
          <Link as={RouterLink} to={`/botilbud/enheter/${unit.id}`}>
            {unit.name}
          </Link>{" "}
          ({capacityText(unit)}) <QualityTag status={unit.qualityStatus} />
        </div>
      ))}
    </VStack>
  );
}

function InspectionsDuePanel() {
  const { value: units, error } = useLoaded(
    () => api.inspectionsDue().then((result) => result.units),
    [],
    "Kunne ikke hente kvalitetskontrollene.",
  );
  if (error) return <Alert variant="error">{error}</Alert>;
  if (!units) return null;
  if (units.length === 0)
    return <BodyShort>Alle enheter i bruk har en gyldig, forsvarlig kvalitetskontroll.</BodyShort>;
  return (
    <Table size="small">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Tilbyder</Table.HeaderCell>
          <Table.HeaderCell scope="col">Status</Table.HeaderCell>
          <Table.HeaderCell scope="col">Neste kontroll</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {units.map((unit) => (
          <Table.Row key={unit.id}>
            <Table.DataCell>
              <Link as={RouterLink} to={`/botilbud/enheter/${unit.id}`}>
                {unit.name}
              </Link>
            </Table.DataCell>
            <Table.DataCell>{unit.providerName}</Table.DataCell>
            <Table.DataCell>
              <QualityTag status={unit.qualityStatus} />
            </Table.DataCell>
            <Table.DataCell>
              {formatDate(unit.latestInspection?.nextDueOn) || "Aldri kontrollert"}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
