// «Bytt passord»: the user's own new password, with the current one. Required before anything
// else when an administrator set the password (the server refuses every other request until then).
import { Alert, BodyShort, Box, Button, Heading, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { useMe, useSession } from "../auth/session";
import { PasswordStrength } from "../components/PasswordStrength";
import { useFormErrors } from "../components/formErrors";

export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const me = useMe();
  const { changePassword, logout } = useSession();
  const [current, setCurrent] = useState("");
  const [wanted, setWanted] = useState("");
  const [repeated, setRepeated] = useState("");
  const [done, setDone] = useState("");
  const form = useFormErrors("change-password");

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone("");
    const missing = [
      ...(current ? [] : [{ field: "currentPassword", message: "Skriv passordet du har nå." }]),
      ...(wanted ? [] : [{ field: "newPassword", message: "Skriv et nytt passord." }]),
      ...(wanted && repeated !== wanted
        ? [{ field: "repeatPassword", message: "Passordene er ikke like." }]
        : []),
    ];
    if (missing.length > 0) return form.setErrors(missing);
    const changed = await form.submit(async () => {
      await changePassword(current, wanted);
      return true;
    });
    if (!changed) return;
    setCurrent("");
    setWanted("");
    setRepeated("");
    setDone("Passordet er byttet.");
  }

  const content = (
    <form onSubmit={submit} noValidate id="change-password">
      <VStack gap="space-24" style={{ maxWidth: "28rem" }}>
        <div>
          <Heading level="1" size="large">
            Bytt passord
          </Heading>
          {required && (
            <BodyShort>
              En administrator har satt passordet ditt. Velg ditt eget før du fortsetter.
            </BodyShort>
          )}
        </div>
        <TextField
          id={form.fieldId("currentPassword")}
          label={required ? "Passordet du fikk" : "Nåværende passord"}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={form.errorFor("currentPassword")}
        />
        <VStack gap="space-8">
          <TextField
            id={form.fieldId("newPassword")}
            label="Nytt passord"
            description="Minst 12 tegn og vanskelig å gjette, for eksempel flere tilfeldige ord."
            type="password"
            autoComplete="new-password"
            value={wanted}
            onChange={(event) => setWanted(event.target.value)}
            error={form.errorFor("newPassword")}
          />
          <PasswordStrength password={wanted} userInputs={[me.user.displayName]} />
        </VStack>
        <TextField
          id={form.fieldId("repeatPassword")}
          label="Gjenta nytt passord"
          type="password"
          autoComplete="new-password"
          value={repeated}
          onChange={(event) => setRepeated(event.target.value)}
          error={form.errorFor("repeatPassword")}
        />
        {form.summary}
        {done && (
          <Alert variant="success" role="status">
            {done}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={form.busy}>
            Bytt passord
          </Button>
          {required && (
            <Button type="button" variant="tertiary" onClick={() => logout()}>
              Logg ut
            </Button>
          )}
        </div>
      </VStack>
    </form>
  );

  if (!required) return content;
  return (
    <main className="husly-main" id="hovedinnhold">
      <Box
        background="default"
        padding="space-32"
        borderRadius="12"
        style={{ maxWidth: "32rem", margin: "4rem auto" }}
      >
        {content}
      </Box>
    </main>
  );
}
