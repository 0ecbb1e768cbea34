// Putting the person on the office's waiting list from their request (the list itself is
// WaitingListPage).
import { Button, HStack } from "@navikt/ds-react";
import { useState } from "react";
import { api } from "../../api/client";
import { Section } from "../../components/Section";
import { useFormErrors } from "../../components/formErrors";
import { SuccessStatus } from "../../components/SuccessStatus";
import { usePlaceBasis } from "./usePlaceBasis";

export function WaitingListSection({
  requestId,
  personId,
}: {
  requestId: number;
  personId: number;
}) {
  const form = useFormErrors("waiting");
  const [status, setStatus] = useState("");
  // The list is for a place in the office's own units: not after a refusal.
  const refused = usePlaceBasis(requestId).refused;

  async function addToWaitingList() {
    const entry = await form.submit(() => api.addToWaitingList(personId, requestId));
    if (entry) setStatus(`Satt på ventelisten som nr. ${entry.position}.`);
  }

  if (refused && !status) return null;

  return (
    <Section id="waiting" title="Venteliste">
      <HStack gap="space-8" align="center">
        <Button variant="secondary" onClick={() => void addToWaitingList()} loading={form.busy}>
          Sett på ventelisten
        </Button>
        <SuccessStatus message={status} />
      </HStack>
      {form.summary}
    </Section>
  );
}
