// Finding a place for the household: search free, suitable units for the dates (ranked, with the
// reason each of the rest is left out), book one, and follow the booking (check-in starts the
// stay, move, new check-out day, cancel). When no place is found: register the turnaway.
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  HStack,
  Heading,
  Table,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Placement, PlacementStep, SearchHit, SearchResult, Turnaway } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { QualityTag, capacityText, kroner } from "../supply/QualityTag";
import { useGrantedDecision } from "./useGrantedDecision";
import { DateField } from "../../components/DateField";

const activeStatuses = ["venter_bekreftelse", "bestilt", "innsjekket"];

export function PlacementSection({
  requestId,
  onStayStarted,
}: {
  requestId: number;
  onStayStarted: () => void;
}) {
  const granted = useGrantedDecision(requestId);
  const [placements, setPlacements] = useState<Placement[]>([]);
  const [turnaways, setTurnaways] = useState<Turnaway[]>([]);
  const [status, setStatus] = useState("");
  const [movingFrom, setMovingFrom] = useState<Placement | null>(null);

  const reload = useCallback(() => {
    api.placements(requestId).then((result) => setPlacements(result.placements));
    api.requestTurnaways(requestId).then((result) => setTurnaways(result.turnaways));
  }, [requestId]);
  useEffect(reload, [reload]);

  const active = placements.find((placement) => activeStatuses.includes(placement.status));
  const changed = (message: string) => {
    setStatus(message);
    setMovingFrom(null);
    reload();
  };

  return (
    <section aria-labelledby="placement-heading">
      <Heading level="2" size="medium" id="placement-heading" spacing>
        Plass
      </Heading>
      <VStack gap="space-16">
        <div role="status">{status}</div>
        {placements.length > 0 && (
          <PlacementTable
            placements={placements}
            onChanged={(message, startedStay) => {
              changed(message);
              if (startedStay) onStayStarted();
            }}
            onMove={setMovingFrom}
          />
        )}
        {granted && (!active || movingFrom) && (
          <PlaceSearch
            requestId={requestId}
            movingFrom={movingFrom}
            onBooked={changed}
            onCancelMove={() => setMovingFrom(null)}
          />
        )}
        {!granted && placements.length === 0 && (
          <BodyShort>
            Plass kan bookes når vedtaket er innvilget. Finner dere ikke plass, registrer det her.
          </BodyShort>
        )}
        <TurnawayForm requestId={requestId} turnaways={turnaways} onSaved={changed} />
      </VStack>
    </section>
  );
}

