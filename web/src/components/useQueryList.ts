// A page's list chosen by the `liste` query parameter (so a link or reload keeps it), loaded
// from the API whenever it changes, with the error to show when loading fails. Items belong to
// the list they were loaded for: after a switch, nothing of the previous list is shown.
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { ApiError } from "../api/client";

export function useQueryList<V extends string, T>(fallback: V, load: (list: V) => Promise<T[]>) {
  const [params, setParams] = useSearchParams();
  const current = (params.get("liste") as V | null) ?? fallback;
  const [loaded, setLoaded] = useState<{ list: V; items: T[] } | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    load(current).then(
      (items) => {
        setLoaded({ list: current, items });
        setError("");
      },
      (failure) =>
        setError(failure instanceof ApiError ? failure.message : "Kunne ikke hente listen."),
    );
  }, [current]);

  const items = loaded?.list === current ? loaded.items : null;
  return { current, choose: (list: V) => setParams({ liste: list }), items, error };
}
