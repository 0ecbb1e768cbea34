import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  screenshot,
  openFromMenu,
} from "./helpers";

test("waiting list, storage of belongings and the person's own copy", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Henvendelser");
  const first = page.getByRole("table").getByRole("link").first();
  const personName = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: `Henvendelse fra ${personName}` })).toBeVisible();

  // On the waiting list from the request.
  await page.getByRole("button", { name: "Sett på ventelisten" }).click();
  await expect(page.getByText(/Satt på ventelisten som nr\. \d+/)).toBeVisible();

  // Storage: the form opens when asked for; the place is required; then it is listed and can be
  // ended.
  await expect(page.getByLabel("Hvor er innboet lagret?")).toHaveCount(0);
  await page.getByRole("button", { name: "Registrer lagring av innbo" }).click();
  await page.getByRole("button", { name: "Registrer lagring", exact: true }).click();
  await expect(page.getByText("Skriv hvor innboet er lagret.").first()).toBeVisible();
  await page.getByLabel("Hvor er innboet lagret?").fill("Bodø Lagerhotell, bod 14");
  await page.getByLabel("Kr per måned").fill("1450");
  await page.getByRole("button", { name: "Registrer lagring", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Bodø Lagerhotell, bod 14" })).toBeVisible();
  await screenshot(page, testInfo, "household");
  await expectAccessible(page);

  // The person's own copy, with who has read the data.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /Kopi til personen/ }).click();
  const path = testInfo.outputPath("innsyn.pdf");
  await (await downloadPromise).saveAs(path);
  const text = execFileSync("pdftotext", [path, "-"]).toString();
  expect(text).toContain("Kopi av opplysningene vi har om deg");
  expect(text).toContain(personName);
  expect(text).toContain("Bodø Lagerhotell");
  expect(text).toContain("Hvem har sett eller endret opplysningene");
  expect(text).toContain("Vera Veileder");

  // The waiting list: the person is there and leaves with an outcome.
  await openFromMenu(page, "Venteliste");
  await expect(page.getByRole("link", { name: personName })).toBeVisible();
  await screenshot(page, testInfo, "waiting-list");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Ta av listen for ${personName}` }).click();
  await page.getByRole("button", { name: "Ta av listen", exact: true }).click();
  await expect(page.getByText("Velg hvorfor personen går av ventelisten.").first()).toBeVisible();
  await page.getByLabel("Utfall").selectOption({ label: "Har ordnet bolig selv" });
  await page.getByRole("button", { name: "Ta av listen", exact: true }).click();
  await expect(page.getByText(`${personName} er tatt av ventelisten.`)).toBeVisible();
  await page.getByRole("tab", { name: "Gått av listen" }).click();
  await expect(page.getByRole("row", { name: new RegExp(personName) })).toContainText(
    "Har ordnet bolig selv",
  );
  await expectAccessible(page);
  checkGuards();
});
