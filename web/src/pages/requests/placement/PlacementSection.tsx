// Finding a place for the household: search free, suitable units for the dates (ranked, with the
// reason each of the rest is left out), book one, and follow the booking (check-in starts the
// stay, move, new check-out day, cancel). When no place is found: register the turnaway.
// Each of those is a component of its own in this folder; this one holds what they share.
import { Alert, BodyShort, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { Placement } from "../../../api/client";
import { Section } from "../../../components/Section";
import { usePlaceBasis } from "../usePlaceBasis";
import { PlaceSearch } from "./PlaceSearch";
import { PlacementTable } from "./PlacementTable";
import { TurnawayForm } from "./TurnawayForm";
import { isActive, wasLivedIn } from "./placementStatus";
import { usePlacements } from "./usePlacements";
import { SuccessStatus } from "../../../components/SuccessStatus";

export function PlacementSection({
  requestId,
  household,
  children = [],
  onStayStarted,
  onChanged,
}: {
  requestId: number;
  /** The request's members as text, the applicant first (a booking names them by their place). */
  household: string[];
  /** Which members are children, by their place in `household`. */
  children?: number[];
  onStayStarted: () => void;
  /** After a booking or a step: what the page shows beside it may have changed. */
  onChanged?: () => void;
}) {
  const { basis, periodTo, refused } = usePlaceBasis(requestId);
  const granted = basis !== null;
  const { placements, turnaways, reload } = usePlacements(requestId);
  const [status, setStatus] = useState("");
  const [movingFrom, setMovingFrom] = useState<Placement | null>(null);

  const active = placements.find((placement) => isActive(placement.status));
  const changed = (message: string) => {
    setStatus(message);
    setMovingFrom(null);
    reload();
    onChanged?.();
  };

  // A refusal gives no place: nothing to book or to register as not found.
  if (refused && placements.length === 0 && turnaways.length === 0) return null;

  return (
    <Section id="placement" title="Plass">
      <VStack gap="space-16">
        <SuccessStatus message={status} />
        {basis === "beforeApproval" && (
          <Alert variant="info" size="small">
            Vedtaket venter på godkjenning fra leder. Fordi henvendelsen er akutt, kan dere booke
            plass og sjekke inn nå; bookingen blir merket «før godkjenning», og leder ser den ved
            godkjenningen.
          </Alert>
        )}
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
            key={periodTo ?? ""}
            requestId={requestId}
            household={household}
            children={children}
            periodTo={periodTo}
            movingFrom={movingFrom}
            onBooked={changed}
            onCancelMove={() => setMovingFrom(null)}
          />
        )}
        {!granted && placements.length === 0 && (
          <BodyShort>
            Plass kan bookes når vedtaket er innvilget (eller sendt til godkjenning, når
            henvendelsen er akutt). Finner dere ikke plass, registrer det her.
          </BodyShort>
        )}
        <TurnawayForm
          requestId={requestId}
          turnaways={turnaways}
          onSaved={changed}
          canRegister={!refused && !placements.some((placement) => wasLivedIn(placement.status))}
        />
      </VStack>
    </Section>
  );
}
