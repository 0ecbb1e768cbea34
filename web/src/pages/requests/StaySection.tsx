// After a granted vedtak: register the check-in (the stay starts), or go to the stay.
import { BodyShort, Button, HStack, Heading, Link, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import type { Stay } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { useGrantedDecision } from "./useGrantedDecision";
import { DateField } from "../../components/DateField";

export function StaySection({ requestId, personId }: { requestId: number; personId: number }) {
  const navigate = useNavigate();
  const form = useFormErrors("stay");
  const granted = useGrantedDecision(requestId);
  const [stay, setStay] = useState<Stay | null | undefined>(undefined);
  const [startedOn, setStartedOn] = useState(isoToday());

  useEffect(() => {
    api
      .personStays(personId)
      .then((list) => setStay(list.stays.find((s) => s.requestId === requestId) ?? null));
  }, [requestId, personId]);

  if (!granted || stay === undefined) return null;
  if (stay)
    return (
      <StayHeading>
        <BodyShort>
          Innflyttet {formatDate(stay.startedOn)}.{" "}
          <Link as={RouterLink} to={`/opphold/${stay.id}`}>
            Gå til oppholdet
          </Link>
        </BodyShort>
      </StayHeading>
    );

  async function start(event: FormEvent) {
    event.preventDefault();
    const started = await form.submit(() => api.startStay(requestId, startedOn));
    if (started) navigate(`/opphold/${started.id}`);
  }

  return (
    <StayHeading>
      <form id="stay" onSubmit={start} noValidate>
        <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
          <BodyShort>
            Vedtaket er innvilget. Registrer innflyttingen når personen har fått plass.
          </BodyShort>
          <HStack gap="space-8" align="end">
            <DateField
              {...form.field("startedOn")}
              label="Innflyttingsdato"
              value={startedOn}
              onChange={(e) => setStartedOn(e.target.value)}
            />
            <Button type="submit" loading={form.busy}>
              Registrer innflytting
            </Button>
          </HStack>
          {form.summary}
        </VStack>
      </form>
    </StayHeading>
  );
}

function StayHeading({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="stay-heading">
      <Heading level="2" size="medium" id="stay-heading" spacing>
        Opphold
      </Heading>
      {children}
    </section>
  );
}
