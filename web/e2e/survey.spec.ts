import { expect, request, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
  norwegianDay,
} from "./helpers";

// The steps a respondent takes (clicks, checks, keys) after opening the prefilled response:
// counted so the closing note can say how long a prefilled response takes to complete.
class Steps {
  count = 0;
  constructor(readonly page: Page) {}
  async check(target: Locator) {
    if (!(await target.isChecked())) {
      this.count++;
      await target.check();
    }
  }
  async click(target: Locator) {
    this.count++;
    await target.click();
  }
}

// The questionnaire's numbers («Spm. 4»), counted through its pages as the form and the summary
// show them; the steps below name the questions by their variable for the reader's sake.
const definition = JSON.parse(
  readFileSync(new URL("../../server/data/survey/fafo-2024.json", import.meta.url), "utf8"),
) as { pages: { questions: { label: string }[] }[] };
const numbers = new Map(
  definition.pages
    .flatMap((page) => page.questions)
    .map((question, index) => [question.label, index + 1]),
);
const spm = (label: string) => `Spm. ${numbers.get(label)}`;

// A question's fieldset: radios make a radiogroup, checkboxes and grids a group.
const question = (page: Page, label: string) => {
  const name = new RegExp(`^${spm(label).replace(".", "\\.")} `);
  return page.getByRole("radiogroup", { name }).or(page.getByRole("group", { name }));
};

/** The page at 1440 px and at 390 px (a phone), then back to the default size. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, testInfo, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** No variable names of the questionnaire on screen («kommunestr», «Label1b», «Label19b»). */
async function expectNoVariables(page: Page) {
  await expect(page.locator("main")).not.toContainText(/Label\d|kommunestr/);
}
const next = (page: Page) => page.getByRole("button", { name: "Lagre og fortsett" });

