// The office's year (leder): spend by kind of place, cost per bed-night, the budget with spend to
// date and the forecast at the current run-rate, and what the office's own units cost against the
// same bed-nights at an alternative price (Bolig Nu's comparison, docs/domain.md#economics). Each
// measure once, with what it counts: a night is one household's night, a bodøgn one person's.
import {
  BodyShort,
  Button,
  HStack,
  Heading,
  List,
  Table,
  TextField,
  VStack,
} from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { api } from "../../api/client";
import type { OfficeEconomics } from "../../api/client";
import { label, useCodes } from "../../api/codes";
import { useFormErrors } from "../../components/formErrors";
import { formatNumber, kroner } from "../../format";

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
  const perBedNight = (cost: number, bedNights: number) =>
    bedNights === 0 ? 0 : Math.round(cost / bedNights);
  return (
    <VStack gap="space-24">
      {/* Focusable: on a phone the table scrolls sideways, and the keyboard must reach it. */}
      <Table size="small" tabIndex={0}>
        <caption>
          <Heading level="2" size="small" align="start">
            Forbruk {economics.year} etter type botilbud (til og med i natt)
          </Heading>
          <BodyShort size="small" textColor="subtle" align="start">
            Netter: nettene husstandene bodde der. Bodøgn: personer × netter, altså én person i én
            natt.
          </BodyShort>
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
          {economics.byKind.flatMap((line) => [
            <Table.Row key={line.kind}>
              <Table.HeaderCell scope="row">
                {line.kind === "kommunal"
                  ? "Kommunale midlertidige botilbud (alle kommuners enheter kontoret har brukt)"
                  : label(codes, "providerKind", line.kind)}
              </Table.HeaderCell>
              <Table.DataCell align="right">{formatNumber(line.nights)}</Table.DataCell>
              <Table.DataCell align="right">{formatNumber(line.bedNights)}</Table.DataCell>
              <Table.DataCell align="right">{kroner(line.cost)}</Table.DataCell>
              <Table.DataCell align="right">{kroner(line.costPerBedNight)}</Table.DataCell>
            </Table.Row>,
            ...(line.kind === "kommunal"
              ? [
                  <Table.Row key="egne">
                    <Table.HeaderCell scope="row">
                      herav kontorets egne enheter (registrert av kontoret)
                    </Table.HeaderCell>
                    <Table.DataCell align="right">{formatNumber(own.nights)}</Table.DataCell>
                    <Table.DataCell align="right">{formatNumber(own.bedNights)}</Table.DataCell>
                    <Table.DataCell align="right">{kroner(own.cost)}</Table.DataCell>
                    <Table.DataCell align="right">
                      {kroner(perBedNight(own.cost, own.bedNights))}
                    </Table.DataCell>
                  </Table.Row>,
                ]
              : []),
          ])}
          <Table.Row>
            <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
            <Table.DataCell align="right">{formatNumber(economics.total.nights)}</Table.DataCell>
            <Table.DataCell align="right">{formatNumber(economics.total.bedNights)}</Table.DataCell>
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
      <section aria-labelledby="egne-enheter-heading">
        <Heading id="egne-enheter-heading" level="2" size="small" spacing>
          Kontorets egne enheter: faktisk kostnad mot alternativ pris
        </Heading>
        <VStack gap="space-8">
          <BodyShort>
            {formatNumber(own.bedNights)} bodøgn i kontorets egne enheter kostet {kroner(own.cost)}.
            Kjøpt til den alternative prisen, {kroner(economics.alternativePrice)} per bodøgn, ville
            de samme bodøgnene kostet {kroner(own.alternativeCost)}
            {own.alternativeCost > own.cost
              ? `, altså ${kroner(own.alternativeCost - own.cost)} mer.`
              : own.alternativeCost < own.cost
                ? `, altså ${kroner(own.cost - own.alternativeCost)} mindre.`
                : "."}
          </BodyShort>
          <List size="small">
            <List.Item>
              Kontorets egne enheter: kommunale enheter som kontoret selv har registrert. Andre
              kommuners kommunale enheter som kontoret har brukt, står bare i linjen over.
            </List.Item>
            <List.Item>
              Alternativ pris: hva ett bodøgn (én person i én natt) ville kostet et annet sted, for
              eksempel på et pensjonat. Prisen kan endres under.
            </List.Item>
          </List>
        </VStack>
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
              label="Alternativ pris per bodøgn (kr)"
              description="Én person i én natt"
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
