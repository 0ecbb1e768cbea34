// A unit's quality status (derived on the server from its latest inspection and agreement) as a
// coloured tag with its words: green when adequate, orange when something is missing, red when
// the verdict is ikke forsvarlig.
import { Tag } from "@navikt/ds-react";
import { label, useCodes } from "../../api/codes";

const variants: Record<string, "success" | "warning" | "error"> = {
  godkjent: "success",
  kontroll_utlopt: "warning",
  ikke_kontrollert: "warning",
  mangler_avtale: "warning",
  ikke_forsvarlig: "error",
};

export function QualityTag({ status }: { status: string }) {
  const codes = useCodes();
  return (
    <Tag size="small" variant={variants[status] ?? "warning"}>
      {label(codes, "qualityStatus", status)}
    </Tag>
  );
}

/** "1 rom, 2 senger", or "på forespørsel" for hotels, boarding houses and campsites. */
export function capacityText(unit: { rooms: number; beds: number; onRequest: boolean }): string {
  if (unit.onRequest && unit.beds === 0) return "på forespørsel";
  return `${unit.rooms} rom, ${unit.beds} ${unit.beds === 1 ? "seng" : "senger"}`;
}
