// The workflows that later capabilities fill in; each says plainly what will be here.
import { BodyShort, Heading, VStack } from "@navikt/ds-react";

export function WorkflowPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {title}
      </Heading>
      <BodyShort>{purpose}</BodyShort>
      <BodyShort textColor="subtle">Denne delen av Husly er ikke tatt i bruk ennå.</BodyShort>
    </VStack>
  );
}

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
