// A page's list chosen by the `liste` query parameter (so a link or reload keeps it), loaded
// from the API whenever it changes or `reload()` is called (after an action changed it), with the
// error to show when loading fails. Items belong to the list they were loaded for: after a switch,
// nothing of the previous list is shown (`items` is null while loading).
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { ApiError } from "../api/client";

export function useQueryList<V extends string, T>(
  fallback: V,
  load: (list: V) => Promise<T[]>,
  /** The lists there are: another `liste` in the address is named as unknown, not shown empty. */
  known?: readonly V[],
) {
  const [params, setParams] = useSearchParams();
  const current = (params.get("liste") as V | null) ?? fallback;
  const unknown = known !== undefined && !known.includes(current);
  const [loaded, setLoaded] = useState<{ list: V; version: number; items: T[] } | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState("");

  useEffect(() => {
    if (unknown) {
      setError(`Det finnes ingen liste som heter «${current}». Velg en av fanene.`);
      return;
    }
    let latest = true;
    load(current).then(
      (items) => {
        if (!latest) return;
        setLoaded({ list: current, version, items });
        setError("");
      },
      (failure) => {
        if (latest)
          setError(failure instanceof ApiError ? failure.message : "Kunne ikke hente listen.");
      },
    );
    return () => {
      latest = false;
    };
  }, [current, version, unknown]);

  // After a reload the previous items stay until the new ones come, so the page does not jump.
  const items = loaded?.list === current && !unknown ? loaded.items : null;
  return {
    current,
    choose: (list: V) => setParams({ liste: list }),
    reload: () => setVersion((v) => v + 1),
    items,
    error,
  };
}
