import { Heading, Tabs, VStack } from "@navikt/ds-react";
import { Outlet, useLocation, useNavigate } from "react-router-dom";

const tabs = [
  { path: "brukere", label: "Brukere" },
  { path: "kontorer", label: "Kontorer" },
  { path: "revisjonslogg", label: "Revisjonslogg" },
];

export function AdminPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = tabs.find((tab) => location.pathname.endsWith(`/${tab.path}`))?.path ?? "brukere";
  return (
    <VStack gap="space-24">
      <Heading level="1" size="large">
        Administrasjon
      </Heading>
      <Tabs value={current} onChange={(value) => navigate(`/administrasjon/${value}`)}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path} label={tab.label} />
          ))}
        </Tabs.List>
        <Tabs.Panel value={current} style={{ paddingTop: "var(--ax-space-24)" }}>
          <Outlet />
        </Tabs.Panel>
      </Tabs>
    </VStack>
  );
}
