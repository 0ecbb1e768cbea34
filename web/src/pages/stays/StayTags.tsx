// The marks a stay carries in lists and on its page: who it concerns and where it stands.
import { HStack, Tag } from "@navikt/ds-react";
import type { Stay } from "../../api/client";

export function StayTags({ stay }: { stay: Stay }) {
  return (
    <HStack gap="space-4">
      {stay.familyWithChildren && (
        <Tag size="small" variant="warning">
          Barnefamilie
        </Tag>
      )}
      {stay.under25 && (
        <Tag size="small" variant="info">
          Under 25
        </Tag>
      )}
      {stay.watch === "past" && (
        <Tag size="small" variant="error">
          Over 3 måneder
        </Tag>
      )}
      {stay.watch === "approaching" && (
        <Tag size="small" variant="warning">
          3 måneder snart
        </Tag>
      )}
      {stay.escalated && (
        <Tag size="small" variant="error">
          Til leder
        </Tag>
      )}
      {stay.periodExpired && (
        <Tag size="small" variant="error">
          Vedtaksperioden er ute
        </Tag>
      )}
      {stay.previousStayId && (
        <Tag size="small" variant="neutral">
          Tilbake innen 12 mnd.
        </Tag>
      )}
    </HStack>
  );
}
