// One provider: its details, quality agreements (with the signed document), staff who may see
// its bookings, and its units.
import {
  Alert,
  BodyShort,
  Button,
  HStack,
  Heading,
  Link,
  Table,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Link as RouterLink, useNavigate, useParams } from "react-router-dom";
import { api } from "../../api/client";
import type { Provider } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { Fact } from "../../components/Fact";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday, kroner } from "../../format";
import { ProviderForm } from "./ProviderForm";
import { QualityTag, capacityText } from "./QualityTag";
import { UnitForm } from "./UnitForm";
import { useLoaded } from "../../components/useLoaded";
import { DateField } from "../../components/DateField";
import { SuccessStatus } from "../../components/SuccessStatus";

export function ProviderPage() {
  const providerId = Number(useParams().providerId);
  const {
    value: provider,
    setValue: setProvider,
    error,
  } = useLoaded(() => api.provider(providerId), [providerId], "Kunne ikke hente tilbyderen.");
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState("");
  const codes = useCodes();
  const navigate = useNavigate();

  if (error) return <Alert variant="error">{error}</Alert>;
  if (!provider) return null;
  const updated = (result: Provider, message: string) => {
    setProvider(result);
    setStatus(message);
  };

  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <Link as={RouterLink} to="/botilbud">
          Alle tilbydere
        </Link>
        <Heading level="1" size="large">
          {provider.name}
        </Heading>
        <SuccessStatus message={status} />
        <HStack gap="space-32" wrap>
          <Fact term="Type">{label(codes, "providerKind", provider.kind)}</Fact>
          {provider.kind === "kommunal" && (
            <Fact term="Kommunalt tilbud">{label(codes, "offerType", provider.offerType)}</Fact>
          )}
          <Fact term="Booking">
            {provider.onRequest ? "På forespørsel, tilbyderen bekrefter" : "Faste plasser"}
          </Fact>
          <Fact term="Kvalitetsavtale">
            {provider.agreementValid
              ? "Gyldig"
              : provider.agreementRequired
                ? "Mangler"
                : "Ikke påkrevd"}
          </Fact>
          <Fact term="Kommuner">{provider.municipalityNumbers.join(", ")}</Fact>
          <Fact term="Telefon">{provider.phone}</Fact>
        </HStack>
        {provider.contacts.length > 0 && (
          <BodyShort>
            Kontakt:{" "}
            {provider.contacts
              .map((c) => [c.name, c.role, c.phone].filter(Boolean).join(", "))
              .join("; ")}
          </BodyShort>
        )}
        <div>
          <Button size="small" variant="secondary" onClick={() => setEditing(!editing)}>
            {editing ? "Lukk endring" : "Endre tilbyderen"}
          </Button>
        </div>
        {editing && (
          <ProviderForm
            initial={provider}
            submitLabel="Lagre endringene"
            onSave={async (input) => {
              updated(await api.updateProvider(provider.id, input), "Tilbyderen er lagret.");
              setEditing(false);
            }}
          />
        )}
      </VStack>

      <section aria-labelledby="units-heading">
        <Heading id="units-heading" level="2" size="medium" spacing>
          Enheter
        </Heading>
        {provider.units.length === 0 ? (
          <BodyShort spacing>Ingen enheter ennå.</BodyShort>
        ) : (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Enhet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kapasitet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Pris per natt</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kvalitet</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {provider.units.map((unit) => (
                <Table.Row key={unit.id}>
                  <Table.DataCell>
                    <Link as={RouterLink} to={`/botilbud/enheter/${unit.id}`}>
                      {unit.name}
                    </Link>
                  </Table.DataCell>
                  <Table.DataCell>{capacityText(unit)}</Table.DataCell>
                  <Table.DataCell>{kroner(unit.priceToday)}</Table.DataCell>
                  <Table.DataCell>
                    <QualityTag status={unit.qualityStatus} />
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        <Heading level="3" size="small" spacing>
          Ny enhet
        </Heading>
        <UnitForm
          formId="new-unit"
          onRequest={provider.onRequest}
          withPrice
          submitLabel="Registrer enhet"
          onSave={async (input) => {
            const unit = await api.createUnit({ ...input, providerId: provider.id });
            navigate(`/botilbud/enheter/${unit.id}`);
          }}
        />
      </section>

      <AgreementsSection provider={provider} onChange={updated} />
      <StaffSection provider={provider} onChange={updated} />
    </VStack>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => reject(new Error("Kunne ikke lese filen."));
    reader.readAsDataURL(file);
  });
}

function AgreementsSection({
  provider,
  onChange,
}: {
  provider: Provider;
  onChange: (p: Provider, message: string) => void;
}) {
  const form = useFormErrors("agreement");
  const [startsOn, setStartsOn] = useState(isoToday());
  const [endsOn, setEndsOn] = useState("");
  const [file, setFile] = useState<File | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(async () =>
      api.addAgreement(provider.id, {
        startsOn,
        ...(endsOn ? { endsOn } : {}),
        ...(file ? { documentName: file.name, documentBase64: await readAsBase64(file) } : {}),
      }),
    );
    if (result) onChange(result, "Kvalitetsavtalen er registrert.");
  }

  return (
    <section aria-labelledby="agreements-heading">
      <Heading id="agreements-heading" level="2" size="medium" spacing>
        Kvalitetsavtaler
      </Heading>
      {provider.agreements.length === 0 ? (
        <BodyShort spacing>Ingen kvalitetsavtale er registrert.</BodyShort>
      ) : (
        <VStack gap="space-4" style={{ marginBottom: "var(--ax-space-16)" }}>
          {provider.agreements.map((agreement) => (
            <BodyShort key={agreement.id}>
              Fra {formatDate(agreement.startsOn)}{" "}
              {agreement.endsOn ? `til ${formatDate(agreement.endsOn)}` : "(løpende)"}
              {agreement.hasDocument && (
                <>
                  {" — "}
                  <Link href={api.agreementDocumentUrl(provider.id, agreement.id)}>
                    {agreement.documentName}
                  </Link>
                </>
              )}
            </BodyShort>
          ))}
        </VStack>
      )}
      <form id="agreement" onSubmit={submit} noValidate>
        <VStack gap="space-8">
          <HStack gap="space-16" align="end" wrap>
            <DateField
              {...form.field("startsOn")}
              label="Gjelder fra"
              value={startsOn}
              onChange={(value) => setStartsOn(value)}
            />
            <DateField
              {...form.field("endsOn")}
              label="Gjelder til (valgfritt)"
              value={endsOn}
              onChange={(value) => setEndsOn(value)}
            />
            <VStack gap="space-4">
              <label htmlFor="agreement-document" className="navds-label">
                Avtalen som PDF (valgfritt)
              </label>
              <input
                id="agreement-document"
                type="file"
                accept="application/pdf"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
              {form.errorFor("document") && (
                <BodyShort className="navds-error-message">{form.errorFor("document")}</BodyShort>
              )}
            </VStack>
            <Button type="submit" variant="secondary" loading={form.busy}>
              Registrer avtale
            </Button>
          </HStack>
          {form.summary}
        </VStack>
      </form>
    </section>
  );
}

function StaffSection({
  provider,
  onChange,
}: {
  provider: Provider;
  onChange: (p: Provider, message: string) => void;
}) {
  const form = useFormErrors("staff");
  const [email, setEmail] = useState("");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() => api.addStaff(provider.id, email));
    if (result) {
      onChange(result, `${email} ser nå tilbyderens bookinger.`);
      setEmail("");
    }
  }

  return (
    <section aria-labelledby="staff-heading">
      <Heading id="staff-heading" level="2" size="medium" spacing>
        Ansatte hos tilbyderen
      </Heading>
      <BodyShort spacing>
        Ansatte ser bare hvem som er booket inn i tilbyderens enheter, og kan sjekke inn og ut.
      </BodyShort>
      {provider.staff.map((member) => (
        <HStack key={member.userId} gap="space-8" align="center">
          <BodyShort>
            {member.displayName} ({member.email})
          </BodyShort>
          <Button
            size="xsmall"
            variant="tertiary"
            onClick={async () => {
              const result = await form.submit(() => api.removeStaff(provider.id, member.userId));
              if (result) onChange(result, `${member.displayName} har ikke lenger tilgang.`);
            }}
          >
            Fjern<span className="aksel-sr-only"> {member.displayName}</span>
          </Button>
        </HStack>
      ))}
      <form id="staff" onSubmit={submit} noValidate>
        <HStack gap="space-8" align="end">
          <TextField
            {...form.field("email")}
            label="E-post til en bruker med rollen «Ansatt hos tilbyder»"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button type="submit" variant="secondary" loading={form.busy}>
            Gi tilgang
          </Button>
        </HStack>
        {form.summary}
      </form>
    </section>
  );
}
