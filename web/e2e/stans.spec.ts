import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  norwegianDay,
  openFromMenu,
  screenshotsAtBothWidths,
} from "./helpers";

test("a house-rule breach and a stans decision with the person's own account", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Opphold");
  await page.getByRole("tab", { name: "Bor nå" }).click();
  const first = page.getByRole("table").getByRole("link").first();
  const personName = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: `Opphold for ${personName}` })).toBeVisible();

  // The breach is documented with the resident's own account.
  await page.getByRole("tab", { name: /^Brudd og stans/ }).click();
  await page.getByLabel("Hva skjedde").fill("Truet en ansatt i resepsjonen.");
  await page.getByLabel("Beboerens egen forklaring").fill("Sier han var sint på grunn av støy.");
  await page.getByRole("button", { name: "Registrer bruddet" }).click();
  await expect(page.getByText("Truet en ansatt i resepsjonen.").first()).toBeVisible();

  // Stans: without the person's account, and taking effect today with no danger stated, it cannot
  // be decided; each problem is shown beside its field.
  await page
    .getByRole("region", { name: "Stans av botilbudet" })
    .getByRole("button", { name: "Vis mer" })
    .click();
  await page.getByRole("checkbox", { name: /Truet en ansatt/ }).check();
  await page.getByRole("radio", { name: /Brudd på husordensreglene/ }).check();
  await page
    .getByLabel("Hvilket vilkår eller hvilken regel er brutt, og hvordan")
    .fill("Husreglene punkt 2: ingen trusler mot ansatte.");
  await page
    .getByLabel("Faktiske forhold (dokumentasjon)")
    .fill("Beboeren truet en ansatt; to ansatte har skrevet ned hendelsen.");
  await page.getByRole("radio", { name: "Personen fikk forhåndsvarsel" }).check();
  await page.getByLabel("Dato varselet ble gitt").fill(norwegianDay(-1));
  await page.getByRole("radio", { name: /Personlig \(i samtale/ }).check();
  await page.getByLabel("Avgjørende hensyn").fill("Ansattes sikkerhet veier tyngst.");
  await page.getByLabel("Botilbudet opphører fra").fill(norwegianDay(0));
  await page
    .getByLabel("Hvor kan personen bo når botilbudet stanses?")
    .fill("Tilbud om plass hos annen tilbyder fra stansen gjelder.");
  await page.getByLabel("Dato nytt botilbud ble vurdert").fill(norwegianDay(0));
  await page.getByRole("button", { name: "Fatt vedtak om stans" }).click();
  await expect(page.getByText(/Skriv ned hva personen sa/).first()).toBeVisible();
  await expect(
    page.getByText(/be om utsatt iverksetting \(forvaltningsloven § 42\)/).first(),
  ).toBeVisible();
  await screenshotsAtBothWidths(page, testInfo, "stans-incomplete");
  await expectAccessible(page);
  await page.getByLabel("Personens egen forklaring").fill("Beklager og ønsker å bli boende.");
  await page.getByLabel("Botilbudet opphører fra").fill(norwegianDay(20));
  await page.getByRole("button", { name: "Fatt vedtak om stans" }).click();
  await expect(page.getByText(/Botilbudet stanses fra/)).toBeVisible();
  // Until the stans takes effect the household still lives there.
  await expect(page.getByText("Flytter ut", { exact: true })).toBeVisible();
  await expect(page.getByText("Bor nå", { exact: true })).toBeVisible();

  // The appeal deadline runs from when the letter was given: recorded here, handed over today.
  await expect(page.getByText(/Klagefristen er ikke begynt å løpe/)).toBeVisible();
  await page.getByRole("radio", { name: "Overlevert personlig" }).check();
  await page.getByLabel("Dato vedtaket ble overlevert").fill(norwegianDay(0));
  await page.getByRole("button", { name: "Registrer at vedtaket er gitt" }).click();
  await expect(page.getByText(/Klagefrist: \d{2}\.\d{2}\.\d{4}/)).toBeVisible();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /Last ned brevet om stans/ }).click();
  const path = testInfo.outputPath("stans.pdf");
  await (await downloadPromise).saveAs(path);
  const text = execFileSync("pdftotext", [path, "-"]).toString();
  expect(text).toContain("Vedtak om stans av midlertidig botilbud");
  expect(text).toContain(personName);
  expect(text).toContain("Beklager og ønsker å bli boende.");
  expect(text).toContain("Vi varslet deg personlig");
  expect(text).toContain("Brudd på husordensreglene");
  expect(text).toContain("Du kan be om utsatt iverksetting");
  expect(text).toContain("Tilbud om plass");
  await screenshotsAtBothWidths(page, testInfo, "stans-decided");
  await expectAccessible(page);
  await openFromMenu(page, "Opphold");
  await page.getByRole("tab", { name: "Bor nå" }).click();
  await expect(
    page.getByRole("table").getByRole("link", { name: personName }).first(),
  ).toBeVisible();
  checkGuards();
});
