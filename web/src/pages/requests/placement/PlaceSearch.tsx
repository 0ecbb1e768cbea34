// Finding a place (or, when moving, a new one from today): the dates and needs, then the free and
// suitable units ranked, the rest with their reasons, and «Vis flere».
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  HStack,
  Heading,
  TextField,
  VStack,
} from "@navikt/ds-react";
import type { Placement, SearchResult } from "../../../api/client";
import { DateField } from "../../../components/DateField";
import { HitTable } from "./HitTable";
import { householdText, personsText, placedFrom } from "./placeSearchQuery";
import { usePlaceSearch } from "./usePlaceSearch";

type Search = ReturnType<typeof usePlaceSearch>;

export function PlaceSearch({
  requestId,
  household,
  children = [],
  periodTo,
  movingFrom,
  onBooked,
  onCancelMove,
}: {
  requestId: number;
  /** The request's members as text, the applicant first. */
  household: string[];
  /** Which members are children (under 18), by their place in `household`. */
  children?: number[];
  /** The granted period's last day: the check-out proposed is the day after. */
  periodTo?: string | null;
  movingFrom: Placement | null;
  onBooked: (message: string) => void;
  onCancelMove: () => void;
}) {
  const search = usePlaceSearch({
    requestId,
    householdSize: household.length,
    children,
    movingFrom,
    onBooked,
    periodTo,
  });
  return (
    <VStack gap="space-16">
      <Heading level="3" size="small">
        {movingFrom ? `Flytt fra ${movingFrom.unitName} i dag` : "Finn ledig plass"}
      </Heading>
      <SearchForm
        search={search}
        household={household}
        moving={movingFrom !== null}
        onCancelMove={onCancelMove}
      />
      {search.result && <SearchResults search={search} result={search.result} />}
    </VStack>
  );
}

function SearchForm({
  search,
  household,
  moving,
  onCancelMove,
}: {
  search: Search;
  household: string[];
  moving: boolean;
  onCancelMove: () => void;
}) {
  const { form, criteria, change } = search;
  return (
    <form id="place-search" onSubmit={search.search} noValidate>
      <VStack gap="space-8">
        <HStack gap="space-16" align="end" wrap>
          {!moving && (
            <DateField
              {...form.field("from")}
              label="Første natt"
              value={criteria.from}
              onChange={(value) => change({ from: value })}
            />
          )}
          <DateField
            {...form.field("to")}
            label="Utsjekking (valgfritt)"
            description="Tom for åpen slutt"
            value={criteria.to}
            onChange={(value) => change({ to: value })}
          />
        </HStack>
        {!moving && household.length > 1 && (
          <CheckboxGroup
            {...form.field("placedMembers")}
            legend="Hvem skal bo på plassen"
            description={`${personsText(criteria.placed.length)} av ${household.length}. Fjern haken for den som ikke skal bo der (for eksempel et barn som bor hos den andre forelderen). Søkeren er alltid med.`}
            value={criteria.placed.map(String)}
            onChange={(ticked: string[]) =>
              change({ placed: placedFrom(ticked.map(Number), household.length) })
            }
          >
            {household.map((text, index) => (
              <Checkbox key={index} value={String(index)} disabled={index === 0}>
                {text}
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
        {search.absentChildren.length > 0 && (
          <AbsentChildren search={search} household={household} />
        )}
        <CheckboxGroup
          legend="Husstanden trenger"
          value={criteria.needs}
          onChange={(needs: string[]) => change({ needs })}
        >
          <Checkbox value="womenOnly">Kan bo i et tilbud bare for kvinner</Checkbox>
          <Checkbox value="wheelchair">Tilgang med rullestol</Checkbox>
          <Checkbox value="cannotSelfEvacuate">Kan ikke evakuere seg selv ved brann</Checkbox>
        </CheckboxGroup>
        <HStack gap="space-8">
          <Button type="submit" loading={form.busy}>
            Søk
          </Button>
          {moving && (
            <Button type="button" variant="tertiary" onClick={onCancelMove}>
              Avbryt flytting
            </Button>
          )}
        </HStack>
        {!search.result && form.summary}
      </VStack>
    </form>
  );
}

// A child left out of the booking: warned before it is saved, with why and where the child lives
// (the booking is refused without them).
function AbsentChildren({ search, household }: { search: Search; household: string[] }) {
  const { form, absentChildren, noteFor, changeNote } = search;
  const missing = form.errors.find((error) => error.field === "absentChildren")?.message;
  return (
    <VStack gap="space-8" id={form.fieldId("absentChildren")}>
      <Alert variant="warning" size="small">
        {absentChildren.length === 1
          ? "Et barn i husstanden skal ikke bo på plassen."
          : `${absentChildren.length} barn i husstanden skal ikke bo på plassen.`}{" "}
        Skriv hvorfor, og hvor barnet bor i mellomtiden, før du booker.
        {missing ? ` ${missing}` : ""}
      </Alert>
      {absentChildren.map((member, i) => (
        <VStack key={member} gap="space-8" style={{ maxWidth: "40rem" }}>
          <TextField
            {...form.field(`absentChildren[${i}].reason`)}
            label={`Hvorfor bor ikke ${household[member]} på plassen?`}
            value={noteFor(member).reason}
            onChange={(event) => changeNote(member, { reason: event.target.value })}
          />
          <TextField
            {...form.field(`absentChildren[${i}].livesAt`)}
            label="Hvor bor barnet i mellomtiden?"
            value={noteFor(member).livesAt}
            onChange={(event) => changeNote(member, { livesAt: event.target.value })}
          />
        </VStack>
      ))}
    </VStack>
  );
}

function SearchResults({ search, result }: { search: Search; result: SearchResult }) {
  const { form, reasons, setReasons, book, bookingUnitId } = search;
  const booking = { bookingUnitId, bookingError: form.field("qualityReason") };
  return (
    <VStack gap="space-16">
      {form.summary}
      <BodyShort>{householdText(result.household)}</BodyShort>
      <HitTable
        caption="Ledige og egnede plasser"
        empty="Ingen ledig plass passer og er godkjent. Se listen under, eller registrer at plass ikke ble funnet."
        hits={result.available}
        reasons={reasons}
        setReasons={setReasons}
        onBook={book}
        busy={form.busy}
        {...booking}
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
          {...booking}
        />
      )}
      {search.more && (
        <HStack gap="space-16" align="center">
          <BodyShort>
            Viser de {result.available.length} beste av {result.availableTotal} ledige og{" "}
            {result.leftOut.length} av {result.leftOutTotal} utelatte.
          </BodyShort>
          <Button type="button" variant="secondary" loading={form.busy} onClick={search.showMore}>
            Vis flere
          </Button>
        </HStack>
      )}
    </VStack>
  );
}
