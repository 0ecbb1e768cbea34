// A unit's quality status (derived on the server from its latest inspection and agreement) as a
// coloured tag with its words: green when adequate, orange when something is missing, red when
// the verdict is ikke forsvarlig.
import { Tag } from "@navikt/ds-react";
import { label, useCodes } from "../../api/codes";
import { QualityStatus } from "../../api/statuses";

// One row per status: a new status fails `tsc` here until it is given its colour.
const variants: Record<QualityStatus, "success" | "warning" | "error"> = {
  [QualityStatus.adequate]: "success",
  [QualityStatus.inspectionOverdue]: "warning",
  [QualityStatus.notInspected]: "warning",
  [QualityStatus.noAgreement]: "warning",
  [QualityStatus.notAdequate]: "error",
};

export function QualityTag({ status }: { status: string }) {
  const codes = useCodes();
  // A code this app does not know (a newer server) shows as «needs attention», never as adequate.
  const variant = variants[status as QualityStatus] ?? "warning";
  return (
    <Tag size="small" variant={variant}>
      {label(codes, "qualityStatus", status)}
    </Tag>
  );
}

/** "1 rom, 2 senger", or "på forespørsel" for hotels, boarding houses and campsites. */
export function capacityText(unit: { rooms: number; beds: number; onRequest: boolean }): string {
  if (unit.onRequest && unit.beds === 0) return "på forespørsel";
  return `${unit.rooms} rom, ${unit.beds} ${unit.beds === 1 ? "seng" : "senger"}`;
}
