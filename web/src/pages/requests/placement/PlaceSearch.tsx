// Finding a place (or, when moving, a new one from today): the dates and needs, then the free and
// suitable units ranked, the rest with their reasons, and «Vis flere».
import {
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  HStack,
  Heading,
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
  periodTo,
  movingFrom,
  onBooked,
  onCancelMove,
}: {
  requestId: number;
  /** The request's members as text, the applicant first. */
  household: string[];
  /** The granted period's last day: the check-out proposed is the day after. */
  periodTo?: string | null;
  movingFrom: Placement | null;
  onBooked: (message: string) => void;
  onCancelMove: () => void;
}) {
  const search = usePlaceSearch({
    requestId,
    householdSize: household.length,
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
