// What an action did, as an Aksel success Alert in a live region that is always there, so a
// screen reader announces each new message and nothing else on the page moves when it comes.
import { Alert } from "@navikt/ds-react";

export function SuccessStatus({ message, className }: { message: string; className?: string }) {
  return (
    <div role="status" className={className}>
      {message && (
        <Alert variant="success" size="small">
          {message}
        </Alert>
      )}
    </div>
  );
}
