// How the request came: acute or not (focused first: the next decision once the person is
// found), the channel, and which of the office's municipalities it belongs to.
import { Checkbox, Select } from "@navikt/ds-react";
import { useEffect, useRef } from "react";
import { CodeRadioGroup } from "../../../components/CodeFields";
import type { FormErrors } from "../../../components/formErrors";
import { useServedMunicipalities } from "../../../components/useServedMunicipalities";
import type { DraftState } from "./useRequestDraft";

export function ArrivalFields({
  draft: { draft, change },
  form,
  focusAcute = true,
}: {
  draft: DraftState;
  form: FormErrors;
  /** A new request: focus lands on «Akutt», the next decision once the person is found. */
  focusAcute?: boolean;
}) {
  const municipalities = useServedMunicipalities();
  const acuteRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusAcute) acuteRef.current?.focus();
  }, [focusAcute]);

  return (
    <>
      <Checkbox
        ref={acuteRef}
        checked={draft.acute}
        onChange={(event) => change({ acute: event.target.checked })}
        description="Trenger et sted å sove i natt. Vises på listen «Trenger svar i dag» til den har et utfall."
      >
        Akutt
      </Checkbox>

      <CodeRadioGroup
        list="channel"
        legend="Kanal"
        id={form.fieldId("channel")}
        value={draft.channel}
        onChange={(channel: string) => change({ channel })}
        error={form.errorFor("channel")}
      />

      {municipalities.length > 1 && (
        <Select
          id={form.fieldId("municipalityNumber")}
          label="Kommune"
          description="Kommunen som har ansvaret. Tallene til KOSTRA telles per kommune."
          value={draft.municipality || municipalities[0].number}
          onChange={(event) => change({ municipality: event.target.value })}
          error={form.errorFor("municipalityNumber")}
        >
          {municipalities.map((m) => (
            <option key={m.number} value={m.number}>
              {m.name}
            </option>
          ))}
        </Select>
      )}
    </>
  );
}
