// The municipalities the active office serves, by name (one for most offices): the choice on a
// new request, the name on a request, the choice of municipality on the KOSTRA report.
import { useEffect, useState } from "react";
import { api } from "../api/client";
import type { Municipality } from "../api/client";
import { useMe } from "../auth/session";

export function useServedMunicipalities(): Municipality[] {
  const me = useMe();
  const [served, setServed] = useState<Municipality[]>([]);
  useEffect(() => {
    if (me.activeOfficeId === null) return;
    Promise.all([api.office(me.activeOfficeId), api.municipalities()]).then(
      ([office, all]) =>
        setServed(all.filter((m) => office.municipalityNumbers.includes(m.number))),
      () => setServed([]),
    );
  }, [me.activeOfficeId]);
  return served;
}
