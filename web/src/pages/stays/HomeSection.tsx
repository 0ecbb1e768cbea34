// On the way to a home (docs/domain.md#on-the-way-to-a-home): whether the person wants an individuell
// plan and who coordinates it (sosialtjenesteloven § 28), the person's consents to share information
// with named parties (§ 44), and the referrals to the housing office, Husbanken and for a deposit
// guarantee with their outcome. A referral needs a consent in force for its party; the server says so.
import { Alert, BodyShort, Box, Button, HStack, Tag, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { Schemas } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup, CodeSelect } from "../../components/CodeFields";
import { DateField } from "../../components/DateField";
import { useFormErrors } from "../../components/formErrors";
import { Section } from "../../components/Section";
import { SuccessStatus } from "../../components/SuccessStatus";
import { formatDate, isoToday } from "../../format";
import type { SectionProps } from "./sectionProps";

type Referral = Schemas["Referral"];
type Consent = Schemas["Consent"];

/** An optional date: sent only when filled in. */
function optional(value: string): string | undefined {
  return value ? value : undefined;
}

export function IndividualPlanSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("plan");
  const plan = stay.individualPlan;
  const [wish, setWish] = useState<string>(plan?.wish ?? "ikke_spurt");
  const [askedOn, setAskedOn] = useState(plan?.askedOn ?? "");
  const [coordinator, setCoordinator] = useState(plan?.coordinator ?? "");
  const [startedOn, setStartedOn] = useState(plan?.startedOn ?? "");
  const [status, setStatus] = useState("");
  const wants = wish === "onsker";

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.saveIndividualPlan(stay.id, {
        wish: wish as Schemas["IndividualPlanInput"]["wish"],
        askedOn: wish === "ikke_spurt" ? undefined : optional(askedOn),
        coordinator: wants ? coordinator : undefined,
        startedOn: wants ? optional(startedOn) : undefined,
      }),
    );
    if (result) {
      onChange(result);
      setStatus("Individuell plan er lagret.");
    }
  }

  return (
    <Section id="plan" title="Individuell plan">
      <form id="plan" onSubmit={save} noValidate>
        <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
          {stay.individualPlanReminder && (
            <Alert variant="info" size="small">
              Personen har bodd her i {stay.lengthDays} dager og er ikke spurt om individuell plan.
              Den som trenger langvarige og koordinerte tjenester, har rett til en plan hvis de
              ønsker det (sosialtjenesteloven § 28).
            </Alert>
          )}
          <CodeRadioGroup
            {...form.field("wish")}
            list="individualPlanWish"
            legend="Ønsker personen individuell plan?"
            value={wish}
            onChange={(value: string) => setWish(value)}
          />
          {wish !== "ikke_spurt" && (
            <DateField
              {...form.field("askedOn")}
              label="Spurt"
              value={askedOn}
              onChange={setAskedOn}
            />
          )}
          {wants && (
            <>
              <TextField
                {...form.field("coordinator")}
                label="Koordinator"
                description="Navn og rolle, for eksempel «Kari Nordmann, boligkonsulent». Aldri fødselsnummer."
                value={coordinator}
                onChange={(e) => setCoordinator(e.target.value)}
              />
              <DateField
                {...form.field("startedOn")}
                label="Planen startet (valgfritt)"
                value={startedOn}
                onChange={setStartedOn}
              />
            </>
          )}
          {form.summary}
          <SuccessStatus message={status} />
          <div>
            <Button type="submit" loading={form.busy}>
              Lagre individuell plan
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}

function ConsentCard({
  stayId,
  consent,
  onChange,
}: { stayId: number; consent: Consent } & Pick<SectionProps, "onChange">) {
  const codes = useCodes();
  const form = useFormErrors(`consent-${consent.id}`);
  const [withdrawnOn, setWithdrawnOn] = useState(isoToday());
  const [withdrawing, setWithdrawing] = useState(false);

  async function withdraw(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() => api.withdrawConsent(stayId, consent.id, withdrawnOn));
    if (result) {
      setWithdrawing(false);
      onChange(result);
    }
  }

  return (
    <Box as="li" padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <VStack gap="space-8">
        <HStack gap="space-8" align="center">
          <Tag size="small" variant={consent.inForce ? "success" : "neutral"}>
            {consent.inForce ? "Gjelder" : consent.withdrawnOn ? "Trukket tilbake" : "Gjelder ikke"}
          </Tag>
          <BodyShort weight="semibold">
            {consent.parties.map((p) => label(codes, "consentParty", p)).join(", ")}
          </BodyShort>
        </HStack>
        <BodyShort size="small">
          Gitt {formatDate(consent.givenOn)}
          {consent.validUntil
            ? `, gjelder til ${formatDate(consent.validUntil)}`
            : ", til det trekkes tilbake"}
          {consent.withdrawnOn ? `, trukket tilbake ${formatDate(consent.withdrawnOn)}` : ""}
        </BodyShort>
        {!consent.withdrawnOn &&
          (withdrawing ? (
            <form id={`consent-${consent.id}`} onSubmit={withdraw} noValidate>
              <VStack gap="space-8">
                <DateField
                  {...form.field("withdrawnOn")}
                  label="Trukket tilbake"
                  value={withdrawnOn}
                  onChange={setWithdrawnOn}
                />
                {form.summary}
                <HStack gap="space-8">
                  <Button type="submit" size="small" loading={form.busy}>
                    Registrer at samtykket er trukket tilbake
                  </Button>
                  <Button
                    type="button"
                    size="small"
                    variant="tertiary"
                    onClick={() => setWithdrawing(false)}
                  >
                    Avbryt
                  </Button>
                </HStack>
              </VStack>
            </form>
          ) : (
            <div>
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={() => setWithdrawing(true)}
              >
                Trekk tilbake
              </Button>
            </div>
          ))}
      </VStack>
    </Box>
  );
}

