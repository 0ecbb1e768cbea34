// Where a placement is in its life (venter_bekreftelse → bestilt → innsjekket → utsjekket, or
// avbestilt/avvist before check-in; docs/domain.md), as the request's page needs it.
import { PlacementStatus } from "../../../api/statuses";

const activeStatuses: readonly string[] = [
  PlacementStatus.awaitingConfirmation,
  PlacementStatus.booked,
  PlacementStatus.checkedIn,
];

/** Holds (or will hold) a place: a new booking waits until it ends. */
export const isActive = (status: string) => activeStatuses.includes(status);

/** Not checked in yet: can still be cancelled. */
export const canCancel = (status: string) =>
  status === PlacementStatus.booked || status === PlacementStatus.awaitingConfirmation;
