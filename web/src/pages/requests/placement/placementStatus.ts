// Where a placement is in its life (venter_bekreftelse → bestilt → innsjekket → utsjekket, or
// avbestilt/avvist before check-in; docs/domain.md), as the request's page needs it.

const activeStatuses: readonly string[] = ["venter_bekreftelse", "bestilt", "innsjekket"];

/** Holds (or will hold) a place: a new booking waits until it ends. */
export const isActive = (status: string) => activeStatuses.includes(status);

/** Not checked in yet: can still be cancelled. */
export const canCancel = (status: string) =>
  status === "bestilt" || status === "venter_bekreftelse";
