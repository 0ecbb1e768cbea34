// Registering a request at the front desk. Built for speed with the keyboard: type the identity
// number, Enter, and focus lands on "Akutt"; Space, Enter registers an acute oral request.
// First the person (FindPerson), then the request itself (RequestForm).
import { Heading, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { Person } from "../../../api/client";
import { FindPerson } from "./FindPerson";
import { RequestForm } from "./RequestForm";

export function NewRequestPage() {
  const [person, setPerson] = useState<Person | null>(null);
  return (
    <VStack gap="space-24" style={{ maxWidth: "48rem" }}>
      <Heading level="1" size="large">
        Ny henvendelse
      </Heading>
      {person ? (
        <RequestForm person={person} onChangePerson={() => setPerson(null)} />
      ) : (
        <FindPerson onFound={setPerson} />
      )}
    </VStack>
  );
}
