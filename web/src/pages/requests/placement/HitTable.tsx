// One list of the place search's units (free and suitable, or left out with the reason): free
// beds, price, quality status, and «Reserver» (or «Send forespørsel» to a provider that confirms)
// where it can be booked — with a written reason when the unit is not adequate (that raises a
// deviation), and the booking's error beside that reason.
import { Alert, BodyShort, Button, Heading, Table, Textarea, VStack } from "@navikt/ds-react";
import type { SearchHit } from "../../../api/client";
import { kroner } from "../../../format";
import { QualityTag } from "../../accommodation/QualityTag";

/** What is free the first night: "3 ledige senger (1 rom)", or "på forespørsel". */
export function freeText(hit: SearchHit): string {
  if (hit.freeBeds === null) return "på forespørsel";
  const beds = `${hit.freeBeds} ${hit.freeBeds === 1 ? "ledig seng" : "ledige senger"}`;
  if (hit.unit.rooms === 0 || hit.freeRooms === null) return beds;
  return `${beds} (${hit.freeRooms} ${hit.freeRooms === 1 ? "ledig rom" : "ledige rom"})`;
}

export function HitTable({
  caption,
  empty,
  hits,
  reasons,
  setReasons,
  onBook,
  busy,
  bookingUnitId,
  bookingError,
}: {
  caption: string;
  /** Shown instead of the table when there are no hits. */
  empty: string;
  hits: SearchHit[];
  reasons: Record<number, string>;
  setReasons: (reasons: Record<number, string>) => void;
  onBook: (hit: SearchHit) => void;
  busy: boolean;
  /** The unit last asked for, and the id and error its reason field shows. */
  bookingUnitId: number | null;
  bookingError: { id: string; error?: string };
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
          <Table.HeaderCell scope="col">Ledig første natt</Table.HeaderCell>
          <Table.HeaderCell scope="col">Pris</Table.HeaderCell>
          <Table.HeaderCell scope="col">Kvalitet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
          <Table.HeaderCell scope="col">Reserver</Table.HeaderCell>
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
            <Table.DataCell>{freeText(hit)}</Table.DataCell>
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
                      id={
                        hit.unit.id === bookingUnitId
                          ? bookingError.id
                          : `place-search-qualityReason-${hit.unit.id}`
                      }
                      error={hit.unit.id === bookingUnitId ? bookingError.error : undefined}
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
                      {hit.unit.onRequest ? "Send forespørsel" : "Reserver"}
                      <span className="aksel-sr-only"> {hit.unit.name}</span>
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
