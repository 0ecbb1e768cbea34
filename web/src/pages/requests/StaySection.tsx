// After a granted vedtak: the stay, once the household has moved in. Moving in happens through the
// booking (its «Sjekk inn»); only where there is no booking in Husly (a place the household found
// through the office some other way) is the move-in registered here, behind «Flyttet inn uten
// booking?».
import { BodyShort, Button, HStack, Heading, Link, ReadMore, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useNavigate } from "react-router-dom";
import { api } from "../../api/client";
import type { Stay } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday } from "../../format";
import { usePlaceBasis } from "./usePlaceBasis";
import { DateField } from "../../components/DateField";

export function StaySection({ requestId, personId }: { requestId: number; personId: number }) {
  const navigate = useNavigate();
  const form = useFormErrors("stay");
  const granted = usePlaceBasis(requestId).basis !== null;
  const [stay, setStay] = useState<Stay | null | undefined>(undefined);
  const [booked, setBooked] = useState(true);
  const [startedOn, setStartedOn] = useState(isoToday());

  useEffect(() => {
    api
      .personStays(personId)
      .then((list) => setStay(list.stays.find((s) => s.requestId === requestId) ?? null));
    api.placements(requestId).then(
      ({ placements }) => setBooked(placements.length > 0),
      () => setBooked(true),
    );
  }, [requestId, personId]);

  if (!granted || stay === undefined || (!stay && booked)) return null;
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
      <ReadMore header="Flyttet inn uten booking i Husly?">
        <form id="stay" onSubmit={start} noValidate>
          <VStack gap="space-8" style={{ maxWidth: "36rem" }}>
            <BodyShort>
              Reserver plass under «Plass» og sjekk inn der. Har husstanden flyttet inn et sted uten
              booking i Husly, registrer innflyttingen her.
            </BodyShort>
            <HStack gap="space-8" align="end">
              <DateField
                {...form.field("startedOn")}
                label="Innflyttingsdato"
                value={startedOn}
                onChange={(value) => setStartedOn(value)}
              />
              <Button type="submit" loading={form.busy}>
                Registrer innflytting
              </Button>
            </HStack>
            {form.summary}
          </VStack>
        </form>
      </ReadMore>
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
