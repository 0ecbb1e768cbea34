// The occupancy board: per unit and night for the coming weeks, free rooms (and beds, where a
// room has several); free places today across the office's units; places in use tonight that
// are not adequate.
import { Alert, BodyShort, HStack, Link, Table, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { ApiError, api } from "../../api/client";
import type { OccupancyBoard as Board } from "../../api/client";
import { formatDate, isoToday } from "../../format";
import { QualityTag } from "./QualityTag";
import { DateField } from "../../components/DateField";

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function OccupancyBoard() {
  const [from, setFrom] = useState(isoToday());
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return;
    api.occupancy(from, 14).then(
      (result) => {
        setBoard(result);
        setError("");
      },
      (failure) =>
        setError(failure instanceof ApiError ? failure.message : "Kunne ikke hente belegget."),
    );
  }, [from]);

  return (
    <VStack gap="space-16">
      <DateField label="Fra dato" value={from} onChange={(value) => setFrom(value)} />
      {error && <Alert variant="error">{error}</Alert>}
      {board && (
        <>
          <HStack gap="space-32">
            <BodyShort>
              Ledige rom i dag: <strong>{board.freeRoomsToday}</strong>
            </BodyShort>
            <BodyShort>
              Ledige senger i dag: <strong>{board.freeBedsToday}</strong>
            </BodyShort>
          </HStack>
          {board.inUseNotAdequate > 0 && (
            <Alert variant="warning">
              {board.inUseNotAdequate} {board.inUseNotAdequate === 1 ? "plass" : "plasser"} i bruk i
              natt er ikke godkjent som forsvarlig.
            </Alert>
          )}
          {board.units.length === 0 ? (
            <BodyShort>Kontoret har ingen enheter ennå.</BodyShort>
          ) : (
            <div style={{ overflowX: "auto" }}>
              <Table size="small">
                <caption className="aksel-sr-only">
                  Ledige rom eller senger per natt fra {formatDate(board.from)}
                </caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Kvalitet</Table.HeaderCell>
                    {board.units[0].nights.map((_, index) => (
                      <Table.HeaderCell key={index} scope="col">
                        {formatDate(addDays(board.from, index)).slice(0, 5)}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {board.units.map((row) => (
                    <Table.Row key={row.unit.id}>
                      <Table.HeaderCell scope="row">
                        <Link as={RouterLink} to={`/botilbud/enheter/${row.unit.id}`}>
                          {row.unit.providerName}: {row.unit.name}
                        </Link>
                      </Table.HeaderCell>
                      <Table.DataCell>
                        <QualityTag status={row.unit.qualityStatus} />
                      </Table.DataCell>
                      {row.nights.map((night, index) => (
                        <Table.DataCell key={index}>
                          {row.countsCapacity
                            ? row.unit.beds > row.unit.rooms
                              ? `${night.freeRooms} rom, ${night.freeBeds} senger`
                              : `${night.freeRooms} rom`
                            : `${night.roomsUsed + night.bedsUsed} i bruk`}
                        </Table.DataCell>
                      ))}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </VStack>
  );
}
