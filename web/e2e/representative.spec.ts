import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshotsAtBothWidths,
} from "./helpers";

// The person's representative (fullmektig, forvaltningsloven § 12): recorded on the request page
// by keyboard, an empty name refused beside its field, then shown with who recorded it, and removed.
test("a representative is recorded, shown and removed", async ({ page, baseURL }, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Henvendelser");
  const first = page.getByRole("table").getByRole("link").first();
  const personName = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: `Henvendelse fra ${personName}` })).toBeVisible();

  const section = page.getByRole("region", { name: "Fullmektig" });
  await expect(section.getByText("forvaltningsloven § 12")).toBeVisible();
  await section.getByRole("button", { name: "Registrer fullmektig" }).focus();
  await page.keyboard.press("Enter");
  const name = section.getByLabel("Navn på fullmektigen");
  await name.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Storgata 1, 8006 Bodø");
  await page.keyboard.press("Enter");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByText("Navnet på fullmektigen må fylles ut.").first()).toBeVisible();
  await name.fill("Advokat Eva Holm");
  await page.keyboard.press("Enter");
  await expect(section.getByText("Advokat Eva Holm, Storgata 1, 8006 Bodø")).toBeVisible();
  await expect(section.getByText(/Registrert \d\d\.\d\d\.\d{4} av Vera Veileder/)).toBeVisible();
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "representative");

  await section.getByRole("button", { name: "Fjern fullmektig" }).click();
  await expect(section.getByRole("button", { name: "Registrer fullmektig" })).toBeVisible();
  await checkGuards();
});
