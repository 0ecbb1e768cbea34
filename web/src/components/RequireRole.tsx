// A page only some roles may open: anyone else who follows a link or types its address is told
// plainly that it is not for them, instead of seeing its form fail on every call. The server
// checks every request all the same; this only spares the user a page of errors.
import { BodyShort, Heading, Link, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router-dom";
import type { Role } from "../api/client";
import { hasRole, useMe } from "../auth/session";

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  if (hasRole(me, ...roles)) return <>{children}</>;
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        Du har ikke tilgang til denne siden
      </Heading>
      <BodyShort>
        Siden er for andre roller enn dine. Bruk menyen, eller{" "}
        <Link as={RouterLink} to="/">
          gå til forsiden
        </Link>
        .
      </BodyShort>
    </VStack>
  );
}
