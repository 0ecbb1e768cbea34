// A request from someone who already lives in temporary accommodation: its granted vedtak extends
// the stay they are in (docs/domain.md#rule-an-extension-continues-the-stay). The stay keeps its check-in day, so
// the 3-month watch goes on; the household keeps its place for the new nights where the unit has
// room. Booking a new place or moving in again is not offered here: a change of place is «Flytt» on
// the stay's placement.
import { Alert, BodyShort, Button, Link, VStack } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import type { StayDetail } from "../../api/client";
import { Section } from "../../components/Section";
import { SuccessStatus } from "../../components/SuccessStatus";
import { useFormErrors } from "../../components/formErrors";
import { formatDate } from "../../format";
import { api } from "../../api/client";
import { usePlaceBasis } from "./usePlaceBasis";

export function StayExtensionSection({
  requestId,
  stay,
  extendedHere,
  onExtended,
}: {
  requestId: number;
  stay: StayDetail;
  extendedHere: boolean;
  onExtended: () => void;
}) {
  const form = useFormErrors("stay-extension");
  const { basis, periodTo } = usePlaceBasis(requestId);
  const extension = stay.extensions.find((e) => e.requestId === requestId);
  const stayLink = (
    <Link as={RouterLink} to={`/opphold/${stay.id}`}>
      Gå til oppholdet
    </Link>
  );

  async function extend() {
    const extended = await form.submit(() => api.extendStay(stay.id, requestId));
    if (extended) onExtended();
  }

  return (
    <Section id="stay-extension" title="Opphold">
      <VStack gap="space-12" style={{ maxWidth: "40rem" }}>
        {extendedHere && extension ? (
          <>
            <SuccessStatus
              message={`Vedtaket forlenger oppholdet fra ${formatDate(stay.startedOn)} til og med ${formatDate(extension.periodTo)}.`}
            />
            <BodyShort>
              Oppholdet fortsetter som før, så 3-månedersgrensen regnes fortsatt fra innflyttingen{" "}
              {formatDate(stay.startedOn)}. {stayLink}
            </BodyShort>
          </>
        ) : (
          <>
            <BodyShort>
              Personen bor allerede i midlertidig botilbud: oppholdet fra{" "}
              {formatDate(stay.startedOn)}, med vedtak til og med {formatDate(stay.periodTo)}.{" "}
              {stayLink}
            </BodyShort>
            {basis === "decided" && periodTo ? (
              <>
                <BodyShort>
                  Vedtaket på denne henvendelsen gjelder til og med {formatDate(periodTo)}. Knytt
                  det til oppholdet, så blir det ett opphold og 3-månedersgrensen teller videre fra
                  innflyttingen. Plassen forlenges for de nye nettene hvis enheten har plass.
                </BodyShort>
                <div>
                  <Button
                    type="button"
                    id={form.fieldId("requestId")}
                    onClick={() => void extend()}
                    loading={form.busy}
                  >
                    Forleng oppholdet til {formatDate(periodTo)}
                  </Button>
                </div>
                {form.summary}
              </>
            ) : (
              <Alert variant="info" size="small">
                Når vedtaket på denne henvendelsen er innvilget og avgjort, kan det forlenge
                oppholdet.
              </Alert>
            )}
          </>
        )}
      </VStack>
    </Section>
  );
}
