// The frame around every page: Aksel's internal header with the user and office switcher, and
// the navigation for the workflows the user's role covers.
import { useState } from "react";
import { ActionMenu, InternalHeader, Spacer } from "@navikt/ds-react";
import { LeaveIcon } from "@navikt/aksel-icons";
import { NavLink, Outlet, useNavigate } from "react-router-dom";
import { roleNames } from "../api/client";
import type { Me, Role } from "../api/client";
import { hasRole, useMe, useSession } from "../auth/session";

interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

export const navItems: NavItem[] = [
  { to: "/henvendelser", label: "Henvendelser", roles: ["veileder", "leder"] },
  { to: "/opphold", label: "Opphold", roles: ["veileder", "leder"] },
  { to: "/venteliste", label: "Venteliste", roles: ["veileder", "leder"] },
  { to: "/botilbud", label: "Botilbud", roles: ["veileder", "leder", "tilbyder"] },
  { to: "/avvik", label: "Avvik", roles: ["veileder", "leder"] },
  { to: "/statistikk", label: "Statistikk", roles: ["leder", "analytiker"] },
  {
    to: "/undersokelse",
    label: "Undersøkelse",
    roles: ["veileder", "leder", "analytiker", "administrator"],
  },
  { to: "/administrasjon", label: "Administrasjon", roles: ["administrator"] },
];

function roleSummary(me: Me): string {
  const here = me.user.roles.filter(
    (membership) => membership.officeId === null || membership.officeId === me.activeOfficeId,
  );
  return [...new Set(here.map((membership) => roleNames[membership.role]))].join(", ");
}

export function Shell() {
  const me = useMe();
  const { logout, switchOffice } = useSession();
  const navigate = useNavigate();
  const activeOffice = me.offices.find((office) => office.id === me.activeOfficeId);
  const items = navItems.filter((item) => hasRole(me, ...item.roles));
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <>
      <a className="husly-skiplink" href="#hovedinnhold">
        Hopp til hovedinnhold
      </a>
      <InternalHeader>
        <InternalHeader.Title as="a" href="/">
          Husly
        </InternalHeader.Title>
        <Spacer />
        <ActionMenu open={menuOpen} onOpenChange={setMenuOpen}>
          <ActionMenu.Trigger>
            <InternalHeader.UserButton
              name={me.user.displayName}
              description={
                activeOffice && hasRole(me, "veileder", "leder", "administrator", "analytiker")
                  ? activeOffice.name
                  : roleSummary(me)
              }
            />
          </ActionMenu.Trigger>
          <ActionMenu.Content align="end">
            <ActionMenu.Label>{roleSummary(me)}</ActionMenu.Label>
            {me.offices.length > 0 && (
              <>
                <ActionMenu.Divider />
                <ActionMenu.RadioGroup
                  label="Bytt kontor"
                  value={String(me.activeOfficeId ?? "")}
                  onValueChange={(value) => {
                    // Another office's work: the menu closes and the overview opens, so no page of
                    // the previous office's case stays on screen.
                    setMenuOpen(false);
                    void switchOffice(Number(value)).then(() => navigate("/"));
                  }}
                >
                  {me.offices.map((office) => (
                    <ActionMenu.RadioItem key={office.id} value={String(office.id)}>
                      {office.name}
                    </ActionMenu.RadioItem>
                  ))}
                </ActionMenu.RadioGroup>
              </>
            )}
            <ActionMenu.Divider />
            <ActionMenu.Item onSelect={() => navigate("/bytt-passord")}>
              Bytt passord
            </ActionMenu.Item>
            <ActionMenu.Item onSelect={() => void logout()} icon={<LeaveIcon aria-hidden />}>
              Logg ut
            </ActionMenu.Item>
          </ActionMenu.Content>
        </ActionMenu>
      </InternalHeader>
      <nav className="husly-nav" aria-label="Hovedmeny">
        <ul>
          <li>
            <NavLink to="/" end>
              Oversikt
            </NavLink>
          </li>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="hovedinnhold" className="husly-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
