import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
} from "./helpers";

const monthNames = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];

/** Nothing on the page reaches past the right edge of a phone. */
async function fitsWidth(page: import("@playwright/test").Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

test("the office lead reads the KOSTRA figures, follows a data-quality finding and downloads the XLSX", async ({
  page,
  baseURL,
}, testInfo) => {
  const noExternal = guardPage(page, baseURL!);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginWithKeyboard(page, "leder@husly.test");
  await openFromMenu(page, "Statistikk");
  await expect(page.getByRole("heading", { level: 1, name: "Statistikk" })).toBeVisible();
  await page.getByRole("tab", { name: "KOSTRA" }).click();

  // It opens on the last whole year: the one reported to SSB.
  const thisYear = new Date().getFullYear();
  await expect(page.getByLabel("År")).toHaveValue(String(thisYear - 1));
  await expect(
    page.getByRole("table", { name: new RegExp(`KOSTRA ${thisYear - 1}`) }),
  ).toBeVisible();
  await page.getByLabel("År").selectOption(String(thisYear));
  const figures = page.getByRole("table", { name: new RegExp(`KOSTRA ${thisYear}`) });
  const households = figures.getByRole("row", {
    name: /Husstander i midlertidig botilbud i løpet av året/,
  });
  await expect(households).toContainText(/\d+/);
  await expect(figures.getByRole("row", { name: /Natthjem: husstander/ })).toBeVisible();
  await page.getByRole("button", { name: "Slik telles det" }).click();
  await expect(page.getByText(/telles én gang i året/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "kostra");

  // The demo has people still living there after their vedtak ran out: the panel says so, and
  // its link (by keyboard), named by the person and the day they moved in, opens the stay where
  // the exit is registered.
  const quality = page.getByRole("region", { name: /Datakvalitet/ });
  await expect(quality.getByText(/Vedtaksperioden er ute/).first()).toBeVisible();
  await expect(quality.getByRole("link", { name: /^Opphold \d+$/ })).toHaveCount(0);
  const finding = quality
    .getByRole("link", { name: /^Opphold: [^,\d]+ [^,\d]+, \d\d\.\d\d\.\d{4}$/ })
    .first();
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsWidth(page, 390);
  await screenshot(page, testInfo, "kostra-390");
  await page.setViewportSize({ width: 1440, height: 900 });
  await finding.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/opphold\/\d+$/);
  await page.goBack();

  // Last year, as a spreadsheet.
  await page.getByLabel("År").selectOption(String(thisYear - 1));
  await expect(
    page.getByRole("table", { name: new RegExp(`KOSTRA ${thisYear - 1}`) }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Last ned XLSX" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`kostra-${thisYear - 1}.xlsx`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK"); // a zip: the workbook
  noExternal();
});

test("the office lead's dashboard draws every chart with its numbers as a table", async ({
  page,
  baseURL,
}, testInfo) => {
  const noExternal = guardPage(page, baseURL!);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginWithKeyboard(page, "leder@husly.test");
  await openFromMenu(page, "Statistikk");
  await expect(page.getByRole("tab", { name: "Kontorets oversikt", selected: true })).toBeVisible();
  const requests = page.getByRole("region", { name: "Henvendelser per måned" });
  await expect(requests.getByRole("img", { name: /Henvendelser per måned/ })).toBeVisible();
  // Every chart is drawn (recharts' SVG) once the lazily loaded chart code has arrived.
  await expect(page.locator(".recharts-wrapper")).toHaveCount(13);
  // Money for a night (§ 18) is charted apart from the places.
  await expect(
    page.getByRole("region", { name: "Penger til overnatting (§ 18), ikke plass" }),
  ).toBeVisible();
  const lengths = page.getByRole("region", { name: "Opphold etter lengde" });
  await expect(lengths.locator(".recharts-reference-line")).toHaveCount(1); // the 3-month line
  // The numbers as a table, opened by keyboard.
  const tableToggle = requests.getByRole("button", { name: /Tallene som tabell/ });
  await tableToggle.focus();
  await page.keyboard.press("Enter");
  const table = requests.getByRole("table", { name: "Henvendelser per måned" });
  await expect(table.getByRole("row", { name: /^januar/ })).toBeVisible();

  // The month not over yet is marked in the drawing and the table, not shown as a drop.
  const now = new Date();
  const hittil = `hittil i ${monthNames[now.getMonth()]}`;
  await expect(requests.getByText(hittil, { exact: true })).toBeVisible();
  const deviations = page.getByRole("region", { name: "Avvik åpnet og lukket per måned" });
  await expect(deviations.getByText(hittil, { exact: true })).toBeVisible();
  await deviations.getByRole("button", { name: /Tallene som tabell/ }).click();
  // Months as «august 2026».
  const deviationTable = deviations.getByRole("table");
  await expect(
    deviationTable.getByRole("rowheader", { name: `januar ${now.getFullYear()}`, exact: true }),
  ).toBeVisible();
  await expect(
    deviationTable.getByRole("rowheader", {
      name: `${monthNames[now.getMonth()]} ${now.getFullYear()} (${hittil})`,
    }),
  ).toBeVisible();
  // Each bar carries its value; ticks are at least 12 px; «des» is inside its drawing.
  await expect(page.locator(".recharts-label-list").first()).toBeVisible();
  const tickSizes = await page
    .locator(".recharts-cartesian-axis-tick-value")
    .evaluateAll((ticks) => ticks.map((tick) => parseFloat(getComputedStyle(tick).fontSize)));
  expect(tickSizes.length).toBeGreaterThan(12);
  expect(Math.min(...tickSizes)).toBeGreaterThanOrEqual(12);
  const lastMonth = requests.locator(".recharts-cartesian-axis-tick-value", { hasText: /^des$/ });
  await expect(lastMonth).toHaveCount(1);
  const drawing = (await requests
    .getByRole("img", { name: /Henvendelser per måned/ })
    .boundingBox())!;
  const des = (await lastMonth.boundingBox())!;
  expect(des.x + des.width).toBeLessThanOrEqual(drawing.x + drawing.width);
  // Norwegian grouping: the budget as «2 500 000 kr».
  const budget = page.getByRole("region", { name: "Forbruk mot budsjett" });
  await budget.getByRole("button", { name: /Tallene som tabell/ }).click();
  await expect(budget.getByRole("row", { name: /^Budsjett/ })).toContainText(
    /^Budsjett\s*\d{1,3}([\u00a0 ]\d{3})+ kr$/,
  );
  await expectAccessible(page);
  await screenshot(page, testInfo, "dashboard");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(requests.getByText(hittil, { exact: true })).toBeVisible();
  await fitsWidth(page, 390);
  await expectAccessible(page);
  await screenshot(page, testInfo, "dashboard-390");
  await page.setViewportSize({ width: 1440, height: 900 });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned «Utflytting etter utfall» som CSV" }).click(),
  ]);
  const csv = readFileSync(await download.path()).toString();
  expect(csv.charCodeAt(0)).toBe(0xfeff); // the byte order mark: Excel keeps æøå
  expect(csv.slice(1).split("\r\n")[0]).toBe('"Utfall";"Opphold"');
  expect(csv).toContain('"Kommunal utleiebolig";');

  // Økonomi: one figure per measure, each said what it counts, numbers grouped.
  await openFromMenu(page, "Botilbud");
  await page.getByRole("tab", { name: "Økonomi" }).click();
  const spend = page.getByRole("table", { name: /Forbruk \d{4} etter type botilbud/ });
  await expect(spend).toContainText("Bodøgn: personer × netter");
  await expect(spend.getByRole("row", { name: /^Sum/ })).toContainText(/\d[\u00a0 ]\d{3}/);
  await expect(spend.getByRole("row", { name: /^herav kontorets egne enheter/ })).toBeVisible();
  const own = page.getByRole("region", {
    name: "Kontorets egne enheter: faktisk kostnad mot alternativ pris",
  });
  await expect(own).toContainText(/per bodøgn/);
  await expect(page.getByText("Bolig Nu-sammenligning")).toHaveCount(0);
  await expect(page.getByLabel("Alternativ pris per bodøgn (kr)")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, "economics");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, testInfo, "economics-390");
  noExternal();
});

