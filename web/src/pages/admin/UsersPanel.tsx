// The administrator's users: the list first, each with «Endre» (name, roles at offices, active, a
// new password), then the grants waiting for a second person, and «Ny bruker» behind a button.
// New roles opening person data and new passwords wait for another administrator's (or the
// office's leder's) approval: the list and the answers say «venter på godkjenning».
import {
  Alert,
  BodyShort,
  Button,
  ErrorMessage,
  HStack,
  Heading,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api, roleNames } from "../../api/client";
import type { Office, Role, Schemas, User } from "../../api/client";
import { useMe } from "../../auth/session";
import { PasswordStrength } from "../../components/PasswordStrength";
import { useFormErrors } from "../../components/formErrors";
import { PendingGrants } from "./PendingGrants";

const officeRoles: Role[] = ["veileder", "leder", "tilbyder"];
type Membership = { role: Role; officeId: number | null };
type OfficeProvider = Schemas["OfficeProvider"];

const sameMembership = (a: Membership, b: Membership) =>
  a.role === b.role && (a.officeId ?? null) === (b.officeId ?? null);

function membershipName(membership: Membership, offices: Office[]): string {
  const office = offices.find((o) => o.id === membership.officeId);
  return roleNames[membership.role] + (office ? `, ${office.name}` : "");
}

/** What the answer to a change or a new user waits for, in words; empty when nothing waits. */
function waitingNote(user: User, offices: Office[]): string {
  const notes = user.pendingRoles.map(
    (m) => `Rollen ${membershipName(m, offices)} venter på godkjenning`,
  );
  if (user.pendingPasswordReset) notes.push("Nytt passord venter på godkjenning");
  return notes.length === 0
    ? ""
    : `${notes.join(". ")} av en annen administrator eller kontorets leder.`;
}

export function UsersPanel() {
  const me = useMe();
  const [users, setUsers] = useState<User[] | null>(null);
  const [offices, setOffices] = useState<Office[]>([]);
  const [grantsVersion, setGrantsVersion] = useState(0);
  const [editing, setEditing] = useState<User | null>(null);
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState("");
  const list = useFormErrors("users");

  const reload = useCallback(() => {
    Promise.all([api.users(), api.offices()]).then(([u, o]) => {
      setUsers(u);
      setOffices(o);
    }, list.fail);
    setGrantsVersion((version) => version + 1);
  }, []);
  useEffect(reload, [reload]);

  async function unlock(user: User) {
    try {
      await api.updateUser(user.id, { unlock: true });
      list.clear();
      setDone(`${user.displayName} er låst opp.`);
      reload();
    } catch (error) {
      list.fail(error);
    }
  }

  function finished(message: string) {
    setEditing(null);
    setCreating(false);
    setDone(message);
    reload();
  }

  return (
    <VStack gap="space-32">
      <section aria-labelledby="users-heading">
        <HStack justify="space-between" align="center" gap="space-16" wrap>
          <Heading level="2" size="medium" id="users-heading">
            Brukere
          </Heading>
          <Button
            variant="secondary"
            onClick={() => {
              setDone("");
              setCreating(true);
            }}
          >
            Ny bruker
          </Button>
        </HStack>
        <div role="status" style={{ marginBlock: "var(--ax-space-16)" }}>
          {done && (
            <Alert variant="success" closeButton onClose={() => setDone("")}>
              {done}
            </Alert>
          )}
        </div>
        {list.summary}
        {users === null ? (
          <BodyShort>Henter brukere …</BodyShort>
        ) : (
          <div className="users-table">
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
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
                    <Table.DataCell>
                      <BodyShort weight="semibold">{user.displayName}</BodyShort>
                      <BodyShort size="small" textColor="subtle" className="user-email">
                        {user.email}
                      </BodyShort>
                    </Table.DataCell>
                    <Table.DataCell>
                      <VStack gap="space-4">
                        {user.roles.map((m) => (
                          <span key={`${m.role}-${m.officeId}`}>{membershipName(m, offices)}</span>
                        ))}
                        {user.pendingRoles.map((m) => (
                          <span key={`pending-${m.role}-${m.officeId}`}>
                            {membershipName(m, offices)}{" "}
                            <Tag size="xsmall" variant="warning">
                              venter på godkjenning
                            </Tag>
                          </span>
                        ))}
                      </VStack>
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
                      <HStack gap="space-8" wrap={false}>
                        {user.locked && (
                          <Button size="xsmall" variant="secondary" onClick={() => unlock(user)}>
                            Lås opp<span className="aksel-sr-only"> {user.displayName}</span>
                          </Button>
                        )}
                        <Button
                          size="xsmall"
                          variant="secondary"
                          onClick={() => {
                            setDone("");
                            setEditing(user);
                          }}
                        >
                          Endre<span className="aksel-sr-only"> {user.displayName}</span>
                        </Button>
                      </HStack>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <PendingGrants offices={offices} onDecided={reload} reloadKey={grantsVersion} />
      {editing && (
        <EditUser
          user={editing}
          self={editing.id === me.user.id}
          offices={offices}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            const waiting = waitingNote(user, offices);
            finished(
              `Endringene for ${user.displayName} er lagret.${waiting ? ` ${waiting}` : ""}`,
            );
          }}
        />
      )}
      {creating && (
        <NewUser
          offices={offices}
          onClose={() => setCreating(false)}
          onCreated={(user, providerName) => {
            const waiting = waitingNote(user, offices);
            finished(
              `Opprettet ${user.displayName}` +
                (providerName ? `, ansatt hos ${providerName}` : "") +
                "." +
                (waiting ? ` ${waiting}` : "") +
                " Brukeren må bytte passord ved første innlogging.",
            );
          }}
        />
      )}
    </VStack>
  );
}

