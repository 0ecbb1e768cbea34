import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible, guardPage, loginWithKeyboard, screenshot } from "./helpers";

test("a caseworker decides a vedtak and downloads the letter", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test");
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Henvendelser" })
    .click();
  // The demo data has acute requests waiting; take the first.
  const first = page.getByRole("table").getByRole("link").first();
  const personName = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: `Henvendelse fra ${personName}` })).toBeVisible();

  // Deciding without the elements forvaltningsloven requires names each missing one.
  await page.getByRole("radio", { name: "Innvilget", exact: true }).check();
  await page.getByLabel("Til og med").fill("2026-11-01");
  await page.getByRole("button", { name: "Fatt vedtak" }).click();
  await expect(page.getByText("Sluttdatoen kan ikke være før startdatoen.").first()).toBeVisible();
  await expect(
    page.getByText("Beskriv de faktiske forholdene vedtaket bygger på (fvl. § 25).").first(),
  ).toBeVisible();
  await expect(page.getByLabel("Til og med")).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, testInfo, "decision-incomplete");
  await expectAccessible(page);

  const start = await page.getByLabel("Fra og med").inputValue();
  const end = new Date(Date.parse(start) + 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Til og med").fill(end);
  await page.getByRole("checkbox", { name: "Egenbetaling" }).check();
  await page
    .getByLabel("Faktiske forhold vedtaket bygger på")
    .fill("Søkeren står uten bolig etter samlivsbrudd.");
  await page
    .getByLabel("Hensyn som har vært avgjørende")
    .fill("Søkeren har ikke nettverk som kan hjelpe.");
  await page.getByRole("button", { name: "Fatt vedtak" }).click();
  await expect(page.getByText(/Klagefrist:/)).toBeVisible();
  await screenshot(page, testInfo, "decision-decided");
  await expectAccessible(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /Last ned vedtaksbrevet/ }).click();
  const download = await downloadPromise;
  const path = testInfo.outputPath("vedtak.pdf");
  await download.saveAs(path);
  const text = execFileSync("pdftotext", ["-layout", path, "-"]).toString();
  expect(text).toContain("Vedtak om midlertidig botilbud");
  expect(text).toContain(personName);
  expect(text).toContain("Statsforvalteren");
  checkGuards();
});
