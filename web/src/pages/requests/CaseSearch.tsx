// Finding any of the office's cases by name or identity number, from the request and stay lists.
// The search is in the address (?sok=…), so a reload or the back button keeps it; while it is
// there, its hits replace the page's lists, each request with its stay.
import { useEffect, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { Button, HStack, Heading, Search, VStack } from "@navikt/ds-react";
import { useSearchParams } from "react-router-dom";
import { api, ApiError } from "../../api/client";
import type { RequestSummary } from "../../api/client";
import { ListStatus } from "../../components/ListStatus";
import { RequestTable } from "./RequestTable";

export function CaseSearch({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  const query = params.get("sok") ?? "";
  const [text, setText] = useState(query);
  const [found, setFound] = useState<{ query: string; items: RequestSummary[] } | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    setText(query);
    setError("");
    if (!query) return;
    let latest = true;
    api.searchRequests(query).then(
      (result) => {
        if (latest) setFound({ query, items: result.requests });
      },
      (failure) => {
        if (latest) setError(failure instanceof ApiError ? failure.message : "Kunne ikke søke.");
      },
    );
    return () => {
      latest = false;
    };
  }, [query]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    if (wanted) setParams({ sok: wanted });
  };
  const clear = () => {
    setText("");
    setParams({});
  };
  const items = found?.query === query ? found.items : null;

  return (
    <VStack gap="space-24">
      <form role="search" onSubmit={search} className="case-search">
        <Search
          label="Finn en sak"
          description="Navn eller fødselsnummer. Søker i kontorets henvendelser og opphold."
          variant="primary"
          hideLabel={false}
          size="medium"
          value={text}
          onChange={setText}
          onClear={clear}
          error={error || undefined}
          autoComplete="off"
        />
      </form>
      {query ? (
        <VStack gap="space-16">
          <HStack justify="space-between" align="center" gap="space-8">
            <Heading level="2" size="medium" aria-live="polite">
              {error
                ? "Søket kunne ikke gjøres"
                : items
                  ? `${items.length} treff på «${query}»`
                  : `Søker etter «${query}» …`}
            </Heading>
            <Button variant="tertiary" size="small" onClick={clear}>
              Tilbake til listene
            </Button>
          </HStack>
          {!error && (
            <ListStatus
              items={items}
              error=""
              empty="Ingen av kontorets saker passer. Sjekk stavemåten, eller søk på fødselsnummeret."
            />
          )}
          {items && items.length > 0 && <RequestTable items={items} showStay />}
        </VStack>
      ) : (
        children
      )}
    </VStack>
  );
}
