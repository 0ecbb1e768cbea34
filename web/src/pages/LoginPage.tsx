import { Alert, BodyShort, Box, Button, Heading, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { useSession } from "../auth/session";
import { useFormErrors } from "../components/formErrors";

export function LoginPage() {
  const { login } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormErrors("login");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(email.trim() ? [] : [{ field: "email", message: "Skriv e-postadressen din." }]),
      ...(password ? [] : [{ field: "password", message: "Skriv passordet ditt." }]),
    ];
    if (missing.length > 0) return form.setErrors(missing);
    // The server names the password field for wrong credentials, never saying which was wrong.
    await form.submit(() => login(email, password));
  }

  return (
    <main className="husly-main" id="hovedinnhold">
      <Box
        background="default"
        padding="space-32"
        borderRadius="12"
        style={{ maxWidth: "28rem", margin: "4rem auto" }}
      >
        <form onSubmit={submit} noValidate id="login">
          <VStack gap="space-24">
            <div>
              <Heading level="1" size="large">
                Logg inn i Husly
              </Heading>
              <BodyShort>Midlertidig botilbud – fra første henvendelse til egen bolig.</BodyShort>
            </div>
            {form.errors.some((error) => error.field === null) && (
              <Alert variant="error">
                {form.errors.find((error) => error.field === null)?.message}
              </Alert>
            )}
            <TextField
              id={form.fieldId("email")}
              label="E-postadresse"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={form.errorFor("email")}
            />
            <TextField
              id={form.fieldId("password")}
              label="Passord"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={form.errorFor("password")}
            />
            {form.summary}
            <Button type="submit" loading={form.busy}>
              Logg inn
            </Button>
          </VStack>
        </form>
      </Box>
    </main>
  );
}
