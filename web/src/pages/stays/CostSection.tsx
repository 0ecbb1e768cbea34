// What the stay costs (nights × the price each night, plus storage of belongings) and the own
// payment month by month: a rate per night up to a monthly cap, never more than the person can
// pay, nothing when the income is social assistance.
import { BodyShort, Button, Checkbox, HStack, Table, TextField, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { StayCost } from "../../api/client";
import { useFormErrors } from "../../components/formErrors";
import { Section } from "../../components/Section";
import { formatMonth, formatNumber, kroner } from "../../format";
import { SuccessStatus } from "../../components/SuccessStatus";

export function CostSection({ stayId, stayOpen }: { stayId: number; stayOpen: boolean }) {
  const [cost, setCost] = useState<StayCost | null>(null);
  const form = useFormErrors("own-payment");
  const [rate, setRate] = useState("300");
  const [cap, setCap] = useState("9000");
  const [assistance, setAssistance] = useState(false);
  const [canPay, setCanPay] = useState("");
  const [status, setStatus] = useState("");

  const show = (result: StayCost) => {
    setCost(result);
    const terms = result.ownPaymentTerms;
    setRate(String(terms.ratePerNight));
    setCap(String(terms.monthlyCap));
    setAssistance(terms.incomeIsSocialAssistance);
    setCanPay(terms.canPayPerMonth === null ? "" : String(terms.canPayPerMonth));
  };
  useEffect(() => {
    api.stayCost(stayId).then(show, form.fail);
  }, [stayId]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.saveOwnPayment(stayId, {
        ratePerNight: Number(rate || "-1"),
        monthlyCap: Number(cap || "-1"),
        incomeIsSocialAssistance: assistance,
        ...(canPay.trim() ? { canPayPerMonth: Number(canPay) } : {}),
      }),
    );
    if (result) {
      show(result);
      setStatus("Egenbetalingen er lagret.");
    }
  }

  return (
    <Section id="cost" title="Kostnad og egenbetaling">
      {cost && (
        <VStack gap="space-16">
          <BodyShort>
            {formatNumber(cost.placements.nights)}{" "}
            {cost.placements.nights === 1 ? "natt" : "netter"}
            {stayOpen && " til og med i natt"} ({formatNumber(cost.placements.bedNights)} bodøgn):{" "}
            {kroner(cost.placements.cost)}
            {cost.storage > 0 && `, lagring av innbo ${kroner(cost.storage)}`}. Sum{" "}
            {kroner(cost.total)}.
          </BodyShort>
          {cost.ownPayment.length > 0 && (
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Måned</Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    Netter
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    Egenbetaling
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {cost.ownPayment.map((month) => (
                  <Table.Row key={month.month}>
                    <Table.DataCell>{formatMonth(month.month)}</Table.DataCell>
                    <Table.DataCell align="right">{formatNumber(month.nights)}</Table.DataCell>
                    <Table.DataCell align="right">{kroner(month.amount)}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <BodyShort size="small">
            {cost.ownPaymentTerms.fromVedtak
              ? "Egenbetalingen er den vedtaket satte."
              : cost.ownPaymentTerms.set
                ? "Egenbetalingen er endret på oppholdet."
                : "Vedtaket er ikke fattet ennå; tallene er kontorets standard."}
          </BodyShort>
          <form id="own-payment" onSubmit={save} noValidate>
            <VStack gap="space-8">
              <HStack gap="space-16" align="end" wrap>
                <TextField
                  {...form.field("ratePerNight")}
                  label="Sats per natt (kr)"
                  inputMode="numeric"
                  htmlSize={8}
                  value={rate}
                  onChange={(e) => setRate(e.target.value)}
                />
                <TextField
                  {...form.field("monthlyCap")}
                  label="Tak per måned (kr)"
                  inputMode="numeric"
                  htmlSize={8}
                  value={cap}
                  onChange={(e) => setCap(e.target.value)}
                />
                <TextField
                  {...form.field("canPayPerMonth")}
                  label="Kan betale per måned (valgfritt)"
                  inputMode="numeric"
                  htmlSize={8}
                  value={canPay}
                  onChange={(e) => setCanPay(e.target.value)}
                />
              </HStack>
              <Checkbox checked={assistance} onChange={(e) => setAssistance(e.target.checked)}>
                Inntekten er økonomisk sosialhjelp (ingen egenbetaling)
              </Checkbox>
              {form.summary}
              <HStack gap="space-8" align="center">
                <Button type="submit" variant="secondary" size="small" loading={form.busy}>
                  Lagre egenbetaling
                </Button>
                <SuccessStatus message={status} />
              </HStack>
            </VStack>
          </form>
        </VStack>
      )}
    </Section>
  );
}
