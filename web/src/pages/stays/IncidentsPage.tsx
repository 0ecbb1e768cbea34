// The office's incidents reported by providers that Nav has not decided on
// (docs/domain.md#rule-exclusion-by-a-provider): the front page counts them, this list leads to each
// stay's «Brudd og stans», where Nav records the person's account, the new place and the decision.
import { Alert, BodyShort, Box, Heading, Link, Tag, VStack } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import { api } from "../../api/client";
import { useLoaded } from "../../components/useLoaded";
import { formatDate } from "../../format";

export function IncidentsPage() {
  const { value, error } = useLoaded(
    () => api.unhandledIncidents(),
    [],
    "Kunne ikke hente hendelsene.",
  );
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Hendelser meldt av tilbyder
      </Heading>
      {error && <Alert variant="error">{error}</Alert>}
      {value && value.incidents.length === 0 && (
        <BodyShort>Ingen hendelser venter på Navs oppfølging.</BodyShort>
      )}
      <VStack as="ul" gap="space-8" className="husly-cards">
        {(value?.incidents ?? []).map((incident) => (
          <li key={incident.id}>
            <Box padding="space-16" background="default" borderRadius="8" borderWidth="1">
              <VStack gap="space-4">
                <BodyShort weight="semibold">
                  {incident.stayId ? (
                    <Link as={RouterLink} to={`/opphold/${incident.stayId}?fane=brudd`}>
                      {incident.personName}
                    </Link>
                  ) : (
                    incident.personName
                  )}{" "}
                  {incident.endsStay && (
                    <Tag size="small" variant="error">
                      Oppholdet avsluttet av tilbyder
                    </Tag>
                  )}
                </BodyShort>
                <BodyShort>
                  {formatDate(incident.occurredOn)}: {incident.facts}
                </BodyShort>
              </VStack>
            </Box>
          </li>
        ))}
      </VStack>
    </VStack>
  );
}