/** A role at an office to add: the role, and the office for the roles that belong to one. */
function RolePicker({
  offices,
  idPrefix,
  onAdd,
  error,
  without = [],
  description,
}: {
  offices: Office[];
  idPrefix: string;
  onAdd: (membership: Membership) => string | null;
  error?: string;
  /** Roles this picker does not give (they need more than an office). */
  without?: Role[];
  description?: string;
}) {
  const [role, setRole] = useState<Role>("veileder");
  const [officeId, setOfficeId] = useState("");
  const [problem, setProblem] = useState("");
  const needsOffice = officeRoles.includes(role);

  function add() {
    if (needsOffice && !officeId) return setProblem("Velg kontoret rollen gjelder.");
    const refused = onAdd({ role, officeId: needsOffice ? Number(officeId) : null });
    setProblem(refused ?? "");
    if (!refused) setOfficeId("");
  }

  return (
    <HStack gap="space-8" align="end" wrap>
      <Select
        id={`${idPrefix}-new-role`}
        label="Ny rolle"
        description={description}
        size="small"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
      >
        {(Object.keys(roleNames) as Role[])
          .filter((value) => !without.includes(value))
          .map((value) => (
            <option key={value} value={value}>
              {roleNames[value]}
            </option>
          ))}
      </Select>
      {needsOffice && (
        <Select
          id={`${idPrefix}-new-office`}
          label="Ved kontor"
          size="small"
          value={officeId}
          onChange={(e) => setOfficeId(e.target.value)}
          error={problem || error}
        >
          <option value="">Velg kontor</option>
          {offices.map((office) => (
            <option key={office.id} value={office.id}>
              {office.name}
            </option>
          ))}
        </Select>
      )}
      <Button type="button" size="small" variant="secondary" onClick={add}>
        Legg til rolle
      </Button>
      {!needsOffice && (problem || error) && <ErrorMessage>{problem || error}</ErrorMessage>}
    </HStack>
  );
}

