// The request code lists, fetched once per session, with a label lookup.
import { createContext, useContext, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { api } from "./client";
import type { CodeLists } from "./client";

const CodesContext = createContext<CodeLists | null>(null);

export function CodesProvider({ children }: { children: ReactNode }) {
  const [codes, setCodes] = useState<CodeLists | null>(null);
  useEffect(() => {
    api.codes().then(setCodes, () => setCodes(null));
  }, []);
  return <CodesContext.Provider value={codes}>{children}</CodesContext.Provider>;
}

export function useCodes(): CodeLists | null {
  return useContext(CodesContext);
}

export function label(codes: CodeLists | null, list: keyof CodeLists, code: string | null): string {
  if (code === null) return "";
  return codes?.[list].find((entry) => entry.code === code)?.label ?? code;
}
