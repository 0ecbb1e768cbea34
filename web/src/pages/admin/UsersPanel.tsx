import {
  BodyShort,
  Button,
  HStack,
  Heading,
  Select,
  Table,
  Tag,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { api, roleNames } from "../../api/client";
import type { Office, Role, User } from "../../api/client";
import { useMe } from "../../auth/session";
import { PasswordStrength } from "../../components/PasswordStrength";
import { useFormErrors } from "../../components/formErrors";
import { PendingGrants } from "./PendingGrants";

const officeRoles: Role[] = ["veileder", "leder", "tilbyder"];

export function UsersPanel() {
  const me = useMe();
  const [users, setUsers] = useState<User[]>([]);
  const [offices, setOffices] = useState<Office[]>([]);
  const [grantsVersion, setGrantsVersion] = useState(0);
  const [resetting, setResetting] = useState<User | null>(null);
  const [resetAsked, setResetAsked] = useState("");
  const list = useFormErrors("users");

  const reload = useCallback(() => {
    Promise.all([api.users(), api.offices()]).then(([u, o]) => {
      setUsers(u);
      setOffices(o);
    }, list.fail);
    setGrantsVersion((version) => version + 1);
  }, []);
  useEffect(reload, [reload]);

  const officeName = (id: number | null) => offices.find((office) => office.id === id)?.name ?? "";

  async function change(user: User, changes: Parameters<typeof api.updateUser>[1]) {
    try {
      await api.updateUser(user.id, changes);
      list.clear();
      reload();
    } catch (error) {
      list.fail(error);
    }
  }

  return (
    <VStack gap="space-32">
      <NewUserForm offices={offices} onCreated={reload} />
      <PendingGrants offices={offices} onDecided={reload} reloadKey={grantsVersion} />
      <section aria-labelledby="users-heading">
        <Heading level="2" size="medium" id="users-heading" spacing>
          Brukere
        </Heading>
        {list.summary}
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
              <Table.HeaderCell scope="col">E-post</Table.HeaderCell>
              <Table.HeaderCell scope="col">Roller</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="aksel-sr-only">Handlinger</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {users.map((user) => (
              <Table.Row key={user.id}>
                <Table.DataCell>{user.displayName}</Table.DataCell>
                <Table.DataCell>{user.email}</Table.DataCell>
                <Table.DataCell>
                  {user.roles
                    .map(
                      (m) => roleNames[m.role] + (m.officeId ? ` (${officeName(m.officeId)})` : ""),
                    )
                    .join(", ")}
                  {user.pendingRoles.length > 0 && (
                    <div>
                      {user.pendingRoles
                        .map(
                          (m) =>
                            roleNames[m.role] +
                            (m.officeId ? ` (${officeName(m.officeId)})` : "") +
                            " venter på godkjenning",
                        )
                        .join(", ")}
                    </div>
                  )}
                </Table.DataCell>
                <Table.DataCell>
                  <HStack gap="space-4">
                    {user.active ? (
                      <Tag size="small" variant="success">
                        Aktiv
                      </Tag>
                    ) : (
                      <Tag size="small" variant="neutral">
                        Deaktivert
                      </Tag>
                    )}
                    {user.locked && (
                      <Tag size="small" variant="warning">
                        Låst
                      </Tag>
                    )}
                    {user.mustChangePassword && (
                      <Tag size="small" variant="info">
                        Må bytte passord
                      </Tag>
                    )}
                    {user.pendingPasswordReset && (
                      <Tag size="small" variant="warning">
                        Nytt passord venter på godkjenning
                      </Tag>
                    )}
                  </HStack>
                </Table.DataCell>
                <Table.DataCell>
                  <HStack gap="space-8">
                    {user.locked && (
                      <Button
                        size="xsmall"
                        variant="secondary"
                        onClick={() => change(user, { unlock: true })}
                      >
                        Lås opp
                      </Button>
                    )}
                    {user.id !== me.user.id && (
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => change(user, { active: !user.active })}
                      >
                        {user.active ? "Deaktiver" : "Aktiver"}
                        <span className="aksel-sr-only"> {user.displayName}</span>
                      </Button>
                    )}
                    {user.id !== me.user.id && (
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => {
                          setResetAsked("");
                          setResetting(user);
                        }}
                      >
                        Nytt passord
                        <span className="aksel-sr-only"> for {user.displayName}</span>
                      </Button>
                    )}
                  </HStack>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div role="status">{resetAsked}</div>
        {resetting && (
          <PasswordResetForm
            user={resetting}
            onCancel={() => setResetting(null)}
            onAsked={(user) => {
              setResetting(null);
              setResetAsked(
                `Nytt passord for ${user.displayName} venter på godkjenning av en annen administrator ` +
                  "eller en leder ved brukerens kontor.",
              );
              reload();
            }}
          />
        )}
      </section>
    </VStack>
  );
}

/** An administrator's new password for another user: a request that a second person approves. */
function PasswordResetForm({
  user,
  onCancel,
  onAsked,
}: {
  user: User;
  onCancel: () => void;
  onAsked: (user: User) => void;
}) {
  const [password, setPassword] = useState("");
  const form = useFormErrors("password-reset");
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [user.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const asked = await form.submit(() => api.updateUser(user.id, { password }));
    if (asked) onAsked(asked);
  }

  return (
    <form id="password-reset" onSubmit={submit} noValidate aria-labelledby="password-reset-heading">
      <VStack gap="space-16" style={{ maxWidth: "32rem", marginTop: "var(--ax-space-24)" }}>
        <Heading level="3" size="small" id="password-reset-heading">
          Nytt passord for {user.displayName}
        </Heading>
        <BodyShort>
          Passordet gjelder først når en annen administrator eller en leder ved brukerens kontor har
          godkjent det. Da logges brukeren ut og må bytte passordet ved neste innlogging.
        </BodyShort>
        <VStack gap="space-8">
          <TextField
            ref={field}
            id={form.fieldId("password")}
            label="Nytt passord for brukeren"
            description="Minst 12 tegn og vanskelig å gjette."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={form.errorFor("password")}
          />
          <PasswordStrength password={password} userInputs={[user.email, user.displayName]} />
        </VStack>
        {form.summary}
        <HStack gap="space-8">
          <Button type="submit" loading={form.busy}>
            Be om godkjenning
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            Avbryt
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

function NewUserForm({ offices, onCreated }: { offices: Office[]; onCreated: () => void }) {
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("veileder");
  const [officeId, setOfficeId] = useState("");
  const [created, setCreated] = useState("");
  const form = useFormErrors("new-user");
  const needsOffice = officeRoles.includes(role);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsOffice && !officeId)
      return form.setErrors([
        { field: "roles", message: "Velg kontoret brukeren skal arbeide for." },
      ]);
    setCreated("");
    const user = await form.submit(() =>
      api.createUser({
        displayName,
        email,
        password,
        roles: [{ role, officeId: needsOffice ? Number(officeId) : null }],
      }),
    );
    if (!user) return;
    setCreated(
      `Opprettet ${user.displayName}.` +
        (user.pendingRoles.length > 0
          ? role === "tilbyder"
            ? " Rollen venter på godkjenning av en annen administrator."
            : " Rollen venter på godkjenning av en annen administrator eller kontorets leder."
          : "") +
        " Brukeren må bytte passord ved første innlogging.",
    );
    setDisplayName("");
    setEmail("");
    setPassword("");
    onCreated();
  }

  return (
    <section aria-labelledby="new-user-heading">
      <form id="new-user" onSubmit={submit} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "32rem" }}>
          <Heading level="2" size="medium" id="new-user-heading">
            Ny bruker
          </Heading>
          <TextField
            id={form.fieldId("displayName")}
            label="Navn"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            error={form.errorFor("displayName")}
          />
          <TextField
            id={form.fieldId("email")}
            label="E-postadresse"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={form.errorFor("email")}
          />
          <VStack gap="space-8">
            <TextField
              id={form.fieldId("password")}
              label="Passord"
              description="Minst 12 tegn og vanskelig å gjette. Brukeren bytter det ved første innlogging."
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={form.errorFor("password")}
            />
            <PasswordStrength password={password} userInputs={[email, displayName]} />
          </VStack>
          <Select
            id={form.fieldId(needsOffice ? "role" : "roles")}
            label="Rolle"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            error={!needsOffice ? form.errorFor("roles") : undefined}
          >
            {(Object.keys(roleNames) as Role[]).map((value) => (
              <option key={value} value={value}>
                {roleNames[value]}
              </option>
            ))}
          </Select>
          {needsOffice && (
            <Select
              id={form.fieldId("roles")}
              label="Kontor"
              value={officeId}
              onChange={(e) => setOfficeId(e.target.value)}
              error={form.errorFor("roles")}
            >
              <option value="">Velg kontor</option>
              {offices.map((office) => (
                <option key={office.id} value={office.id}>
                  {office.name}
                </option>
              ))}
            </Select>
          )}
          {form.summary}
          <div role="status">{created}</div>
          <div>
            <Button type="submit" loading={form.busy}>
              Opprett bruker
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
