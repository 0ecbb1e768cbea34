// The office's year (leder): spend by kind of place, cost per bed-night, the budget with spend to
// date and the forecast at the current run-rate, and the Bolig Nu comparison of the office's own
// units against the alternative price.
import { BodyShort, Button, HStack, Heading, Table, TextField, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { OfficeEconomics } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { useFormErrors } from "../../components/formErrors";
import { kroner } from "../../format";

export function EconomicsPanel() {
  const year = new Date().getFullYear();
  const [economics, setEconomics] = useState<OfficeEconomics | null>(null);
  const [amount, setAmount] = useState("");
  const [alternativePrice, setAlternativePrice] = useState("850");
  const form = useFormErrors("budget");
  const codes = useCodes();

  const show = (result: OfficeEconomics) => {
    setEconomics(result);
    setAmount(result.budget === null ? "" : String(result.budget));
    setAlternativePrice(String(result.alternativePrice));
  };
  useEffect(() => {
    api.economics(year).then(show, form.fail);
  }, [year]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await form.submit(() =>
      api.saveBudget({
        year,
        amount: Number(amount || "0"),
        alternativePrice: Number(alternativePrice || "0"),
      }),
    );
    if (result) show(result);
  }

  if (!economics) return form.summary;
  const own = economics.ownUnits;
  return (
    <VStack gap="space-24">
      <Table size="small">
        <caption>
          <Heading level="2" size="small" align="start">
            Forbruk {economics.year} etter type botilbud (til og med i natt)
          </Heading>
        </caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">Type botilbud</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              Netter
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              Bodøgn
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              Kostnad
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              Per bodøgn
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {economics.byKind.map((line) => (
            <Table.Row key={line.kind}>
              <Table.HeaderCell scope="row">
                {label(codes, "providerKind", line.kind)}
              </Table.HeaderCell>
              <Table.DataCell align="right">{line.nights}</Table.DataCell>
              <Table.DataCell align="right">{line.bedNights}</Table.DataCell>
              <Table.DataCell align="right">{kroner(line.cost)}</Table.DataCell>
              <Table.DataCell align="right">{kroner(line.costPerBedNight)}</Table.DataCell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
            <Table.DataCell align="right">{economics.total.nights}</Table.DataCell>
            <Table.DataCell align="right">{economics.total.bedNights}</Table.DataCell>
            <Table.DataCell align="right">{kroner(economics.total.cost)}</Table.DataCell>
            <Table.DataCell align="right">{kroner(economics.costPerBedNight)}</Table.DataCell>
          </Table.Row>
        </Table.Body>
      </Table>
      <VStack gap="space-4">
        <BodyShort>Brukt så langt i år: {kroner(economics.spendToDate)}</BodyShort>
        <BodyShort>Prognose for året med dagens forbruk: {kroner(economics.forecast)}</BodyShort>
        <BodyShort>
          Budsjett: {kroner(economics.budget)}
          {economics.budget !== null &&
            economics.forecast > economics.budget &&
            " — prognosen er over budsjettet"}
        </BodyShort>
      </VStack>
      <section aria-labelledby="bolig-nu-heading">
        <Heading id="bolig-nu-heading" level="2" size="small" spacing>
          Kontorets egne enheter mot alternativet (Bolig Nu-sammenligning)
        </Heading>
        <BodyShort>
          {own.bedNights} bodøgn i egne enheter kostet {kroner(own.cost)}. Til{" "}
          {kroner(economics.alternativePrice)} per natt ville de kostet{" "}
          {kroner(own.alternativeCost)}
          {own.alternativeCost > own.cost
            ? `, altså ${kroner(own.alternativeCost - own.cost)} mer.`
            : "."}
        </BodyShort>
      </section>
      <form id="budget" onSubmit={save} noValidate>
        <VStack gap="space-8">
          <HStack gap="space-16" align="end" wrap>
            <TextField
              {...form.field("amount")}
              label={`Budsjett ${year} (kr)`}
              inputMode="numeric"
              htmlSize={14}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
            <TextField
              {...form.field("alternativePrice")}
              label="Alternativpris per natt (kr)"
              inputMode="numeric"
              htmlSize={8}
              value={alternativePrice}
              onChange={(e) => setAlternativePrice(e.target.value)}
            />
            <Button type="submit" loading={form.busy}>
              Lagre budsjett
            </Button>
          </HStack>
          {form.summary}
        </VStack>
      </form>
    </VStack>
  );
}