async function expectPage(page: Page, title: string) {
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

/** Answers the pages after the first two the same way for any office. */
async function answerTheRest(page: Page, steps: Steps, refusals: "Ja, sjelden" | "Nei, aldri") {
  await expectPage(page, "Registrering, vedtak og avslag");
  await steps.check(question(page, "Label15").getByLabel("Ja", { exact: true }));
  await steps.check(question(page, "Label16").getByLabel(refusals));
  if (refusals === "Ja, sjelden")
    await steps.check(question(page, "Label17").getByLabel("Ikke sikker"));
  await steps.click(next(page));

  await expectPage(page, "Botilbud og avtaler");
  await steps.check(question(page, "Label6").getByLabel("Nei", { exact: true }));
  await steps.check(question(page, "Label8").getByLabel("Nei", { exact: true }));
  await steps.check(question(page, "Label9b").getByLabel("Nei", { exact: true }));
  await steps.click(next(page));

  await expectPage(page, "Når dere ikke finner et botilbud");
  await steps.check(question(page, "Label27").getByLabel("Nei", { exact: true }));
  await steps.check(question(page, "Label44").getByLabel("Ingen kommentar"));
  await steps.check(question(page, "Label24").getByLabel("Campingplass / campinghytter"));
  await steps.click(next(page));

  await expectPage(page, "Kvalitet i botilbudene");
  await steps.check(question(page, "Label33").getByLabel("Utfordrende bomiljø"));
  await steps.check(
    question(page, "Label34").getByLabel(/Vi har rutiner for å ivareta krav til kvalitet/),
  );
  await steps.check(question(page, "Label46").getByLabel("God", { exact: true }));
  await steps.click(next(page));

  await expectPage(page, "Veien til fast bolig");
  await steps.check(question(page, "Label35").getByLabel("Ingen av disse"));
  await steps.check(question(page, "Label37").getByLabel("Nei", { exact: true }));
  await steps.click(next(page));

  await expectPage(page, "Boligmarkedet og utfordringene");
  const market = question(page, "Label41");
  for (const row of await market.getByRole("radiogroup").all())
    await steps.check(row.getByLabel("Ganske god", { exact: true }));
  for (const label of ["Label42", "Label47", "Label50"])
    await steps.check(question(page, label).getByLabel("Nei, ingen kommentar"));
  for (const label of ["Label48", "Label51"])
    await steps.check(question(page, label).getByLabel("Ingen kommentar"));
  await steps.check(question(page, "Label49").getByLabel("Nokså god"));
  await steps.click(next(page));

  await expectPage(page, "Casestudie");
  await steps.check(question(page, "Label53").getByLabel("Nei", { exact: true }));
  await steps.click(page.getByRole("button", { name: "Send inn" }));
  await expect(page.getByText(/Besvarelsen ble sendt inn/)).toBeVisible();
}

async function logOut(page: Page, user: string) {
  await page.getByRole("button", { name: user }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
}

async function openResponse(page: Page, email: string, roundTitle: string) {
  await loginWithKeyboard(page, email);
  await openFromMenu(page, "Undersøkelse");
  await page.getByRole("link", { name: roundTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: roundTitle })).toBeVisible();
  await expect(page.getByText(/svar er fylt ut fra kontorets egne data/)).toBeVisible();
}

test("a round is opened, two offices answer with their figures filled in, and the summary counts them", async ({
  page,
  baseURL,
}, testInfo) => {
  // Two whole questionnaires answered step by step and three logins: the longest journey.
  test.slow();
  const noExternal = guardPage(page, baseURL!);
  const roundTitle = `Nettlesertest ${testInfo.project.name}`;

  // The administrator opens a round for two offices.
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Undersøkelse");
  await page.getByLabel("Navn på runden").fill(roundTitle);
  await page.getByLabel("Svarfrist").fill("01.01.2020");
  await page.getByRole("button", { name: "Åpne runden" }).click();
  await expect(page.getByText("Svarfristen kan ikke være i fortiden.").first()).toBeVisible();
  await page.getByLabel("Svarfrist").fill(norwegianDay(14));
  await page.getByLabel("Utvalgte kontorer").check();
  const offices = page.getByRole("combobox", { name: "Kontorer" });
  for (const office of ["Nav Grünerløkka", "Nav Bodø"]) {
    await offices.fill(office);
    await page.getByRole("option", { name: new RegExp(office) }).click();
  }
  await page.keyboard.press("Escape");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Åpne runden" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Har svart: 0 av 2 — 0 %" }),
  ).toBeVisible();
  await logOut(page, "Adam Administrator");

  // Nav Grünerløkka answers, checking the rules on the way.
  await openResponse(page, "oslo@husly.test", roundTitle);
  const steps = new Steps(page);
  await expectAccessible(page);
  await screenshot(page, testInfo, "survey-first-page");
  await steps.click(next(page));
  await expect(page.getByText(`${spm("Label1b")}: Spørsmålet må besvares.`).first()).toBeVisible();

  const functions = question(page, "Label1b");
  const finders = functions.getByLabel("Nav-kontoret har egne boligfremskaffere");
  const none = functions.getByLabel(/ivaretar ikke andre spesifikke boligsosiale oppgaver/);
  await steps.check(finders);
  await steps.check(none);
  await expect(finders).not.toBeChecked(); // the exclusive option cleared the other
  await steps.check(finders);
  await expect(none).not.toBeChecked();
  const routines = question(page, "Label4");
  await steps.check(routines.getByLabel("Annet, utdyp"));
  await steps.click(next(page));
  await expect(
    page.getByText(`${spm("Label4")}: Skriv hva «Annet, utdyp» gjelder.`).first(),
  ).toBeVisible();
  await steps.click(routines.getByLabel("Utdyp: Annet, utdyp"));
  await page.keyboard.type("Mottak i skranken hver dag");
  steps.count++;
  await steps.check(question(page, "kommunestr").getByLabel("75 000 og flere"));
  await steps.click(next(page));

  await expectPage(page, "Søknader og hvem som ber om hjelp");
  // What the office's data says is already there, with the figure behind it.
  await expect(question(page, "Label10").getByRole("radio", { checked: true })).toHaveCount(1);
  await expect(page.getByText(/Forhåndsutfylt fra Husly: \d+ søknader registrert/)).toBeVisible();
  await expectNoVariables(page);
  await screenshot(page, testInfo, "survey-prefilled");
  await steps.check(question(page, "Label11b").getByLabel("Nei, ingen kommentar"));
  await steps.click(next(page));

  // A filtered question appears and disappears with the answer it depends on.
  await expectPage(page, "Registrering, vedtak og avslag");
  await steps.check(question(page, "Label16").getByLabel("Nei, aldri"));
  await expect(question(page, "Label17")).toHaveCount(0);
  await steps.check(question(page, "Label16").getByLabel("Ja, noen ganger"));
  await expect(question(page, "Label17")).toBeVisible();
  await expectAccessible(page);
  await steps.check(question(page, "Label16").getByLabel("Nei, aldri"));
  await expect(question(page, "Label17")).toHaveCount(0);
  await answerTheRest(page, steps, "Nei, aldri");
  await expectAccessible(page);
  await screenshot(page, testInfo, "survey-submitted");
  testInfo.annotations.push({
    type: "steps",
    description: `A prefilled response took ${steps.count} steps after opening it`,
  });
  console.log(`survey: a prefilled response took ${steps.count} steps after opening it`);
  await logOut(page, "Olav Oslo");

  // Nav Bodø answers too.
  await openResponse(page, "veileder@husly.test", roundTitle);
  const bodo = new Steps(page);
  await bodo.check(question(page, "Label1b").getByLabel("Nav-kontoret har egne boligfremskaffere"));
  await bodo.check(question(page, "Label4").getByLabel("Ingen praksiser/rutiner"));
  await bodo.click(next(page));
  await bodo.check(question(page, "Label11b").getByLabel("Nei, ingen kommentar"));
  await bodo.click(next(page));
  await answerTheRest(page, bodo, "Ja, sjelden");
  console.log(`survey: Nav Bodø's response took ${bodo.count} steps`);
  await logOut(page, "Vera Veileder");

  // The analyst reads the summary: both offices, each answer «N av M kontorer».
  await loginWithKeyboard(page, "analytiker@husly.test");
  await openFromMenu(page, "Undersøkelse");
  await page.getByRole("link", { name: roundTitle }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Har svart: 2 av 2 — 100 %" }),
  ).toBeVisible();
  await page.getByRole("tab", { name: "Sammendrag" }).click();
  await expect(
    page.getByRole("heading", { name: "Svar fra 2 av 2 kontorer (100 %)" }),
  ).toBeVisible();
  // A table of contents, the questions numbered and titled as in the questionnaire.
  const contents = page.getByRole("navigation", { name: "Innhold" });
  await expect(contents.getByRole("link")).toHaveCount(numbers.size);
  await expect(contents.getByRole("link").first()).toHaveText(/^Spm\. 1: Omtrent hvor mange/);
  await contents
    .getByRole("link", { name: new RegExp(`^${spm("Label16").replace(".", "\\.")}:`) })
    .click();
  await expect(page).toHaveURL(/#summary-Label16$/);
  await expectNoVariables(page);
  const region = (label: string) =>
    page.getByRole("region", { name: new RegExp(`^${spm(label).replace(".", "\\.")} `) });
  const refusals = region("Label16");
  await expect(refusals.getByRole("row", { name: /Ja, sjelden/ })).toContainText(
    "1 av 2 kontorer (50 %)",
  );
  await expect(refusals.getByRole("row", { name: /Nei, aldri/ })).toContainText(
    "1 av 2 kontorer (50 %)",
  );
  const camping = region("Label24").getByRole("row", {
    name: /Campingplass/,
  });
  await expect(camping).toContainText("2 av 2 kontorer (100 %)");
  // By county: one office in each, so neither is shown.
  await page.getByLabel("Fordel på").selectOption("fylke");
  await expect(refusals.getByRole("columnheader", { name: "Nordland (skjult)" })).toBeVisible();
  await expect(refusals.getByRole("columnheader", { name: "Oslo (skjult)" })).toBeVisible();
  await expect(
    refusals
      .getByRole("row", { name: /Ja, sjelden/ })
      .getByRole("cell", { name: "–", exact: true }),
  ).toHaveCount(2);
  await expectAccessible(page);
  await screenshot(page, testInfo, "survey-summary");
  await page.getByLabel("Fordel på").selectOption("");
  await screenshots(page, testInfo, "survey-summary");
  noExternal();
});

