// A date as Norwegian users type it: dd.mm.åååå (also d.m.åååå, ddmmåååå, and ÅÅÅÅ-MM-DD), or
// picked from Aksel's calendar. The value in and out is the API's "ÅÅÅÅ-MM-DD"; what cannot be read
// as a date is passed on as typed, so the server names the problem beside the field and nothing
// the user wrote is silently dropped.
import { DatePicker, useDatepicker } from "@navikt/ds-react";
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import { isoFromTyped } from "../format";

type DateFieldProps = {
  id?: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** "ÅÅÅÅ-MM-DD", "" when empty, or text that is not a date. */
  value: string;
  onChange: (value: string) => void;
  /** A birth date: the calendar opens on years with a year and month picker, none in the future. */
  birthDate?: boolean;
  size?: "medium" | "small";
  hideLabel?: boolean;
};

function dateOf(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function DateField({
  id,
  label,
  description = "dd.mm.åååå",
  error,
  value,
  onChange,
  birthDate = false,
  size,
  hideLabel,
}: DateFieldProps) {
  // The last value this field reported: a different one comes from outside (a reset, a default).
  const reported = useRef(value);
  const report = (next: string) => {
    reported.current = next;
    onChange(next);
  };
  const { datepickerProps, inputProps, setSelected } = useDatepicker({
    defaultSelected: dateOf(value),
    allowTwoDigitYear: false,
    ...(birthDate ? { fromDate: new Date(1900, 0, 1), toDate: new Date() } : {}),
    onDateChange: (date) => {
      if (date) report(isoOf(date));
    },
  });
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    const date = dateOf(value);
    if (date || value === "") setSelected(date);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new value from outside
  }, [value]);

  return (
    <DatePicker {...datepickerProps} dropdownCaption={birthDate}>
      <DatePicker.Input
        {...inputProps}
        onChange={(event) => {
          inputProps.onChange?.(event);
          const typed = event.target.value.trim();
          report(isoFromTyped(typed) ?? typed);
        }}
        id={id}
        label={label}
        description={description}
        error={error}
        size={size}
        hideLabel={hideLabel}
      />
    </DatePicker>
  );
}
