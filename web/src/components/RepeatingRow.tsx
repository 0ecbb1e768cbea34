// One row of a repeating form (a tiltak, a meeting, a follow-up date): its fields side by side
// in a fieldset with a legend, and a button to remove it.
import { Button, HStack } from "@navikt/ds-react";
import { TrashIcon } from "@navikt/aksel-icons";
import type { ReactNode } from "react";

export function RepeatingRow({
  legend,
  onRemove,
  children,
}: {
  legend: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="plan-row">
      <legend>{legend}</legend>
      <HStack gap="space-8" align="end" wrap>
        {children}
        <Button
          type="button"
          variant="tertiary"
          icon={<TrashIcon aria-hidden />}
          onClick={onRemove}
        >
          Fjern {legend.charAt(0).toLowerCase() + legend.slice(1)}
        </Button>
      </HStack>
    </fieldset>
  );
}