test("open texts are read outside the office: a name gets a warning, an identity number is refused", async ({
  page,
  baseURL,
}, testInfo) => {
  const noExternal = guardPage(page, baseURL!);
  const roundTitle = `Fritekst ${testInfo.project.name}`;
  // A round for Nav Grünerløkka, opened through the API (the test above opens one in the browser).
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/v1/auth/login", {
    data: { email: "admin@husly.test", password: demoPassword },
  });
  const headers = { "X-CSRF-Token": (await login.json()).csrfToken as string };
  const offices = (await (await api.get("/api/v1/offices")).json()) as {
    id: number;
    unitNumber: string;
  }[];
  const opened = await api.post("/api/v1/survey-rounds", {
    headers,
    data: {
      title: roundTitle,
      deadline: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
      officeIds: [offices.find((office) => office.unitNumber === "0315")!.id],
    },
  });
  expect(opened.status()).toBe(201);

  await openResponse(page, "oslo@husly.test", roundTitle);
  await question(page, "Label1b").getByLabel("Nav-kontoret har egne boligfremskaffere").check();
  await question(page, "kommunestr").getByLabel("75 000 og flere").check();
  const routines = question(page, "Label4");
  await routines.getByLabel("Annet, utdyp").check();
  const text = routines.getByLabel("Utdyp: Annet, utdyp");
  const nameWarning = routines.getByText(/Teksten ser ut til å inneholde et navn/);
  await text.fill("Mottak i skranken, sist for Ola Dahl");
  await expect(nameWarning).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "survey-name-warning");
  await text.fill("Mottak i skranken, sist 07836333661");
  await expect(nameWarning).toHaveCount(0);
  await next(page).click();
  await expect(
    routines.getByText(/Teksten ser ut til å inneholde et fødselsnummer/).first(),
  ).toBeVisible();
  await expectPage(page, "Om Nav-kontoret");
  await text.fill("Mottak i skranken hver dag");
  await next(page).click();
  await expectPage(page, "Søknader og hvem som ber om hjelp");
  await logOut(page, "Olav Oslo");

  // Nobody has submitted yet: the summary says so instead of drawing «0 av 0 kontorer».
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Undersøkelse");
  await page.getByRole("link", { name: roundTitle }).click();
  await page.getByRole("tab", { name: "Sammendrag" }).click();
  await expect(page.getByText("Ingen kontorer har svart ennå.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("0 av 0 kontorer");
  await expectNoVariables(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "survey-summary-empty");
  await page.getByRole("tab", { name: "Hvem har svart" }).click();
  await screenshots(page, testInfo, "survey-round");
  noExternal();
});
