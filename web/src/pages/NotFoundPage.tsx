// An address Husly does not have.
import { BodyShort, Heading, VStack } from "@navikt/ds-react";

export function NotFoundPage() {
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Fant ikke siden
      </Heading>
      <BodyShort>Adressen finnes ikke i Husly. Bruk menyen for å komme videre.</BodyShort>
    </VStack>
  );
}
