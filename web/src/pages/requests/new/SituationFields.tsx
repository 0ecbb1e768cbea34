// The person's situation: why they have nowhere to live, the groups they belong to (families
// with children and under-25s are derived from the household, not ticked), the network, where
// they live now, the services they need, and the special categories (health data, kept apart).
import { Checkbox, CheckboxGroup, Select, TextField, Textarea } from "@navikt/ds-react";
import { useCodes } from "../../../api/codes";
import { CodeCheckboxGroup, CodeRadioGroup } from "../../../components/CodeFields";
import type { FormErrors } from "../../../components/formErrors";
import type { DraftState } from "./useRequestDraft";

export function SituationFields({
  draft: { draft, change },
  form,
}: {
  draft: DraftState;
  form: FormErrors;
}) {
  const codes = useCodes();
  return (
    <>
      <CodeCheckboxGroup
        list="reason"
        legend="Hvorfor har personen ikke et sted å bo?"
        id={form.fieldId("reasons")}
        value={draft.reasons}
        onChange={(reasons: string[]) => change({ reasons })}
        error={form.errorFor("reasons")}
      />
      <Textarea
        id={form.fieldId("reasonText")}
        label="Utdyp (valgfritt)"
        value={draft.reasonText}
        onChange={(event) => change({ reasonText: event.target.value })}
        error={form.errorFor("reasonText")}
        maxLength={2000}
      />

      <CodeCheckboxGroup
        list="group"
        include={(entry) => !entry.derived}
        legend="Hvilke grupper hører personen til?"
        description="Barnefamilie og unge under 25 år regnes ut fra husstanden."
        id={form.fieldId("groups")}
        value={draft.groups}
        onChange={(groups: string[]) => change({ groups })}
        error={form.errorFor("groups")}
      />

      <CodeRadioGroup
        list="network"
        legend="Kan personen bo hos familie eller venner?"
        id={form.fieldId("network")}
        value={draft.network}
        onChange={(network: string) => change({ network })}
        error={form.errorFor("network")}
      />
      <TextField
        id={form.fieldId("networkNote")}
        label="Merknad om nettverk (valgfritt)"
        value={draft.networkNote}
        onChange={(event) => change({ networkNote: event.target.value })}
        error={form.errorFor("networkNote")}
      />

      <Select
        id={form.fieldId("housingSituation")}
        label="Bosituasjon nå"
        value={draft.housing}
        onChange={(event) => change({ housing: event.target.value })}
        error={form.errorFor("housingSituation")}
      >
        <option value="">Ikke oppgitt</option>
        {codes?.housingSituation.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.label}
          </option>
        ))}
      </Select>

      <CodeCheckboxGroup
        list="serviceNeed"
        legend="Behov for tjenester"
        id={form.fieldId("serviceNeeds")}
        value={draft.needs}
        onChange={(needs: string[]) => change({ needs })}
        error={form.errorFor("serviceNeeds")}
      />

      <CheckboxGroup
        legend="Særlige kategorier"
        description="Helseopplysninger. Vises bare for veiledere og ledere ved kontoret, aldri i lister."
        value={draft.sensitive}
        onChange={(sensitive: string[]) => change({ sensitive })}
      >
        <Checkbox value="substanceUse">Rusproblemer</Checkbox>
        <Checkbox value="mentalHealth">Psykiske helseproblemer</Checkbox>
      </CheckboxGroup>
    </>
  );
}
