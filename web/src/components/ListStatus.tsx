// What a list shows when it has no rows to show: the error it got, a spinner while it loads, or
// what «empty» means for it. Nothing once there are rows.
import { Alert, BodyShort, Loader } from "@navikt/ds-react";

export function ListStatus({
  items,
  error,
  empty,
}: {
  items: readonly unknown[] | null;
  error: string;
  empty: string;
}) {
  if (error) return <Alert variant="error">{error}</Alert>;
  if (items === null) return <Loader size="large" title="Henter listen …" />;
  if (items.length === 0) return <BodyShort>{empty}</BodyShort>;
  return null;
}
