import { expect, test } from "@playwright/test";
import { expectAccessible, guardPage, loginWithKeyboard, screenshot } from "./helpers";

test("a wrong password is shown beside the field and in the summary", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "veileder@husly.test", "feil-passord-her");
  const summary = page.getByRole("heading", { name: "Du må rette dette før du kan gå videre" });
  await expect(summary).toBeVisible();
  await expect(page.getByText("Feil e-postadresse eller passord.").first()).toBeVisible();
  await expect(page.getByLabel("Passord")).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, testInfo, "login-error");
  await expectAccessible(page);
  checkGuards();
});

test("log in, see the shell, switch office and log out", async ({ page, baseURL }, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Logg inn i Husly" })).toBeVisible();
  await screenshot(page, testInfo, "login");
  await expectAccessible(page);

  await loginWithKeyboard(page, "veileder@husly.test");
  await expect(page.getByRole("heading", { name: "Hei, Vera Veileder" })).toBeVisible();
  await expect(page.getByText("Du arbeider nå for Nav Bodø.")).toBeVisible();
  // What waits for the office, as counts linked to the lists.
  await expect(page.getByRole("heading", { name: "Dette venter" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /opphold har vart mer enn 3 måneder/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /avvik er ikke lukket/ })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /enhet(er)? mangler gyldig, forsvarlig kvalitetskontroll/ }),
  ).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Hovedmeny" });
  for (const item of ["Henvendelser", "Opphold", "Botilbud", "Avvik"])
    await expect(menu.getByRole("link", { name: item })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Administrasjon" })).toHaveCount(0);
  await screenshot(page, testInfo, "home");
  await expectAccessible(page);

  // Switch office with the keyboard: open the user menu, choose Nav Indre Salten.
  await page.getByRole("button", { name: /Vera Veileder/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitemradio", { name: "Nav Indre Salten" })).toBeVisible();
  await screenshot(page, testInfo, "office-menu");
  await page.getByRole("menuitemradio", { name: "Nav Indre Salten" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Du arbeider nå for Nav Indre Salten.")).toBeVisible();

  // The choice is kept by the server: it survives a reload.
  await page.reload();
  await expect(page.getByText("Du arbeider nå for Nav Indre Salten.")).toBeVisible();

  await menu.getByRole("link", { name: "Henvendelser" }).click();
  await expect(page.getByRole("heading", { name: "Henvendelser", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: /Vera Veileder/ }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { name: "Logg inn i Husly" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Logg inn i Husly" })).toBeVisible();
  checkGuards();
});
