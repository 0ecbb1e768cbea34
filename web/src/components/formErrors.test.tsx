import { act, cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { toFieldErrors, useFormErrors } from "./formErrors";
import type { FormErrors } from "./formErrors";

afterEach(cleanup);

const threeProblems = new ApiError(
  422,
  "unknown_code",
  "Velg hvordan henvendelsen kom inn.",
  "channel",
  [
    { field: "channel", message: "Velg hvordan henvendelsen kom inn." },
    { field: "housingSituation", message: "Ukjent bosituasjon." },
    { field: "members[0].birthDate", message: "Fødselsdatoen kan ikke være fram i tid." },
  ],
);

describe("toFieldErrors", () => {
  it("gives every problem of a form checked as a whole, in its order", () => {
    expect(toFieldErrors(threeProblems)).toEqual([
      { field: "channel", message: "Velg hvordan henvendelsen kom inn." },
      { field: "housingSituation", message: "Ukjent bosituasjon." },
      { field: "members[0].birthDate", message: "Fødselsdatoen kan ikke være fram i tid." },
    ]);
  });

  it("gives the one field the API blamed when it lists none", () => {
    const conflict = new ApiError(409, "unit_full", "Plassen er ikke lenger ledig.", "unitId");
    expect(toFieldErrors(conflict)).toEqual([
      { field: "unitId", message: "Plassen er ikke lenger ledig." },
    ]);
    const general = new ApiError(403, "forbidden", "Du har ikke tilgang til dette.", null);
    expect(toFieldErrors(general)).toEqual([
      { field: null, message: "Du har ikke tilgang til dette." },
    ]);
  });

  it("gives a general message for anything that is not the API's error", () => {
    expect(toFieldErrors(new TypeError("x"))).toEqual([
      { field: null, message: "Noe gikk galt. Prøv igjen." },
    ]);
  });
});

describe("useFormErrors", () => {
  const fields = ["channel", "housingSituation", "members[0].birthDate", "network"];
  let form: FormErrors | undefined;

  function Probe() {
    form = useFormErrors("new-request");
    return (
      <div>
        {fields.map((field) => (
          <p key={field} id={form!.fieldId(field)} data-testid={field}>
            {form!.errorFor(field) ?? ""}
          </p>
        ))}
        {form.summary}
      </div>
    );
  }

  it("shows every problem beside its field and in the summary at once", async () => {
    render(<Probe />);
    await act(async () => {
      await form!.submit(() => Promise.reject(threeProblems));
    });
    expect(screen.getByTestId("channel").textContent).toBe("Velg hvordan henvendelsen kom inn.");
    expect(screen.getByTestId("housingSituation").textContent).toBe("Ukjent bosituasjon.");
    expect(screen.getByTestId("members[0].birthDate").textContent).toBe(
      "Fødselsdatoen kan ikke være fram i tid.",
    );
    expect(screen.getByTestId("network").textContent).toBe("");

    const links = within(screen.getByRole("list")).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Velg hvordan henvendelsen kom inn.",
      "Ukjent bosituasjon.",
      "Fødselsdatoen kan ikke være fram i tid.",
    ]);
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "#new-request-channel",
      "#new-request-housingSituation",
      "#new-request-members-0--birthDate",
    ]);
  });

  it("clears them all when the form succeeds", async () => {
    render(<Probe />);
    await act(async () => {
      form!.fail(threeProblems);
    });
    expect(screen.getAllByRole("link")).toHaveLength(3);
    await act(async () => {
      await form!.submit(() => Promise.resolve("ok"));
    });
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(screen.getByTestId("channel").textContent).toBe("");
  });
});
