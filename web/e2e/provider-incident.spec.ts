// A provider ending a stay follows the safeguards of a stans (docs/domain.md#rule-exclusion-by-a-provider):
// provider staff check someone out only by reporting what happened (errors beside the fields), Nav
// sees it on the front page at once, and the caseworker records the person's own account, the
// same-day assessment of a new place and the decision on the stay's «Brudd og stans».
import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
  screenshotsAtBothWidths,
} from "./helpers";

test("a provider's check-out files an incident that Nav follows up", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "tilbyder@husly.test");
  await openFromMenu(page, "Botilbud");
  await expect(page.getByRole("heading", { name: "Bookinger hos oss" })).toBeVisible();
  const resident = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: /^Sjekk ut/ }) })
    .first();
  const personName = (await resident.getByRole("heading").textContent())!.trim();

  // Every card offers «Meld hendelse», inside the screen on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const button of await page.getByRole("button", { name: /^Meld hendelse/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The check-out asks what happened; without facts it is refused beside the field.
  await resident.getByRole("button", { name: /^Sjekk ut/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: `Sjekk ut: ${personName}` })).toBeVisible();
  await expect(dialog).toHaveCSS("opacity", "1");
  await dialog.getByRole("button", { name: "Meld og sjekk ut" }).click();
  await expect(dialog.getByText(/Beskriv hva som skjedde \(minst 10 tegn\)/).first()).toBeVisible();
  await expect(dialog.getByText(/Skriv hva dere gjorde/).first()).toBeVisible();
  await screenshot(page, testInfo, "provider-incident-errors");
  await expectAccessible(page);
  await dialog.getByLabel("Hva skjedde").fill("Slo en annen gjest i resepsjonen i natt.");
  await dialog.getByLabel("Hva gjorde dere").fill("Ba ham gå, og ringte Nav-vakten.");
  await dialog.getByRole("button", { name: "Meld og sjekk ut" }).click();
  await expect(
    page.getByText(`Hendelsen er meldt til Nav og ${personName} er sjekket ut.`),
  ).toBeVisible();
  await expectAccessible(page);

  // Nav sees it on the front page at once.
  await page.context().clearCookies();
  await loginWithKeyboard(page, "veileder@husly.test");
  const alert = page.getByRole("link", { name: /hendelser? meldt av tilbyder venter/ });
  await expect(alert).toBeVisible();
  await alert.click();
  await expect(page.getByRole("heading", { name: "Hendelser meldt av tilbyder" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: personName }).first().click();
  await expect(page.getByRole("heading", { name: `Opphold for ${personName}` })).toBeVisible();
  const region = page.getByRole("region", { name: "Hendelser meldt av tilbyder" });
  await expect(region.getByText("Slo en annen gjest i resepsjonen i natt.")).toBeVisible();

  // Deciding needs the person's account and the new place; then «ikke stans» with its reason.
  await region.getByRole("radio", { name: /^Ikke stans/ }).check();
  await region.getByRole("button", { name: "Lagre oppfølgingen" }).click();
  await expect(region.getByText(/Personen skal ha fått uttale seg/).first()).toBeVisible();
  await screenshotsAtBothWidths(page, testInfo, "incident-follow-up-errors");
  await expectAccessible(page);
  await region.getByLabel("Personens forklaring på hendelsen").fill("Sier han ble truet først.");
  await region.getByLabel("Vurdering av nytt botilbud").fill("Rom hos Bolig Nu fra i kveld.");
  await region
    .getByLabel("Hvorfor Nav ikke stanser botilbudet")
    .fill("Nødverge; han får nytt rom hos en annen tilbyder.");
  await region.getByRole("button", { name: "Lagre oppfølgingen" }).click();
  await expect(region.getByText("Avgjort", { exact: true })).toBeVisible();
  await expect(region.getByText(/, samme dag\): Rom hos Bolig Nu/)).toBeVisible();
  await expect(region.getByText(/^Ikke stans: Nødverge/)).toBeVisible();
  await screenshot(page, testInfo, "incident-decided");
  await expectAccessible(page);
  checkGuards();
});
