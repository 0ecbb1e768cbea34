// Grants awaiting approval — roles, and new passwords an administrator chose for another user: an
// administrator sees all, a leder those at their offices. The one who asked and the one the grant
// is for may not approve it (the server says so too).
import { BodyShort, Button, HStack, Heading, Table } from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import { api, roleNames } from "../../api/client";
import type { RoleGrant } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { formatDateTime } from "../../format";

export function PendingGrants({
  offices,
  onDecided,
  hideWhenEmpty = false,
  reloadKey = 0,
}: {
  offices: { id: number; name: string }[];
  onDecided?: () => void;
  hideWhenEmpty?: boolean;
  reloadKey?: number;
}) {
  const [grants, setGrants] = useState<RoleGrant[] | null>(null);
  const [decided, setDecided] = useState("");
  const list = useFormErrors("grants");

  const reload = useCallback(() => {
    api.roleGrants().then((result) => setGrants(result.grants), list.fail);
  }, []);
  useEffect(reload, [reload, reloadKey]);

  const officeName = (id: number | null) =>
    id === null ? "" : ` (${offices.find((office) => office.id === id)?.name ?? `kontor ${id}`})`;

  async function decide(grant: RoleGrant, approve: boolean) {
    try {
      await (approve ? api.approveGrant(grant.id) : api.refuseGrant(grant.id));
      list.clear();
      setDecided(
        `${approve ? "Godkjente" : "Avslo"} ${grantName(grant).toLowerCase()} for ${grant.user.displayName}.`,
      );
      reload();
      onDecided?.();
    } catch (error) {
      list.fail(error);
    }
  }

  // Hidden when nothing waits, unless it has just said what was decided (the last approval on
  // the front page would otherwise take its own confirmation away with it).
  if (grants === null || (hideWhenEmpty && grants.length === 0 && !decided)) return null;
  return (
    <section aria-labelledby="grants-heading">
      <Heading level="2" size="medium" id="grants-heading" spacing>
        Tilganger som venter på godkjenning
      </Heading>
      <BodyShort spacing>
        Tilgang til personopplysninger (veileder, leder) og administratorrollen gis først når en
        annen administrator eller kontorets leder har godkjent den. Rollen «Ansatt hos tilbyder»
        godkjennes av en annen administrator. Et nytt passord som en administrator har valgt for en
        annen bruker, gjelder først når en annen administrator eller en leder ved brukerens kontor
        har godkjent det; da logges brukeren ut og må bytte passordet ved neste innlogging.
      </BodyShort>
      {list.summary}
      <div role="status">{decided}</div>
      {grants.length === 0 ? (
        <BodyShort>Ingen tilganger venter.</BodyShort>
      ) : (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Bruker</Table.HeaderCell>
              <Table.HeaderCell scope="col">Gjelder</Table.HeaderCell>
              <Table.HeaderCell scope="col">Bedt om av</Table.HeaderCell>
              <Table.HeaderCell scope="col">Tidspunkt</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="aksel-sr-only">Handlinger</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {grants.map((grant) => (
              <Table.Row key={grant.id}>
                <Table.DataCell>{grant.user.displayName}</Table.DataCell>
                <Table.DataCell>
                  {grantName(grant)}
                  {officeName(grant.officeId)}
                </Table.DataCell>
                <Table.DataCell>{grant.requestedBy.displayName}</Table.DataCell>
                <Table.DataCell>{formatDateTime(grant.requestedAt)}</Table.DataCell>
                <Table.DataCell>
                  {grant.mayDecide ? (
                    <HStack gap="space-8">
                      <Button size="xsmall" variant="secondary" onClick={() => decide(grant, true)}>
                        Godkjenn
                        <span className="aksel-sr-only"> {grant.user.displayName}</span>
                      </Button>
                      <Button size="xsmall" variant="tertiary" onClick={() => decide(grant, false)}>
                        Avslå
                        <span className="aksel-sr-only"> {grant.user.displayName}</span>
                      </Button>
                    </HStack>
                  ) : (
                    <BodyShort size="small">Må godkjennes av en annen</BodyShort>
                  )}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

/** What a grant gives: the role's name, or «Nytt passord» for an administrator's password reset. */
export function grantName(grant: RoleGrant): string {
  return grant.kind === "password_reset" || grant.role === null
    ? "Nytt passord"
    : roleNames[grant.role];
}