export function ConsentSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("consent");
  const [parties, setParties] = useState<string[]>([]);
  const [givenOn, setGivenOn] = useState(isoToday());
  const [validUntil, setValidUntil] = useState("");
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.addConsent(stay.id, {
        parties: parties as Schemas["ConsentInput"]["parties"],
        givenOn,
        validUntil: optional(validUntil),
      }),
    );
    if (result) {
      onChange(result);
      setParties([]);
      setValidUntil("");
      setStatus("Samtykket er registrert.");
    }
  }

  return (
    <Section id="consent" title="Samtykke til å dele opplysninger">
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        <BodyShort>
          Opplysninger om personen er taushetsbelagte (sosialtjenesteloven § 44). Registrer hvem
          personen har samtykket til at vi deler opplysninger med. Tilbyderen ser telefonnummeret
          bare når samtykket gjelder tilbyderen.
        </BodyShort>
        {stay.consents.length === 0 ? (
          <BodyShort textColor="subtle">Ingen samtykker er registrert.</BodyShort>
        ) : (
          <VStack as="ul" gap="space-8" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {stay.consents.map((consent) => (
              <ConsentCard
                key={consent.id}
                stayId={stay.id}
                consent={consent}
                onChange={onChange}
              />
            ))}
          </VStack>
        )}
        <form id="consent" onSubmit={save} noValidate>
          <VStack gap="space-16">
            <CodeCheckboxGroup
              {...form.field("parties")}
              list="consentParty"
              legend="Samtykket gjelder"
              value={parties}
              onChange={setParties}
            />
            <DateField
              {...form.field("givenOn")}
              label="Gitt"
              value={givenOn}
              onChange={setGivenOn}
            />
            <DateField
              {...form.field("validUntil")}
              label="Gjelder til (valgfritt)"
              description="dd.mm.åååå – tomt betyr til det trekkes tilbake"
              value={validUntil}
              onChange={setValidUntil}
            />
            {form.summary}
            <SuccessStatus message={status} />
            <div>
              <Button type="submit" loading={form.busy}>
                Registrer samtykke
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </Section>
  );
}

function ReferralCard({
  stayId,
  referral,
  onChange,
}: { stayId: number; referral: Referral } & Pick<SectionProps, "onChange">) {
  const codes = useCodes();
  const form = useFormErrors(`referral-${referral.id}`);
  const [outcome, setOutcome] = useState<string>(referral.outcome);
  const [outcomeOn, setOutcomeOn] = useState(referral.outcomeOn ?? "");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.updateReferral(stayId, referral.id, {
        outcome: outcome as Schemas["ReferralOutcomeInput"]["outcome"],
        outcomeOn: outcome === "venter" ? undefined : optional(outcomeOn),
        note: referral.note,
      }),
    );
    if (result) onChange(result);
  }

  return (
    <Box as="li" padding="space-12" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <form id={`referral-${referral.id}`} onSubmit={save} noValidate>
        <VStack gap="space-8">
          <BodyShort weight="semibold">{label(codes, "referralKind", referral.kind)}</BodyShort>
          <BodyShort size="small">
            Sendt {formatDate(referral.sentOn)}: {label(codes, "referralOutcome", referral.outcome)}
            {referral.outcomeOn ? ` ${formatDate(referral.outcomeOn)}` : ""}
          </BodyShort>
          <CodeSelect
            {...form.field("outcome")}
            list="referralOutcome"
            label="Utfall"
            size="small"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
          {outcome !== "venter" && (
            <DateField
              {...form.field("outcomeOn")}
              label="Svar kom"
              size="small"
              value={outcomeOn}
              onChange={setOutcomeOn}
            />
          )}
          {form.summary}
          <div>
            <Button type="submit" size="small" variant="secondary" loading={form.busy}>
              Lagre utfallet
            </Button>
          </div>
        </VStack>
      </form>
    </Box>
  );
}

export function ReferralSection({ stay, onChange }: SectionProps) {
  const form = useFormErrors("referral");
  const [kind, setKind] = useState("");
  const [sentOn, setSentOn] = useState(isoToday());
  const [note, setNote] = useState("");
  const [status, setStatus] = useState("");

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.addReferral(stay.id, {
        kind: kind as Schemas["ReferralInput"]["kind"],
        sentOn,
        note: note || undefined,
      }),
    );
    if (result) {
      onChange(result);
      setKind("");
      setNote("");
      setStatus("Henvisningen er registrert.");
    }
  }

  return (
    <Section id="referral" title="Henvisninger og søknader">
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        {stay.referrals.length === 0 ? (
          <BodyShort textColor="subtle">Ingen henvisninger er registrert.</BodyShort>
        ) : (
          <VStack as="ul" gap="space-8" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {stay.referrals.map((referral) => (
              <ReferralCard
                key={`${referral.id}-${referral.outcome}-${referral.outcomeOn ?? ""}`}
                stayId={stay.id}
                referral={referral}
                onChange={onChange}
              />
            ))}
          </VStack>
        )}
        <form id="referral" onSubmit={save} noValidate>
          <VStack gap="space-16">
            <CodeSelect
              {...form.field("kind")}
              list="referralKind"
              label="Ny henvisning"
              placeholder="Velg"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
            />
            <DateField
              {...form.field("sentOn")}
              label="Sendt"
              value={sentOn}
              onChange={setSentOn}
            />
            <TextField
              {...form.field("note")}
              label="Merknad (valgfritt)"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            {form.summary}
            <SuccessStatus message={status} />
            <div>
              <Button type="submit" loading={form.busy}>
                Registrer henvisning
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </Section>
  );
}
