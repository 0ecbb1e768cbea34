// Finding the person a new request is for, by identity number: found here; known only at
// another office (register them here, which is logged, and go on); or not known at all (register
// a new person, with the number or, for someone without one, a Husly reference).
import { useState } from "react";
import { api } from "../../../api/client";
import type { Person } from "../../../api/client";
import { useFormErrors } from "../../../components/formErrors";

export type LookupMode = "search" | "elsewhere" | "new-with-number" | "new-without-number";

export function usePersonLookup(onFound: (person: Person) => void) {
  const [number, setNumber] = useState("");
  const [mode, setMode] = useState<LookupMode>("search");
  const search = useFormErrors("find-person");
  const create = useFormErrors("new-person");
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [birthDate, setBirthDate] = useState("");

  /** A new number is a new search: what the last one found no longer holds. */
  function changeNumber(value: string) {
    setNumber(value);
    if (mode === "new-with-number" || mode === "elsewhere") setMode("search");
  }

  async function find() {
    if (!number.trim())
      return search.setErrors([{ field: "identityNumber", message: "Skriv fødselsnummeret." }]);
    const result = await search.submit(() => api.findPersonByNumber(number));
    if (!result) return;
    if (result.matches.length > 0) onFound(result.matches[0]);
    else if (result.registeredElsewhere) setMode("elsewhere");
    else setMode("new-with-number");
  }

  // Known at another office: the lookup says only that. Registering the number here links the
  // person to this office (logged), and then their details show.
  async function link() {
    const person = await search.submit(() => api.createPerson({ identityNumber: number }));
    if (person) onFound(person);
  }

  async function register() {
    const person = await create.submit(() =>
      api.createPerson({
        ...(mode === "new-with-number" ? { identityNumber: number } : {}),
        firstName,
        lastName,
        ...(birthDate ? { birthDate } : {}),
      }),
    );
    if (person) onFound(person);
  }

  return {
    number,
    changeNumber,
    mode,
    setMode,
    search,
    find,
    link,
    /** The new person's details, kept while the mode changes back and forth. */
    newPerson: {
      form: create,
      firstName,
      setFirstName,
      lastName,
      setLastName,
      birthDate,
      setBirthDate,
      register,
    },
  };
}

export type PersonLookup = ReturnType<typeof usePersonLookup>;
