// One labelled fact in a summary box ("Mottatt: 23.11.2026"); a dash when empty.
import { BodyShort } from "@navikt/ds-react";
import type { ReactNode } from "react";

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <BodyShort size="small" textColor="subtle">
        {term}
      </BodyShort>
      <BodyShort>{children || "—"}</BodyShort>
    </div>
  );
}