test("an analyst sees the country and a county's offices side by side, small counts hidden with their symbols", async ({
  page,
  baseURL,
}, testInfo) => {
  const noExternal = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "analytiker@husly.test");
  await openFromMenu(page, "Statistikk");
  const thisYear = new Date().getFullYear();
  const counties = page.getByRole("table", {
    name: new RegExp(`^Hele landet ${thisYear}: fylkene`),
  });
  await expect(counties.getByRole("row", { name: /^Sum Hele landet/ })).toBeVisible();
  await expect(counties.getByRole("row", { name: /^Nordland/ })).toBeVisible();
  // The figures come from the snapshot, and say when it was taken.
  await expect(counties).toContainText(/Tall per \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d\./);
  // The symbols are explained, and what «Hele landet» covers is said.
  await expect(
    page.getByText("«:»: Vises ikke for å hindre at små tall kan regnes ut."),
  ).toBeVisible();
  await expect(page.getByText("«<5»: Tallet er 1, 2, 3 eller 4")).toBeVisible();
  await expect(
    page.getByText(
      /«Hele landet» er summen av kontorene som bruker Husly: \d+ kontorer i \d+ av \d+ fylker\./,
    ),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Område").selectOption({ label: "Nordland, kontorene side om side" });
  const offices = page.getByRole("table", { name: new RegExp(`^Nordland ${thisYear}: kontorene`) });
  await expect(offices.getByRole("row", { name: /^Nav Bodø/ })).toBeVisible();
  await expect(offices.getByRole("row", { name: /^Sum Nordland/ })).toBeVisible();
  // The demo's small offices have counts below 5: never a 1–4 in a cell, «<5» instead; no cell is
  // blank (a share that cannot be shown says «:» or «.»); only numbers and the symbols appear.
  const cells = await offices.getByRole("cell").allInnerTexts();
  expect(cells.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
  expect(cells).toContain("<5");
  expect(cells.filter((text) => text.trim() === "")).toEqual([]);
  expect(
    cells.filter((text) => !/^(\d[\d\s\u00a0\u202f]*(,\d)?( %)?|<5|:|\.)$/.test(text.trim())),
  ).toEqual([]);
  await screenshot(page, testInfo, "national");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Last ned CSV" }).click(),
  ]);
  const csv = readFileSync(await download.path()).toString();
  expect(csv.split("\r\n")[0]).toContain('"Fylke";"Kontor";"Husstander"');
  // The CSV carries the symbols' footnotes and the snapshot's time below the figures.
  expect(csv).toContain('":";"Vises ikke for å hindre at små tall kan regnes ut."');
  expect(csv).toMatch(/"Tidspunkt";"Tall per \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d/);
  noExternal();
});