function PlacementTable({
  placements,
  onChanged,
  onMove,
}: {
  placements: Placement[];
  onChanged: (message: string, startedStay: boolean) => void;
  onMove: (placement: Placement) => void;
}) {
  const codes = useCodes();
  const form = useFormErrors("placements");
  const [extending, setExtending] = useState<number | null>(null);
  const [to, setTo] = useState("");

  async function step(placement: Placement, action: PlacementStep, message: string) {
    const result = await form.submit(() => api.placementStep(placement.id, action));
    if (result) onChanged(message, action === "check-in" && placement.stayId === null);
  }
  async function extend(event: FormEvent, placement: Placement) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.extendPlacement(placement.id, to.trim() === "" ? null : to),
    );
    if (result) {
      setExtending(null);
      onChanged(
        result.to ? `Ny utsjekkingsdag: ${formatDate(result.to)}.` : "Plassen har nå åpen slutt.",
        false,
      );
    }
  }

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
              </Table.DataCell>
              <Table.DataCell>{formatDate(placement.from)}</Table.DataCell>
              <Table.DataCell>{formatDate(placement.to) || "Åpen"}</Table.DataCell>
              <Table.DataCell>{label(codes, "placementStatus", placement.status)}</Table.DataCell>
              <Table.DataCell>
                {extending === placement.id ? (
                  <form
                    id={`extend-${placement.id}`}
                    onSubmit={(e) => void extend(e, placement)}
                    noValidate
                  >
                    <HStack gap="space-8" align="end">
                      <TextField
                        {...form.field("to")}
                        label="Ny utsjekkingsdag"
                        description="Tom for åpen slutt"
                        htmlSize={12}
                        value={to}
                        onChange={(e) => setTo(e.target.value)}
                      />
                      <Button size="small" type="submit">
                        Lagre
                      </Button>
                      <Button
                        size="small"
                        type="button"
                        variant="tertiary"
                        onClick={() => setExtending(null)}
                      >
                        Avbryt
                      </Button>
                    </HStack>
                  </form>
                ) : (
                  <HStack gap="space-4" wrap>
                    {placement.status === "venter_bekreftelse" && (
                      <Button
                        size="xsmall"
                        variant="secondary"
                        onClick={() =>
                          void step(placement, "confirm", "Tilbyderen har bekreftet plassen.")
                        }
                      >
                        Bekreftet av tilbyder
                      </Button>
                    )}
                    {placement.status === "bestilt" && (
                      <Button
                        size="xsmall"
                        onClick={() =>
                          void step(placement, "check-in", "Husstanden er sjekket inn.")
                        }
                      >
                        Sjekk inn i dag
                      </Button>
                    )}
                    {placement.status === "innsjekket" && (
                      <Button size="xsmall" variant="secondary" onClick={() => onMove(placement)}>
                        Flytt
                      </Button>
                    )}
                    {activeStatuses.includes(placement.status) && (
                      <Button
                        size="xsmall"
                        variant="secondary"
                        onClick={() => {
                          setExtending(placement.id);
                          setTo(placement.to ?? "");
                        }}
                      >
                        Endre utsjekking
                      </Button>
                    )}
                    {(placement.status === "bestilt" ||
                      placement.status === "venter_bekreftelse") && (
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => void step(placement, "cancel", "Plassen er avbestilt.")}
                      >
                        Avbestill
                      </Button>
                    )}
                  </HStack>
                )}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </VStack>
  );
}

// How many of the best places each list shows at first, and how many more «Vis flere» adds.
const pageSize = 50;

