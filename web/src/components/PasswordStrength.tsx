// Live feedback on a new password's strength (passwordEstimate.ts: zxcvbn-ts, as the server's
// libzxcvbn; the server's verdict is the one that counts).
import { BodyShort } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { loadEstimator, minimumScore } from "./passwordEstimate";
import type { Estimate } from "./passwordEstimate";

const labels = ["Svært svakt", "Svakt", "Middels", "Sterkt", "Svært sterkt"];

/** Shows how hard `password` is to guess; Husly asks for at least «Sterkt» (zxcvbn score 3). */
export function PasswordStrength({
  password,
  userInputs = [],
}: {
  password: string;
  userInputs?: string[];
}) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const inputs = userInputs.join("\u0000");
  useEffect(() => {
    let current = true;
    if (!password) {
      setEstimate(null);
      return;
    }
    loadEstimator().then(
      (estimator) => current && setEstimate(estimator(password, inputs.split("\u0000"))),
      () => current && setEstimate(null),
    );
    return () => {
      current = false;
    };
  }, [password, inputs]);
  if (!password || !estimate) return null;
  const strong = estimate.score >= minimumScore;
  return (
    <BodyShort size="small" aria-live="polite" data-testid="password-strength">
      Styrke: {labels[estimate.score]}.{" "}
      {strong
        ? "Godt nok."
        : `${estimate.warning || "For lett å gjette."} Bruk gjerne flere tilfeldige ord etter hverandre.`}
    </BodyShort>
  );
}
