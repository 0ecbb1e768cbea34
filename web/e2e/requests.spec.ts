import { expect, request, test } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  screenshot,
  screenshotsAtBothWidths,
  openFromMenu,
  norwegianDay,
} from "./helpers";

// Synthetic numbers (month + 80); a different one per database run, since both projects start
// from fresh databases this is only to keep runs independent.
const knownPerson = "01819012365"; // born 1990-01-01
const osloPerson = "02819010040"; // born 1990-01-02, registered in Oslo by the test

test("front desk: register a person, an acute oral request in a few keystrokes, and its outcome", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Henvendelser");
  await expect(page.getByRole("heading", { name: "Henvendelser", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // First visit: the person is new. A wrong number is refused beside the field.
  await page.getByRole("button", { name: "Ny henvendelse" }).click();
  const numberField = page.getByLabel("Fødselsnummer eller D-nummer");
  await expect(numberField).toBeFocused();
  await page.keyboard.type("01819012366");
  await page.keyboard.press("Enter");
  await expect(page.getByText("kontrollsifrene stemmer ikke").first()).toBeVisible();
  await expect(numberField).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, testInfo, "intake-invalid-number");
  await numberField.fill(knownPerson);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: /Personen er ikke registrert fra før/ }),
  ).toBeVisible();
  await page.getByLabel("Fornavn").fill("Kari");
  await page.getByLabel("Etternavn").fill("Nordmann");
  await page.keyboard.press("Enter");

  // The request form: every problem at once, each beside its field and all in the summary (a
  // child born in the future, another without a birth date).
  await expect(page.getByRole("heading", { name: "Kari Nordmann" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Akutt", exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Legg til barn" }).click();
  await page.getByRole("button", { name: "Legg til barn" }).click();
  const firstNames = page.getByLabel("Fornavn");
  const birthDates = page.getByLabel("Fødselsdato");
  await firstNames.nth(0).fill("Ola");
  await birthDates.nth(0).fill("2099-01-01");
  await firstNames.nth(1).fill("Ida");
  await page.getByRole("button", { name: "Registrer henvendelse" }).click();
  const future = page.getByRole("link", { name: "Fødselsdatoen kan ikke være fram i tid." });
  const missing = page.getByRole("link", { name: "Skriv barnets fødselsdato." });
  await expect(future).toBeVisible();
  await expect(missing).toBeVisible();
  await expect(birthDates.nth(0)).toHaveAttribute("aria-invalid", "true");
  await expect(birthDates.nth(1)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv barnets fødselsdato.")).toHaveCount(2); // beside it, and linked
  await screenshot(page, testInfo, "intake-error");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Fjern barn 2" }).click();
  await birthDates.nth(0).fill("01.05.2019");
  // The situation can wait; opened here to give the reason now.
  await page
    .getByRole("region", { name: "Situasjon, nettverk og behov" })
    .getByRole("button", { name: "Vis mer" })
    .click();
  await page.getByRole("checkbox", { name: "Samlivsbrudd" }).check();
  await page.getByRole("checkbox", { name: "Akutt", exact: true }).check();
  await page.getByRole("button", { name: "Registrer henvendelse" }).click();
  await expect(page.getByRole("heading", { name: "Henvendelse fra Kari Nordmann" })).toBeVisible();
  await expect(page.getByText("Barnefamilie", { exact: true })).toBeVisible();
  await screenshot(page, testInfo, "request");
  await expectAccessible(page);

  // The child's birth date was wrong: corrected, with the change kept and shown.
  await page.getByRole("button", { name: "Endre henvendelsen" }).click();
  const correction = page.locator("#correct-request");
  await correction.getByLabel("Fødselsdato").fill("02.05.2019");
  await correction.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();
  await expect(page.getByText("Barn: Ola, født 02.05.2019")).toBeVisible();
  await expect(page.getByText(/Endret .* av Vera Veileder: husstanden\./)).toBeVisible();
  await expectAccessible(page);

  // It waits on "Trenger svar i dag" until it has an outcome.
  await page.getByRole("link", { name: "Tilbake til henvendelser" }).click();
  await expect(page.getByRole("link", { name: "Kari Nordmann" })).toBeVisible();
  await screenshot(page, testInfo, "requests-today");
  await page.getByRole("link", { name: "Kari Nordmann" }).click();

  // Money for tonight is a § 18 decision of its own, with its letter; the request stays open.
  const cash = page.getByRole("region", { name: "Penger til overnatting (§ 18)" });
  await cash.getByRole("button", { name: "Registrer vedtak om penger til overnatting" }).click();
  await cash.getByRole("radio", { name: "Innvilget" }).check();
  await cash.getByLabel("Beløp i kroner").fill("1 200");
  await cash.getByRole("button", { name: "Fatt vedtak om stønad" }).click();
  await expect(cash.getByText("Skriv begrunnelsen", { exact: false }).first()).toBeVisible();
  await expect(cash.getByLabel("Begrunnelse")).toHaveAttribute("aria-invalid", "true");
  await cash.getByLabel("Begrunnelse").fill("Ingen ledig plass i natt og ingen penger til hotell.");
  await cash.getByRole("button", { name: "Fatt vedtak om stønad" }).click();
  await expect(cash.getByRole("cell", { name: /Innvilget 1\s200 kr for 1 natt/ })).toBeVisible();
  await expect(cash.getByRole("link", { name: /Last ned brevet om stønad/ })).toBeVisible();
  // Its appeal deadline runs from when it was given, recorded as for the § 27 vedtak.
  await expect(cash.getByRole("cell", { name: /Ikke begynt/ })).toBeVisible();
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "cash-assistance");
  await cash.getByRole("radio", { name: "Overlevert personlig" }).check();
  await cash.getByLabel("Dato vedtaket ble overlevert").fill(norwegianDay(0));
  await cash.getByRole("button", { name: "Registrer at vedtaket er gitt" }).click();
  await expect(cash.getByRole("cell", { name: /^\d{2}\.\d{2}\.\d{4}$/ }).nth(1)).toBeVisible();
  await expect(cash.getByText(/Klagefristen er ikke begynt å løpe/)).toHaveCount(0);

  // No outcome is chosen in advance, and «only advice» is no way to close a request for a place.
  await expect(page.getByRole("radio", { name: /Kun råd og veiledning/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Registrer utfall" }).click();
  await expect(page.getByText("Velg et utfall.").first()).toBeVisible();
  await page.getByRole("radio", { name: "Trukket av personen" }).check();
  await page.getByRole("button", { name: "Registrer utfall" }).click();
  await expect(page.getByText(/Skriv når og hvordan personen trakk/).first()).toBeVisible();
  await page
    .getByLabel("Når og hvordan trakk personen henvendelsen?")
    .fill("Ringte i ettermiddag: kan bo hos søsteren sin likevel.");
  await page.getByRole("button", { name: "Registrer utfall" }).click();
  await expect(page.getByText(/Trukket av personen –/)).toBeVisible();
  // A withdrawn request offers no more decisions or bookings.
  await expect(
    page.getByRole("button", { name: "Registrer vedtak om penger til overnatting" }),
  ).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Fatt vedtak" })).toHaveCount(0);
  await page.getByRole("link", { name: "Tilbake til henvendelser" }).click();
  await expect(page.getByRole("tab", { name: "Trenger svar i dag" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByRole("link", { name: "Kari Nordmann" })).toHaveCount(0);

  // Second visit by the same person: an acute oral request with the keyboard alone.
  await page.getByRole("button", { name: "Ny henvendelse" }).click();
  await expect(page.getByLabel("Fødselsnummer eller D-nummer")).toBeFocused();
  const steps: string[] = [];
  const step = async (description: string, action: () => Promise<void>) => {
    steps.push(description);
    await action();
  };
  await step("type the number", () => page.keyboard.type(knownPerson));
  await step("Enter: find the person", () => page.keyboard.press("Enter"));
  await expect(page.getByRole("checkbox", { name: "Akutt", exact: true })).toBeFocused();
  await step("Space: acute", () => page.keyboard.press("Space"));
  await step("Enter: register (oral is the default channel)", () => page.keyboard.press("Enter"));
  await expect(page.getByRole("heading", { name: "Henvendelse fra Kari Nordmann" })).toBeVisible();
  await expect(page.getByText("Akutt", { exact: true })).toBeVisible();
  await expect(page.getByText("Muntlig i skranken")).toBeVisible();
  expect(steps).toHaveLength(4);
  testInfo.annotations.push({ type: "acute intake steps", description: steps.join(" → ") });
  console.log(`acute intake: ${steps.length} keyboard steps: ${steps.join(" → ")}`);
  checkGuards();
});

test("front desk: a person known only at another office is registered here with one key", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  // Nav Grünerløkka has registered the person (through the API: their own flow is above).
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/v1/auth/login", {
    data: { email: "oslo@husly.test", password: demoPassword },
  });
  const csrf = (await login.json()).csrfToken as string;
  const registered = await api.post("/api/v1/persons", {
    headers: { "X-CSRF-Token": csrf },
    data: { identityNumber: osloPerson, firstName: "Oda", lastName: "Fjellheim" },
  });
  expect(registered.status()).toBe(201);

  // In Bodø the lookup says only that the person is known elsewhere: no name, no office.
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Henvendelser");
  await page.getByRole("button", { name: "Ny henvendelse" }).click();
  await expect(page.getByLabel("Fødselsnummer eller D-nummer")).toBeFocused();
  await page.keyboard.type(osloPerson);
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Personen er registrert ved et annet Nav-kontor" }),
  ).toBeVisible();
  await expect(page.getByText(/Fjellheim|Grünerløkka/)).toHaveCount(0);
  await screenshot(page, testInfo, "intake-known-elsewhere");
  await expectAccessible(page);

  // Enter registers the person here; the request form follows with their name.
  await expect(page.getByRole("button", { name: "Registrer hos oss og fortsett" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Oda Fjellheim" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Akutt", exact: true })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Henvendelse fra Oda Fjellheim" })).toBeVisible();

  // Any case of the office is found by part of the name or by the number, with its stay.
  await openFromMenu(page, "Henvendelser");
  const search = page.getByRole("searchbox", { name: "Finn en sak" });
  await search.fill("fjellHEIM");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "1 treff på «fjellHEIM»" })).toBeVisible();
  const hit = page.getByRole("row", { name: /Oda Fjellheim/ });
  await expect(hit.getByRole("cell", { name: "Ikke begynt" })).toBeVisible();
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "case-search");
  await search.fill(osloPerson.slice(0, 10));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Fødselsnummeret må ha 11 sifre.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Søket kunne ikke gjøres" })).toBeVisible();
  await expect(search).toHaveAttribute("aria-invalid", "true");
  await search.fill(osloPerson);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `1 treff på «${osloPerson}»` })).toBeVisible();
  await hit.getByRole("link", { name: "Oda Fjellheim" }).click();
  await expect(page.getByRole("heading", { name: "Henvendelse fra Oda Fjellheim" })).toBeVisible();

  // The office's latest requests: 25 a page, sorted by any column (the demo office has more).
  await page.goBack();
  await page.getByRole("button", { name: "Tilbake til listene" }).click();
  await page.getByRole("tab", { name: "Siste" }).click();
  await expect(page.getByText(/^Viser 1–25 av \d+/)).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(26);
  const person = page.getByRole("columnheader", { name: "Person" });
  await person.getByRole("button").click();
  await expect(person).toHaveAttribute("aria-sort", "ascending");
  const names = await page
    .getByRole("table")
    .getByRole("row")
    .locator("td:nth-child(2)")
    .allInnerTexts();
  // By last name, as Norwegian lists go.
  const bySurname = (name: string) => name.split(" ").reverse().join(" ");
  expect(names).toEqual([...names].sort((a, b) => bySurname(a).localeCompare(bySurname(b), "nb")));
  await page
    .getByRole("navigation", { name: "Sider i tabellen" })
    .getByRole("button", { name: "2" })
    .click();
  await expect(page.getByText(/^Viser 26–/)).toBeVisible();
  // A case opened from page 2 and left with «back» returns to page 2, sorted the same.
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Henvendelse fra / })).toBeVisible();
  await page.goBack();
  await expect(page.getByText(/^Viser 26–/)).toBeVisible();
  await expect(person).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "requests-sorted");
  checkGuards();
});
