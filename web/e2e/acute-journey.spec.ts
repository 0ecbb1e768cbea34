// The acute walk-in family at the front desk, measured: two adults and two children with nowhere to
// sleep tonight, from «Ny henvendelse» to a reserved place checked in, by a trained caseworker with
// keyboard and mouse. The suite prints the clicks, the keys and a keystroke-level estimate of the
// time (1.3 s per click, 0.28 s per key, 1.35 s per decision), and fails at 12 clicks or more, or
// at 2 minutes: the goal set for the intake (issue 20; before: 27 clicks, 537 keys, 4½–5 minutes).
import { expect, request, test, type Locator, type Page } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  providerWithUnit,
  guardPage,
  loginWithKeyboard,
  norwegianDay,
  openFromMenu,
  screenshot,
} from "./helpers";

/** Counts what a person does; every step of the journey goes through it. */
class Journey {
  clicks = 0;
  keys = 0;
  decisions = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator) {
    this.clicks += 1;
    this.decisions += 1;
    await target.click();
  }
  async type(text: string) {
    this.keys += text.length;
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    this.keys += 1;
    await this.page.keyboard.press(key);
  }
  /** Types into a field reached with the mouse (one click, then the text). */
  async fill(target: Locator, text: string) {
    await this.click(target);
    await this.type(text);
  }
  seconds() {
    return this.clicks * 1.3 + this.keys * 0.28 + this.decisions * 1.35;
  }
}

test("an acute family of four is registered, granted and placed in under 2 minutes and 12 clicks", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  // A family flat of its own, at an address where nobody with substance use lives, so the journey
  // does not depend on what the demo and earlier tests have booked (set up through the API, not counted).
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/v1/auth/login", {
    data: { email: "veileder@husly.test", password: demoPassword },
  });
  await providerWithUnit(
    api,
    { "X-CSRF-Token": (await login.json()).csrfToken as string },
    { name: "Mørkved familiehus", kind: "kommunal", address: "Mørkvedveien 5, 8026 Bodø" },
    { name: "Mørkved familieleilighet", suits: ["barnefamilier"], rooms: 1, beds: 4 },
  );
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Henvendelser");
  const journey = new Journey(page);

  // Who: the identity number, Enter; a new person's name, Enter.
  await journey.click(page.getByRole("button", { name: "Ny henvendelse" }));
  await expect(page.getByLabel("Fødselsnummer eller D-nummer")).toBeFocused();
  await journey.type("15838840016");
  await journey.press("Enter");
  await expect(page.getByLabel("Fornavn")).toBeVisible();
  await page.getByLabel("Fornavn").focus();
  await journey.type("Nora");
  await journey.press("Tab");
  await journey.type("Natt");
  await journey.press("Enter");

  // Tonight, and the household: acute is focused; a second adult and two children.
  await expect(page.getByRole("checkbox", { name: "Akutt", exact: true })).toBeFocused();
  await journey.press("Space");
  // Each member added takes the focus: its name, Tab, its birth date.
  for (const [role, name, born] of [
    ["Legg til voksen", "Per", "01.02.1987"],
    ["Legg til barn", "Ola", "01.05.2017"],
    ["Legg til barn", "Ida", "12.09.2020"],
  ] as const) {
    await journey.click(page.getByRole("button", { name: role }));
    await expect(page.getByLabel("Fornavn").last()).toBeFocused();
    await journey.type(name);
    await journey.press("Tab");
    await journey.type(born);
  }
  const births = page.getByLabel("Fødselsdato");
  await expect(births.nth(2)).toHaveValue("12.09.2020");
  await journey.press("Enter");
  await expect(page.getByRole("heading", { name: "Henvendelse fra Nora Natt" })).toBeVisible();
  await expect(page.getByText("Barnefamilie", { exact: true })).toBeVisible();

  // The vedtak: granted for a month, the two texts forvaltningsloven § 25 asks for.
  await journey.click(page.getByRole("radio", { name: "Innvilget", exact: true }));
  // Tab past «Fra og med» (today) and its calendar button to «Til og med».
  for (let step = 0; step < 3; step++) await journey.press("Tab");
  await expect(page.getByLabel("Til og med")).toBeFocused();
  await journey.type(norwegianDay(30));
  // The place is found tonight: the vedtak says by when (docs/domain.md#rule-vedtak-names-the-offer).
  // By keyboard: Tab on to the choice, the arrow key to «skaffer», Tab to its date.
  const tabTo = async (target: Locator) => {
    for (let step = 0; step < 8; step++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await journey.press("Tab");
    }
    await expect(target).toBeFocused();
  };
  await tabTo(page.getByRole("radio", { name: "Stedet er kjent: vedtaket navngir det" }));
  await journey.press("ArrowDown");
  await expect(
    page.getByRole("radio", { name: "Nav-kontoret skaffer et sted innen en dato" }),
  ).toBeChecked();
  await tabTo(page.getByLabel("Nav-kontoret skaffer stedet senest"));
  await journey.type(norwegianDay(0));
  await journey.fill(
    page.getByLabel("Faktiske forhold vedtaket bygger på"),
    "Familien ble kastet ut i dag og har ingen å bo hos.",
  );
  await journey.press("Tab");
  await journey.type("Barna må ha et trygt sted å sove i natt.");
  await journey.click(page.getByRole("button", { name: "Fatt vedtak" }));
  // Decided: how it reached the family (which starts the appeal deadline) is recorded once it has
  // been given; the place comes first.
  await expect(page.getByText("Hvordan ble vedtaket gitt?")).toBeVisible();

  // The place: search, reserve the first that suits, check in.
  await journey.click(page.getByRole("button", { name: "Søk", exact: true }));
  // The first unit that suits and can be reserved now; one that is not adequate (in the demo
  // office, every unit a family of four fits) needs a written reason, which becomes a deviation.
  const offer = page
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: /^Reserver/ }) })
    .first();
  await expect(offer).toBeVisible();
  const reason = offer.getByRole("textbox", { name: /Begrunnelse for å bruke/ });
  if (await reason.isVisible()) await journey.fill(reason, "Eneste ledige familierom i natt.");
  await journey.click(offer.getByRole("button", { name: /^Reserver/ }));
  await expect(page.getByText(/^Reservert /)).toBeVisible();
  await journey.click(page.getByRole("button", { name: "Sjekk inn i dag" }));
  await expect(page.getByText("Husstanden er sjekket inn.")).toBeVisible();
  // A place was found: «plass ikke funnet» is no longer offered.
  await expect(
    page.getByRole("button", { name: "Registrer at plass ikke ble funnet" }),
  ).toHaveCount(0);
  await expectAccessible(page);

  await screenshot(page, testInfo, "acute-journey-done");

  // The same page on a phone: nothing makes it scroll sideways (tables scroll in their box).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, testInfo, "acute-journey-done-390");
  await expectAccessible(page);

  const seconds = Math.round(journey.seconds());
  const figures = `acute family (2 adults, 2 children) to a place checked in: ${journey.clicks} clicks, ${journey.keys} keys, ${journey.decisions} decisions, about ${seconds} s (keystroke-level estimate)`;
  console.log(figures);
  testInfo.annotations.push({ type: "journey", description: figures });
  expect(journey.clicks).toBeLessThan(12);
  expect(seconds).toBeLessThan(120);
  checkGuards();
});