function PlaceSearch({
  requestId,
  movingFrom,
  onBooked,
  onCancelMove,
}: {
  requestId: number;
  movingFrom: Placement | null;
  onBooked: (message: string) => void;
  onCancelMove: () => void;
}) {
  const form = useFormErrors("place-search");
  const [from, setFrom] = useState(isoToday());
  const [to, setTo] = useState("");
  const [needs, setNeeds] = useState<string[]>([]);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const [reasons, setReasons] = useState<Record<number, string>>({});

  const need = {
    womenOnly: needs.includes("womenOnly"),
    wheelchair: needs.includes("wheelchair"),
    cannotSelfEvacuate: needs.includes("cannotSelfEvacuate"),
  };
  async function search(event?: FormEvent, showing = event ? pageSize : limit) {
    event?.preventDefault();
    const query: Record<string, string> = {
      from: movingFrom ? isoToday() : from,
      limit: String(showing),
    };
    if (to.trim()) query.to = to;
    for (const [key, value] of Object.entries(need)) if (value) query[key] = "true";
    const found = await form.submit(() => api.searchPlaces(requestId, query));
    if (found) {
      setResult(found);
      setLimit(showing);
    }
  }
  const more =
    result &&
    (result.availableTotal > result.available.length ||
      result.leftOutTotal > result.leftOut.length);
  async function book(hit: SearchHit) {
    const qualityReason = reasons[hit.unit.id] ?? "";
    const placed = await form.submit(() =>
      movingFrom
        ? api.movePlacement(movingFrom.id, {
            unitId: hit.unit.id,
            date: isoToday(),
            qualityReason,
            ...need,
          })
        : api.book({
            requestId,
            unitId: hit.unit.id,
            from,
            ...(to.trim() ? { to } : {}),
            qualityReason,
            ...need,
          }),
    );
    if (placed) {
      const raised = placed.deviationsRaised.length > 0 ? " Avvik er registrert." : "";
      onBooked(
        `${movingFrom ? "Flyttet til" : "Booket"} ${hit.unit.providerName}: ${hit.unit.name}.${raised}`,
      );
    } else if (form.errors.length === 0) {
      void search();
    }
  }

  return (
    <VStack gap="space-16">
      <Heading level="3" size="small">
        {movingFrom ? `Flytt fra ${movingFrom.unitName} i dag` : "Finn ledig plass"}
      </Heading>
      <form id="place-search" onSubmit={search} noValidate>
        <VStack gap="space-8">
          <HStack gap="space-16" align="end" wrap>
            {!movingFrom && (
              <DateField
                {...form.field("from")}
                label="Første natt"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            )}
            <TextField
              {...form.field("to")}
              label="Utsjekking (valgfritt)"
              description="Tom for åpen slutt"
              htmlSize={12}
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </HStack>
          <CheckboxGroup legend="Husstanden trenger" value={needs} onChange={setNeeds}>
            <Checkbox value="womenOnly">Kan bo i et tilbud bare for kvinner</Checkbox>
            <Checkbox value="wheelchair">Tilgang med rullestol</Checkbox>
            <Checkbox value="cannotSelfEvacuate">Kan ikke evakuere seg selv ved brann</Checkbox>
          </CheckboxGroup>
          <HStack gap="space-8">
            <Button type="submit" loading={form.busy}>
              Søk
            </Button>
            {movingFrom && (
              <Button type="button" variant="tertiary" onClick={onCancelMove}>
                Avbryt flytting
              </Button>
            )}
          </HStack>
          {form.summary}
        </VStack>
      </form>
      {result && (
        <VStack gap="space-16">
          <BodyShort>
            Husstand: {result.household.persons}{" "}
            {result.household.persons === 1 ? "person" : "personer"}
            {result.household.familyWithChildren && ", barnefamilie"}
            {result.household.under25 && ", under 25"} — trenger{" "}
            {result.household.needsRoom ? "et helt rom" : "en seng"}.
          </BodyShort>
          <HitTable
            caption="Ledige og egnede plasser"
            empty="Ingen ledig plass passer og er godkjent. Se listen under, eller registrer at plass ikke ble funnet."
            hits={result.available}
            reasons={reasons}
            setReasons={setReasons}
            onBook={book}
            busy={form.busy}
          />
          {result.leftOut.length > 0 && (
            <HitTable
              caption="Utelatt, med grunn"
              empty=""
              hits={result.leftOut}
              reasons={reasons}
              setReasons={setReasons}
              onBook={book}
              busy={form.busy}
            />
          )}
          {more && (
            <HStack gap="space-16" align="center">
              <BodyShort>
                Viser de {result.available.length} beste av {result.availableTotal} ledige og{" "}
                {result.leftOut.length} av {result.leftOutTotal} utelatte.
              </BodyShort>
              <Button
                type="button"
                variant="secondary"
                loading={form.busy}
                onClick={() => void search(undefined, limit + pageSize)}
              >
                Vis flere
              </Button>
            </HStack>
          )}
        </VStack>
      )}
    </VStack>
  );
}

