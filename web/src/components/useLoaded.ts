// A value loaded from the API when the page opens (and again when `deps` change), with the error
// to show when loading fails; `setValue` replaces it after a change the server answered with.
import { useEffect, useState } from "react";
import type { DependencyList } from "react";
import { ApiError } from "../api/client";

export function useLoaded<T>(load: () => Promise<T>, deps: DependencyList, failure: string) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    load().then(
      (result) => {
        setValue(result);
        setError("");
      },
      (problem) => setError(problem instanceof ApiError ? problem.message : failure),
    );
  }, deps);
  return { value, setValue, error };
}
