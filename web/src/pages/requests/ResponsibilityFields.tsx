// Who must help, on the vedtak form: a refusal because another municipality is responsible names
// the municipality the request was sent on to and when; a person who is not a Norwegian citizen and
// has no fixed home in Norway has the limited right of the 2011 regulation, with its assessment.
import { Checkbox, CheckboxGroup, Textarea, UNSAFE_Combobox } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import type { Municipality } from "../../api/client";
import { DateField } from "../../components/DateField";
import type { FormErrors } from "../../components/formErrors";

export interface Responsibility {
  forwardedTo: string;
  forwardedOn: string;
  withoutFixedHome: boolean;
  limitedRightAssessment: string;
}

export function ForwardingFields({
  value,
  onChange,
  form,
}: {
  value: Responsibility;
  onChange: (value: Responsibility) => void;
  form: FormErrors;
}) {
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  useEffect(() => {
    api.municipalities().then(setMunicipalities, () => setMunicipalities([]));
  }, []);
  const options = municipalities.map((m) => ({
    label: `${m.name} (${m.number})`,
    value: m.number,
  }));
  const selected = options.filter((option) => option.value === value.forwardedTo);
  return (
    <>
      <UNSAFE_Combobox
        id={form.fieldId("forwardedTo")}
        label="Kommunen henvendelsen er sendt videre til"
        description="Oppholdskommunen er kommunen der personen faktisk er nå, ikke der personen bor. Er personen her og trenger et sted i natt, har dette kontoret ansvaret. Et avslag fordi en annen kommune har ansvaret krever at henvendelsen sendes dit."
        options={options}
        selectedOptions={selected}
        onToggleSelected={(number, isSelected) =>
          onChange({ ...value, forwardedTo: isSelected ? number : "" })
        }
        error={form.errorFor("forwardedTo")}
      />
      <DateField
        {...form.field("forwardedOn")}
        label="Sendt videre"
        value={value.forwardedOn}
        onChange={(forwardedOn) => onChange({ ...value, forwardedOn })}
      />
    </>
  );
}

export function LimitedRightFields({
  value,
  onChange,
  form,
}: {
  value: Responsibility;
  onChange: (value: Responsibility) => void;
  form: FormErrors;
}) {
  return (
    <>
      <CheckboxGroup
        {...form.field("withoutFixedHome")}
        legend="Bopel"
        hideLegend
        value={value.withoutFixedHome ? ["uten_bopel"] : []}
        onChange={(values: string[]) =>
          onChange({ ...value, withoutFixedHome: values.includes("uten_bopel") })
        }
      >
        <Checkbox
          value="uten_bopel"
          description="Da gjelder den begrensede retten i forskrift om sosiale tjenester for personer uten fast bopel i Norge."
        >
          Personen er ikke norsk statsborger og har ikke fast bopel i Norge
        </Checkbox>
      </CheckboxGroup>
      {value.withoutFixedHome && (
        <Textarea
          {...form.field("limitedRightAssessment")}
          label="Hvor lenge gis hjelpen, og gir EØS-avtalen eller den nordiske konvensjonen mer?"
          description="Hjelp gis til personen kan ventes å få hjelp fra hjemlandet."
          value={value.limitedRightAssessment}
          onChange={(e) => onChange({ ...value, limitedRightAssessment: e.target.value })}
        />
      )}
    </>
  );
}