/** «Endre»: name, active, roles at offices (added ones wait for approval) and a new password. */
function EditUser({
  user,
  self,
  offices,
  onClose,
  onSaved,
}: {
  user: User;
  self: boolean;
  offices: Office[];
  onClose: () => void;
  onSaved: (user: User) => void;
}) {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [active, setActive] = useState(user.active);
  const [roles, setRoles] = useState<Membership[]>(user.roles);
  const [password, setPassword] = useState("");
  const form = useFormErrors("edit-user");
  const rolesChanged =
    roles.length !== user.roles.length ||
    roles.some((m) => !user.roles.some((existing) => sameMembership(m, existing)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await form.submit(() =>
      api.updateUser(user.id, {
        ...(displayName !== user.displayName ? { displayName } : {}),
        ...(active !== user.active ? { active } : {}),
        ...(rolesChanged ? { roles } : {}),
        ...(password ? { password } : {}),
      }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Modal
      open
      onClose={onClose}
      header={{ heading: `Endre ${user.displayName}`, size: "small" }}
      width="medium"
    >
      <form id="edit-user" onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-24">
            <TextField
              id={form.fieldId("displayName")}
              label="Navn"
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
              error={form.errorFor("displayName")}
            />
            {!self && (
              <Switch checked={active} onChange={(e) => setActive(e.target.checked)}>
                Aktiv (kan logge inn)
              </Switch>
            )}
            <VStack gap="space-8" id={form.fieldId("roles")} tabIndex={-1}>
              <Heading level="3" size="xsmall">
                Roller
              </Heading>
              {self ? (
                <BodyShort>
                  Du kan ikke endre dine egne roller. Be en annen administrator om å gjøre det.
                </BodyShort>
              ) : (
                <>
                  <BodyShort size="small" textColor="subtle">
                    En ny rolle som gir tilgang til personopplysninger venter på godkjenning av en
                    annen administrator eller kontorets leder. En rolle du fjerner, gjelder ikke
                    lenger med en gang du lagrer.
                  </BodyShort>
                  {roles.length === 0 && <BodyShort>Ingen roller.</BodyShort>}
                  <ul className="user-roles">
                    {roles.map((m) => {
                      const added = !user.roles.some((existing) => sameMembership(m, existing));
                      return (
                        <li key={`${m.role}-${m.officeId}`}>
                          <HStack gap="space-8" align="center">
                            <span>{membershipName(m, offices)}</span>
                            {added && (
                              <Tag size="xsmall" variant="info">
                                ny
                              </Tag>
                            )}
                            <Button
                              type="button"
                              size="xsmall"
                              variant="tertiary"
                              onClick={() => setRoles(roles.filter((r) => !sameMembership(r, m)))}
                            >
                              Fjern
                              <span className="aksel-sr-only"> {membershipName(m, offices)}</span>
                            </Button>
                          </HStack>
                        </li>
                      );
                    })}
                    {user.pendingRoles.map((m) => (
                      <li key={`pending-${m.role}-${m.officeId}`}>
                        {membershipName(m, offices)}{" "}
                        <Tag size="xsmall" variant="warning">
                          venter på godkjenning
                        </Tag>
                      </li>
                    ))}
                  </ul>
                  <RolePicker
                    offices={offices}
                    idPrefix="edit-user"
                    without={["tilbyder"]}
                    description="Ansatte hos en tilbyder knyttes til tilbyderen under Botilbud → tilbyderen → Ansatte."

                    error={form.errorFor("roles")}
                    onAdd={(membership) => {
                      if (
                        roles.some((m) => sameMembership(m, membership)) ||
                        user.pendingRoles.some((m) => sameMembership(m, membership))
                      )
                        return "Brukeren har allerede denne rollen.";
                      setRoles([...roles, membership]);
                      return null;
                    }}
                  />
                </>
              )}
            </VStack>
            {!self && (
              <VStack gap="space-8">
                <Heading level="3" size="xsmall">
                  Nytt passord
                </Heading>
                {user.pendingPasswordReset ? (
                  <Alert variant="info" size="small" inline>
                    Et nytt passord venter allerede på godkjenning.
                  </Alert>
                ) : (
                  <>
                    <TextField
                      id={form.fieldId("password")}
                      label="Nytt passord for brukeren (valgfritt)"
                      description="Minst 12 tegn. Passordet venter på godkjenning av en annen administrator eller en leder ved brukerens kontor; da logges brukeren ut og må bytte det ved neste innlogging."
                      type="password"
                      autoComplete="new-password"
                      value={password}
                      onChange={(e) => setPassword(e.target.value)}
                      error={form.errorFor("password")}
                    />
                    <PasswordStrength
                      password={password}
                      userInputs={[user.email, user.displayName]}
                    />
                  </>
                )}
              </VStack>
            )}
            {form.summary}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={form.busy}>
            Lagre
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Avbryt
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}

/** «Ny bruker»: a role at an office, and for a provider's staff the provider, in one go. */
function NewUser({
  offices,
  onClose,
  onCreated,
}: {
  offices: Office[];
  onClose: () => void;
  onCreated: (user: User, providerName: string) => void;
}) {
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("veileder");
  const [officeId, setOfficeId] = useState("");
  const [providers, setProviders] = useState<OfficeProvider[] | null>(null);
  const [providerId, setProviderId] = useState("");
  const form = useFormErrors("new-user");
  const needsOffice = officeRoles.includes(role);
  const staff = role === "tilbyder";

  useEffect(() => {
    setProviderId("");
    setProviders(null);
    if (!staff || !officeId) return;
    api.officeProviders(Number(officeId)).then((list) => setProviders(list.providers), form.fail);
  }, [staff, officeId]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsOffice && !officeId)
      return form.setErrors([
        { field: "roles", message: "Velg kontoret brukeren skal arbeide for." },
      ]);
    if (staff && !providerId)
      return form.setErrors([
        { field: "providerId", message: "Velg botilbudet brukeren arbeider ved." },
      ]);
    const user = await form.submit(() =>
      api.createUser({
        displayName,
        email,
        password,
        roles: [{ role, officeId: needsOffice ? Number(officeId) : null }],
        ...(staff ? { providerId: Number(providerId) } : {}),
      }),
    );
    if (user)
      onCreated(
        user,
        staff ? (providers?.find((p) => p.id === Number(providerId))?.name ?? "") : "",
      );
  }

  return (
    <Modal open onClose={onClose} header={{ heading: "Ny bruker", size: "small" }} width="medium">
      <form id="new-user" onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
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
            {staff && (
              <Select
                id={form.fieldId("providerId")}
                label="Botilbud"
                description={
                  officeId
                    ? providers?.length === 0
                      ? "Kontoret har ikke registrert noe botilbud ennå."
                      : "Brukeren ser bookingene ved dette botilbudet."
                    : "Velg kontoret først."
                }
                value={providerId}
                disabled={!officeId || !providers || providers.length === 0}
                onChange={(e) => setProviderId(e.target.value)}
                error={form.errorFor("providerId")}
              >
                <option value="">Velg botilbud</option>
                {(providers ?? []).map((provider) => (
                  <option key={provider.id} value={provider.id}>
                    {provider.name}
                    {provider.active ? "" : " (ikke i bruk)"}
                  </option>
                ))}
              </Select>
            )}
            {needsOffice && (
              <BodyShort size="small" textColor="subtle">
                {staff
                  ? "Rollen venter på godkjenning av en annen administrator før brukeren kan logge inn og se bookingene."
                  : "Rollen gir tilgang til personopplysninger og venter på godkjenning av en annen administrator eller kontorets leder."}
              </BodyShort>
            )}
            {form.summary}
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={form.busy}>
            Opprett bruker
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Avbryt
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
