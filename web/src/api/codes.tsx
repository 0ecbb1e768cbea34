// The request code lists, fetched once per session, with a label lookup.
import { createContext, useContext, useEffect, useState } from "react";
import type { ReactNode } from "react";
import { api } from "./client";
import type { CodeLists } from "./client";

/** The code lists proper (the legal references ride along in the same answer). */
export type CodeListName = Exclude<keyof CodeLists, "legalReferences">;

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

export function label(codes: CodeLists | null, list: CodeListName, code: string | null): string {
  if (code === null) return "";
  return codes?.[list].find((entry) => entry.code === code)?.label ?? code;
}

/**
 * A section of an act by its key, as the server has it in force today ("forvaltningsloven § 29"
 * for fvl_klagefrist; `short` gives "fvl. § 29"). The web writes no section number itself.
 */
export function cite(codes: CodeLists | null, key: string, short = false): string {
  const reference = codes?.legalReferences.find((entry) => entry.key === key);
  if (!reference) return "";
  return short ? reference.shortCitation : reference.citation;
}

/** "§ 18" without the act, where the text has named it already. */
export function section(codes: CodeLists | null, key: string): string {
  return codes?.legalReferences.find((entry) => entry.key === key)?.section ?? "";
}

/** "Forvaltningsloven § 25" at the start of a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
