// Checkbox groups, radio groups and selects whose options are one of the server's code lists
// (GET /api/v1/codes).
import type { CodeListName } from "../api/codes";
import { Checkbox, CheckboxGroup, Radio, RadioGroup, Select } from "@navikt/ds-react";
import type { CheckboxGroupProps, RadioGroupProps, SelectProps } from "@navikt/ds-react";
import type { CodeEntry } from "../api/client";
import { useCodes } from "../api/codes";

interface CodeListProps {
  list: CodeListName;
  /** Which entries to offer (all when absent). */
  include?: (entry: CodeEntry) => boolean;
}

function useEntries({ list, include }: CodeListProps): CodeEntry[] {
  const codes = useCodes();
  // A retired code still labels what was stored before its rule changed, but is never offered.
  return (codes?.[list] ?? []).filter((entry) => !entry.retired && (include?.(entry) ?? true));
}

export function CodeCheckboxGroup({
  list,
  include,
  ...props
}: CodeListProps & Omit<CheckboxGroupProps, "children">) {
  const entries = useEntries({ list, include });
  return (
    <CheckboxGroup {...props}>
      {entries.map((entry) => (
        <Checkbox key={entry.code} value={entry.code}>
          {entry.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

export function CodeRadioGroup({
  list,
  include,
  ...props
}: CodeListProps & Omit<RadioGroupProps, "children">) {
  const entries = useEntries({ list, include });
  return (
    <RadioGroup {...props}>
      {entries.map((entry) => (
        <Radio key={entry.code} value={entry.code}>
          {entry.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}

/** A select of a code list; with `placeholder`, an empty first choice. */
export function CodeSelect({
  list,
  include,
  placeholder,
  ...props
}: CodeListProps & { placeholder?: string } & Omit<SelectProps, "children">) {
  const entries = useEntries({ list, include });
  return (
    <Select {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {entries.map((entry) => (
        <option key={entry.code} value={entry.code}>
          {entry.label}
        </option>
      ))}
    </Select>
  );
}
