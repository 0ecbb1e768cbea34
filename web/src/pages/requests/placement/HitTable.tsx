// One list of the place search's units (free and suitable, or left out with the reason): capacity,
// price, quality status, and «Book» where it can be booked — with a written reason when the unit
// is not adequate (that raises a deviation).
import { Alert, BodyShort, Button, Heading, Table, Textarea, VStack } from "@navikt/ds-react";
import type { SearchHit } from "../../../api/client";
import { kroner } from "../../../format";
import { QualityTag, capacityText } from "../../accommodation/QualityTag";

export function HitTable({
  caption,
  empty,
  hits,
  reasons,
  setReasons,
  onBook,
  busy,
}: {
  caption: string;
  /** Shown instead of the table when there are no hits. */
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
