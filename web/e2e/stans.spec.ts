import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
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

  // Stans: without the person's account it cannot be decided.
  await page
    .getByRole("region", { name: "Stans av botilbudet" })
    .getByRole("button", { name: "Vis mer" })
    .click();
  await page.getByRole("checkbox", { name: /Truet en ansatt/ }).check();
  await page
    .getByLabel("Faktiske forhold (dokumentasjon)")
    .fill("Beboeren truet en ansatt; to ansatte har skrevet ned hendelsen.");
  await page
    .getByLabel("Avgjørende hensyn, og hvor personen kan bo i stedet")
    .fill("Ansattes sikkerhet. Tilbud om plass hos annen tilbyder fra i morgen.");
  await page.getByRole("button", { name: "Fatt vedtak om stans" }).click();
  await expect(page.getByText(/Skriv ned hva personen sa/).first()).toBeVisible();
  await screenshot(page, testInfo, "stans-incomplete");
  await expectAccessible(page);
  await page.getByLabel("Personens egen forklaring").fill("Beklager og ønsker å bli boende.");
  await page.getByRole("button", { name: "Fatt vedtak om stans" }).click();
  await expect(page.getByText(/Botilbudet ble stanset fra/)).toBeVisible();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /Last ned brevet om stans/ }).click();
  const path = testInfo.outputPath("stans.pdf");
  await (await downloadPromise).saveAs(path);
  const text = execFileSync("pdftotext", [path, "-"]).toString();
  expect(text).toContain("Vedtak om stans av midlertidig botilbud");
  expect(text).toContain(personName);
  expect(text).toContain("Beklager og ønsker å bli boende.");
  await screenshot(page, testInfo, "stans-decided");
  await expectAccessible(page);
  checkGuards();
});
