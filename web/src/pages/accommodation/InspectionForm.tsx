// A new inspection: each quality requirement of rundskriv U-5/2003 as I orden / Ikke i orden /
// Ikke relevant (a note when not in order), the problems seen (survey Label33), the verdict and
// the date of the next inspection.
import { Button, HStack, Radio, RadioGroup, TextField, Textarea, VStack } from "@navikt/ds-react";
import { useState } from "react";
import type { FormEvent } from "react";
import type { InspectionInput } from "../../api/client";
import { useCodes } from "../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../components/CodeFields";
import { useFormErrors } from "../../components/formErrors";
import { isoToday } from "../../format";
import { DateField } from "../../components/DateField";

function nextYear(iso: string): string {
  const [year, rest] = [iso.slice(0, 4), iso.slice(4)];
  return `${Number(year) + 1}${rest}`;
}

export function InspectionForm({
  onSave,
}: {
  onSave: (input: InspectionInput) => Promise<unknown>;
}) {
  const codes = useCodes();
  const form = useFormErrors("inspection");
  const [inspectedOn, setInspectedOn] = useState(isoToday());
  const [inspector, setInspector] = useState("");
  const [results, setResults] = useState<Record<string, { result: string; note: string }>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [problemNote, setProblemNote] = useState("");
  const [verdict, setVerdict] = useState("");
  const [nextDueOn, setNextDueOn] = useState(nextYear(isoToday()));
  const items = codes?.qualityItem ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await form.submit(() =>
      onSave({
        inspectedOn,
        inspector,
        items: items
          .filter((item) => results[item.code])
          .map((item) => ({ code: item.code, ...results[item.code] })),
        problems,
        problemNote,
        verdict,
        nextDueOn,
      }),
    );
  }

  return (
    <form id="inspection" onSubmit={submit} noValidate>
      <VStack gap="space-16" style={{ maxWidth: "48rem" }}>
        <HStack gap="space-16" wrap>
          <DateField
            {...form.field("inspectedOn")}
            label="Kontrollert dato"
            value={inspectedOn}
            onChange={(value) => setInspectedOn(value)}
          />
          <TextField
            {...form.field("inspector")}
            label="Kontrollert av"
            value={inspector}
            onChange={(e) => setInspector(e.target.value)}
          />
        </HStack>
        <div id={form.fieldId("items")} tabIndex={-1}>
          {items.map((item, index) => (
            <VStack key={item.code} gap="space-4" style={{ marginBottom: "var(--ax-space-12)" }}>
              <RadioGroup
                id={form.fieldId(`items.${index}.result`)}
                legend={`${index + 1}. ${item.label}`}
                value={results[item.code]?.result ?? ""}
                onChange={(value: string) =>
                  setResults({
                    ...results,
                    [item.code]: { result: value, note: results[item.code]?.note ?? "" },
                  })
                }
                error={
                  form.errorFor(`items.${index}`) ??
                  (index === 0 ? form.errorFor("items") : undefined)
                }
              >
                <HStack gap="space-16">
                  <Radio value="ok">I orden</Radio>
                  <Radio value="ikke_ok">Ikke i orden</Radio>
                  <Radio value="ikke_relevant">Ikke relevant</Radio>
                </HStack>
              </RadioGroup>
              {results[item.code]?.result === "ikke_ok" && (
                <TextField
                  id={form.fieldId(`items.${index}.note`)}
                  label={`Hva er ikke i orden? (${item.label.toLowerCase()})`}
                  value={results[item.code]?.note ?? ""}
                  onChange={(e) =>
                    setResults({
                      ...results,
                      [item.code]: { result: "ikke_ok", note: e.target.value },
                    })
                  }
                />
              )}
            </VStack>
          ))}
        </div>
        <CodeCheckboxGroup
          {...form.field("problems")}
          list="qualityProblem"
          legend="Utfordringer registrert"
          value={problems}
          onChange={setProblems}
        />
        {problems.includes("andre") && (
          <Textarea
            {...form.field("problemNote")}
            label="Beskriv de andre utfordringene"
            value={problemNote}
            onChange={(e) => setProblemNote(e.target.value)}
          />
        )}
        <CodeRadioGroup
          {...form.field("verdict")}
          list="verdict"
          legend="Vurdering"
          value={verdict}
          onChange={setVerdict}
        />
        <DateField
          {...form.field("nextDueOn")}
          label="Neste kontroll"
          value={nextDueOn}
          onChange={(value) => setNextDueOn(value)}
        />
        {form.summary}
        <div>
          <Button type="submit" loading={form.busy}>
            Registrer kontroll
          </Button>
        </div>
      </VStack>
    </form>
  );
}
