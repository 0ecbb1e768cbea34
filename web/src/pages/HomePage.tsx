import { BodyShort, Box, HGrid, Heading, Link, VStack } from "@navikt/ds-react";
import { Link as RouterLink } from "react-router-dom";
import { hasRole, useMe } from "../auth/session";
import { navItems } from "../components/Shell";

export function HomePage() {
  const me = useMe();
  const office = me.offices.find((candidate) => candidate.id === me.activeOfficeId);
  const items = navItems.filter((item) => hasRole(me, ...item.roles));
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large">
          Hei, {me.user.displayName}
        </Heading>
        <BodyShort>
          {office ? `Du arbeider nå for ${office.name}.` : "Du har en nasjonal rolle."}
        </BodyShort>
      </div>
      <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
        {items.map((item) => (
          <Box key={item.to} background="default" padding="space-20" borderRadius="8">
            <Heading level="2" size="small">
              <Link as={RouterLink} to={item.to}>
                {item.label}
              </Link>
            </Heading>
          </Box>
        ))}
      </HGrid>
    </VStack>
  );
}
