// A page's list chosen by the `liste` query parameter (so a link or reload keeps it), loaded
// from the API whenever it changes, with the error to show when loading fails.
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { ApiError } from "../api/client";

export function useQueryList<V extends string, T>(fallback: V, load: (list: V) => Promise<T[]>) {
  const [params, setParams] = useSearchParams();
  const current = (params.get("liste") as V | null) ?? fallback;
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    setItems(null);
    load(current).then(
      (result) => {
        setItems(result);
        setError("");
      },
      (failure) =>
        setError(failure instanceof ApiError ? failure.message : "Kunne ikke hente listen."),
    );
  }, [current]);

  return { current, choose: (list: V) => setParams({ liste: list }), items, error };
}
