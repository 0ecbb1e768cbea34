// The person's own copy of everything the office holds on them and who has read it (GDPR art. 15;
// docs/domain.md «the person's copy»), as PDF and as data.
import { BodyShort, HStack, Link } from "@navikt/ds-react";
import { FilePdfIcon } from "@navikt/aksel-icons";
import { api } from "../../api/client";
import { Section } from "../../components/Section";

export function PersonCopySection({ personId }: { personId: number }) {
  return (
    <Section id="copy" title="Innsyn">
      <BodyShort spacing>
        Personen har rett til en kopi av alt kontoret har registrert, og hvem som har sett det.
      </BodyShort>
      <HStack gap="space-16">
        <Link href={api.personCopyUrl(personId, "pdf")} download>
          <FilePdfIcon aria-hidden /> Kopi til personen (PDF)
        </Link>
        <Link href={api.personCopyUrl(personId, "json")} download={`innsyn-${personId}.json`}>
          Kopi som data (JSON)
        </Link>
      </HStack>
    </Section>
  );
}
