// Where a placement is in its life (venter_bekreftelse → bestilt → innsjekket → utsjekket, or
// avbestilt/avvist before check-in; docs/domain.md#placement), as the request's page needs it.
// One row per status: a status added to PlacementStatus fails `tsc` here until it is decided.
import { PlacementStatus } from "../../../api/statuses";

const life: Record<PlacementStatus, { active: boolean; cancellable: boolean; livedIn: boolean }> = {
  [PlacementStatus.awaitingConfirmation]: { active: true, cancellable: true, livedIn: false },
  [PlacementStatus.booked]: { active: true, cancellable: true, livedIn: false },
  [PlacementStatus.checkedIn]: { active: true, cancellable: false, livedIn: true },
  [PlacementStatus.checkedOut]: { active: false, cancellable: false, livedIn: true },
  [PlacementStatus.cancelled]: { active: false, cancellable: false, livedIn: false },
  [PlacementStatus.declined]: { active: false, cancellable: false, livedIn: false },
};

const known = (status: string): status is PlacementStatus => Object.hasOwn(life, status);

/** Holds (or will hold) a place: a new booking waits until it ends. */
export const isActive = (status: string) => known(status) && life[status].active;

/** Not checked in yet: can still be cancelled. */
export const canCancel = (status: string) => known(status) && life[status].cancellable;

/** The household moved in (a place was found): no «plass ikke funnet» on the request after it. */
export const wasLivedIn = (status: string) => known(status) && life[status].livedIn;
