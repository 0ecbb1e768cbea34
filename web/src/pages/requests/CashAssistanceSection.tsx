// Money for a night as economic assistance under sosialtjenesteloven § 18
// (docs/domain.md#rule-cash-is-section-18-support): a decision of its own, with its letter, kept
// apart from the § 27 vedtak. It never closes the request for a place, which waits for its vedtak.
import {
  BodyShort,
  Button,
  Link,
  Radio,
  RadioGroup,
  Table,
  TextField,
  Textarea,
  VStack,
} from "@navikt/ds-react";
import { useCallback, useEffect, useState } from "react";
import type { FormEvent } from "react";
import { cite, section, useCodes } from "../../api/codes";
import { api } from "../../api/client";
import type { Schemas } from "../../api/client";
import { DateField } from "../../components/DateField";
import { DeliveryPanel } from "../../components/DeliveryPanel";
import type { Given } from "../../components/DeliveryPanel";
import { Section } from "../../components/Section";
import { useFormErrors } from "../../components/formErrors";
import { formatDate, isoToday, kroner } from "../../format";

type CashAssistance = Schemas["CashAssistance"];

/** A whole number typed in a field («1 200» too), or 0 for anything else: the server then says
 * what the field needs. */
function wholeNumber(text: string): number {
  const value = Number(text.replace(/\s/g, ""));
  return text.trim() !== "" && Number.isInteger(value) && value > 0 ? value : 0;
}

export function CashAssistanceSection({
  requestId,
  closed = false,
}: {
  requestId: number;
  /** The request ended without a vedtak (withdrawn, or no place asked for): nothing new is decided. */
  closed?: boolean;
}) {
  const codes = useCodes();
  const form = useFormErrors("cash-assistance");
  const [decisions, setDecisions] = useState<CashAssistance[]>([]);
  const [adding, setAdding] = useState(false);
  const [granted, setGranted] = useState<"ja" | "nei" | "">("");
  const [amount, setAmount] = useState("");
  const [nights, setNights] = useState("1");
  const [decidedOn, setDecidedOn] = useState(isoToday());
  const [reasons, setReasons] = useState("");

  const reload = useCallback(() => {
    api.cashAssistance(requestId).then((result) => setDecisions(result.decisions), form.fail);
  }, [requestId]);
  useEffect(reload, [reload]);
  // The form opens where the button was: focus goes to its first choice.
  useEffect(() => {
    if (adding) document.getElementById(form.fieldId("granted"))?.querySelector("input")?.focus();
  }, [adding]);

  async function record(event: FormEvent) {
    event.preventDefault();
    if (granted === "") {
      form.setErrors([{ field: "granted", message: "Velg om stønaden innvilges eller avslås." }]);
      return;
    }
    const isGrant = granted === "ja";
    const recorded = await form.submit(() =>
      api.recordCashAssistance(requestId, {
        granted: isGrant,
        ...(isGrant ? { amountKroner: wholeNumber(amount), nights: wholeNumber(nights) } : {}),
        decidedOn,
        reasons,
      }),
    );
    if (recorded) {
      setAdding(false);
      setGranted("");
      setAmount("");
      setReasons("");
      reload();
    }
  }

  if (closed && decisions.length === 0) return null;
  return (
    <Section
      id="cash-assistance"
      title={`Penger til overnatting (${section(codes, "sotjl_livsopphold")})`}
    >
      <VStack gap="space-12" style={{ maxWidth: "40rem" }}>
        {!closed && (
          <BodyShort>
            Penger til å betale for en natt selv er økonomisk stønad etter{" "}
            {cite(codes, "sotjl_livsopphold")}, med eget vedtak og brev. Det er ikke svar på
            henvendelsen om et sted å bo: den trenger fortsatt et vedtak.
          </BodyShort>
        )}
        {decisions.length > 0 && (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
                <Table.HeaderCell scope="col">Vedtak</Table.HeaderCell>
                <Table.HeaderCell scope="col">Klagefrist</Table.HeaderCell>
                <Table.HeaderCell scope="col">Brev</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {decisions.map((decision) => (
                <Table.Row key={decision.id}>
                  <Table.DataCell>{formatDate(decision.decidedOn)}</Table.DataCell>
                  <Table.DataCell>
                    {decision.granted
                      ? `Innvilget ${kroner(decision.amountKroner)} for ${decision.nights} ${decision.nights === 1 ? "natt" : "netter"}`
                      : "Avslått"}
                  </Table.DataCell>
                  <Table.DataCell>
                    {decision.appealDeadline
                      ? formatDate(decision.appealDeadline)
                      : "Ikke begynt: registrer hvordan vedtaket ble gitt"}
                  </Table.DataCell>
                  <Table.DataCell>
                    <Link href={api.cashAssistanceLetterUrl(requestId, decision.id)} download>
                      Last ned brevet
                      <span className="aksel-sr-only">
                        {" "}
                        om stønad fra {formatDate(decision.decidedOn)}
                      </span>
                    </Link>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {decisions
          .filter((decision) => !decision.deliveryMethod)
          .map((decision) => (
            <section
              key={decision.id}
              aria-label={`Hvordan vedtaket om stønad fra ${formatDate(decision.decidedOn)} ble gitt`}
            >
              <BodyShort weight="semibold" spacing>
                Vedtaket om stønad fra {formatDate(decision.decidedOn)}
              </BodyShort>
              <DeliveryPanel
                id={`cash-delivery-${decision.id}`}
                given={decision as Given}
                record={(input) => api.recordCashAssistanceDelivery(requestId, decision.id, input)}
                onChange={reload}
              />
            </section>
          ))}
        {closed ? null : !adding ? (
          <div>
            <Button type="button" variant="secondary" size="small" onClick={() => setAdding(true)}>
              Registrer vedtak om penger til overnatting
            </Button>
          </div>
        ) : (
          <form id="cash-assistance" onSubmit={record} noValidate>
            <VStack gap="space-16">
              <RadioGroup
                legend="Vedtak"
                id={form.fieldId("granted")}
                value={granted}
                onChange={setGranted}
                error={form.errorFor("granted")}
              >
                <Radio value="ja">Innvilget</Radio>
                <Radio value="nei">Avslått</Radio>
              </RadioGroup>
              {granted === "ja" && (
                <>
                  <TextField
                    {...form.field("amountKroner")}
                    label="Beløp i kroner"
                    inputMode="numeric"
                    htmlSize={8}
                    value={amount}
                    onChange={(e) => setAmount(e.target.value)}
                  />
                  <TextField
                    {...form.field("nights")}
                    label="Antall netter pengene skal dekke"
                    inputMode="numeric"
                    htmlSize={4}
                    value={nights}
                    onChange={(e) => setNights(e.target.value)}
                  />
                </>
              )}
              <DateField
                {...form.field("decidedOn")}
                label="Vedtaksdato"
                value={decidedOn}
                onChange={setDecidedOn}
              />
              <Textarea
                {...form.field("reasons")}
                label="Begrunnelse"
                description={`Hva vedtaket bygger på og hva som er lagt vekt på (${cite(codes, "fvl_begrunnelse")})`}
                value={reasons}
                onChange={(e) => setReasons(e.target.value)}
              />
              {form.summary}
              <div>
                <Button type="submit" loading={form.busy}>
                  Fatt vedtak om stønad
                </Button>
              </div>
            </VStack>
          </form>
        )}
      </VStack>
    </Section>
  );
}
