// Shows API errors the Aksel way: an ErrorSummary linking to each field, and the message beside
// the field itself.
import { ErrorSummary } from "@navikt/ds-react";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "../api/client";

export interface FieldError {
  field: string | null;
  message: string;
}

/**
 * Every problem an error names: all of a form checked as a whole (each beside its field and in
 * the summary at once), else the one field the API blamed.
 */
export function toFieldErrors(error: unknown): FieldError[] {
  if (error instanceof ApiError) {
    if (error.problems.length > 0)
      return error.problems.map((problem) => ({ field: problem.field, message: problem.message }));
    return [{ field: error.field, message: error.message }];
  }
  return [{ field: null, message: "Noe gikk galt. Prøv igjen." }];
}

/**
 * Moves focus to the field an error names: the input itself, or the first input of a group (a
 * fieldset of radios or checkboxes cannot take focus, so a plain link would leave focus behind).
 */
function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const focusable = target.matches("input, textarea, select, button")
    ? target
    : target.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, button");
  if (!focusable) return false;
  focusable.scrollIntoView({ block: "center" });
  focusable.focus();
  return true;
}

/** Form error state: `errorFor(field)` for inline errors, `summary` to render above the button. */
export function useFormErrors(formId: string) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  const fieldId = (field: string) => `${formId}-${field.replace(/[^a-zA-Z0-9]/g, "-")}`;
  // "members[0].birthDate" belongs to that input; a form that shows "roles" as one input also
  // takes "roles[0].role".
  const matches = (errorField: string, field: string) =>
    errorField === field ||
    errorField.startsWith(`${field}[`) ||
    errorField.startsWith(`${field}.`);
  const errorFor = (field: string) =>
    errors.find((error) => error.field !== null && matches(error.field, field))?.message;
  const anchorFor = (errorField: string) => {
    if (document.getElementById(fieldId(errorField))) return fieldId(errorField);
    return fieldId(errorField.split(/[[.]/)[0]);
  };

  const summary =
    errors.length > 0 ? (
      <ErrorSummary ref={summaryRef} heading="Du må rette dette før du kan gå videre">
        {errors.map((error) => (
          <ErrorSummary.Item
            key={`${error.field}-${error.message}`}
            href={`#${error.field ? anchorFor(error.field) : formId}`}
            onClick={(event) => {
              if (focusField(error.field ? anchorFor(error.field) : formId)) event.preventDefault();
            }}
          >
            {error.message}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary>
    ) : null;

  /** Runs a form's action: busy while it runs, errors shown when it fails (then null). */
  async function submit<T>(action: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    try {
      const result = await action();
      setErrors([]);
      return result;
    } catch (error) {
      setErrors(toFieldErrors(error));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return {
    /** The id and inline error of a field's input: `<TextField {...form.field("x")} />`. */
    field: (name: string) => ({ id: fieldId(name), error: errorFor(name) }),
    errors,
    busy,
    submit,
    setErrors,
    clear: () => setErrors([]),
    fail: (error: unknown) => setErrors(toFieldErrors(error)),
    fieldId,
    errorFor,
    summary,
  };
}

/** A form's error state, for the parts of a form that live in components of their own. */
export type FormErrors = ReturnType<typeof useFormErrors>;
