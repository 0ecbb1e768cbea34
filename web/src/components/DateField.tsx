// A date typed as ÅÅÅÅ-MM-DD, the one way dates are entered in Husly (the server checks them).
import { TextField } from "@navikt/ds-react";
import type { TextFieldProps } from "@navikt/ds-react";

export function DateField({
  description = "ÅÅÅÅ-MM-DD",
  ...props
}: Omit<TextFieldProps, "htmlSize">) {
  return <TextField {...props} description={description} htmlSize={12} />;
}
