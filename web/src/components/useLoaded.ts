// A value loaded from the API when the page opens (and again when `deps` change), with the error
// to show when loading fails; `setValue` replaces it after a change the server answered with.
// Only the latest load counts: an answer to a load that `deps` have since replaced (a slow answer
// for last year arriving after this year's) is dropped, never shown under the new choice.
import { useEffect, useState } from "react";
import type { DependencyList } from "react";
import { ApiError } from "../api/client";

export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList, failure: string) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    let latest = true;
    load().then(
      (result) => {
        if (!latest) return;
        setValue(result);
        setError("");
      },
      (problem) => {
        if (latest) setError(problem instanceof ApiError ? problem.message : failure);
      },
    );
    return () => {
      latest = false;
    };
  }, deps);
  return { value, setValue, error };
}