function HitTable({
  caption,
  empty,
  hits,
  reasons,
  setReasons,
  onBook,
  busy,
}: {
  caption: string;
  empty: string;
  hits: SearchHit[];
  reasons: Record<number, string>;
  setReasons: (reasons: Record<number, string>) => void;
  onBook: (hit: SearchHit) => void;
  busy: boolean;
}) {
  if (hits.length === 0)
    return (
      <Alert variant="info" size="small">
        {empty}
      </Alert>
    );
  return (
    <Table size="small">
      <caption>
        <Heading level="4" size="xsmall" align="start">
          {caption}
        </Heading>
      </caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kapasitet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Pris</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kvalitet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
          <Table.HeaderCell scope="col">Booking</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {hits.map((hit) => (
          <Table.Row key={hit.unit.id}>
            <Table.DataCell>
              {hit.unit.providerName}: {hit.unit.name}
              {!hit.ownMunicipality && (
                <BodyShort size="small">Nabokommune ({hit.unit.municipalityNumber})</BodyShort>
              )}
            </Table.DataCell>
            <Table.DataCell>{capacityText(hit.unit)}</Table.DataCell>
            <Table.DataCell>{kroner(hit.unit.priceToday)}</Table.DataCell>
            <Table.DataCell>
              <QualityTag status={hit.unit.qualityStatus} />
            </Table.DataCell>
            <Table.DataCell>{hit.reasons.join("; ") || "—"}</Table.DataCell>
            <Table.DataCell>
              {hit.bookable && (
                <VStack gap="space-4">
                  {hit.needsReason && (
                    <Textarea
                      id={`place-search-qualityReason-${hit.unit.id}`}
                      label={`Begrunnelse for å bruke ${hit.unit.name}`}
                      description="Blir meldt som avvik til kommunen"
                      size="small"
                      minRows={2}
                      value={reasons[hit.unit.id] ?? ""}
                      onChange={(e) => setReasons({ ...reasons, [hit.unit.id]: e.target.value })}
                    />
                  )}
                  <div>
                    <Button size="xsmall" loading={busy} onClick={() => onBook(hit)}>
                      Book<span className="aksel-sr-only"> {hit.unit.name}</span>
                    </Button>
                  </div>
                </VStack>
              )}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function TurnawayForm({
  requestId,
  turnaways,
  onSaved,
}: {
  requestId: number;
  turnaways: Turnaway[];
  onSaved: (message: string) => void;
}) {
  const codes = useCodes();
  const form = useFormErrors("turnaway");
  const [open, setOpen] = useState(false);
  const [occurredOn, setOccurredOn] = useState(isoToday());
  const [reason, setReason] = useState("");
  const [instead, setInstead] = useState<string[]>([]);
  const [note, setNote] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() =>
      api.recordTurnaway({ requestId, occurredOn, reason, instead, note }),
    );
    if (saved) {
      setOpen(false);
      onSaved("Det er registrert at plass ikke ble funnet.");
    }
  }

  return (
    <VStack gap="space-8">
      {turnaways.map((turnaway) => (
        <BodyShort key={turnaway.id}>
          Ingen plass {formatDate(turnaway.occurredOn)}:{" "}
          {label(codes, "turnawayReason", turnaway.reason)}. Gjort i stedet:{" "}
          {turnaway.instead.map((code) => label(codes, "turnawayInstead", code)).join(", ")}.
        </BodyShort>
      ))}
      {open ? (
        <form id="turnaway" onSubmit={submit} noValidate>
          <VStack gap="space-16" style={{ maxWidth: "40rem" }}>
            <Heading level="3" size="small">
              Plass ble ikke funnet
            </Heading>
            <DateField
              {...form.field("occurredOn")}
              label="Dato"
              value={occurredOn}
              onChange={(e) => setOccurredOn(e.target.value)}
            />
            <CodeRadioGroup
              {...form.field("reason")}
              list="turnawayReason"
              legend="Hvorfor ble plass ikke funnet?"
              value={reason}
              onChange={setReason}
            />
            <CodeCheckboxGroup
              {...form.field("instead")}
              list="turnawayInstead"
              legend="Hva ble gjort i stedet?"
              value={instead}
              onChange={setInstead}
            />
            <Textarea
              {...form.field("note")}
              label="Merknad (valgfritt)"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            {form.summary}
            <HStack gap="space-8">
              <Button type="submit" loading={form.busy}>
                Registrer
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
                Avbryt
              </Button>
            </HStack>
          </VStack>
        </form>
      ) : (
        <div>
          <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
            Registrer at plass ikke ble funnet
          </Button>
        </div>
      )}
    </VStack>
  );
}
