import { expect, test } from "@playwright/test";
import type { Page, TestInfo } from "@playwright/test";
import {
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
} from "./helpers";

/** The page at 1440 px and at 390 px (a phone), then back to the default size. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, testInfo, `${name}-${width}`);
    // Nothing scrolls sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("an administrator gives an office the contact details its letters print", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Administrasjon");
  await page.getByRole("tab", { name: "Kontorer" }).click();
  const editor = page.getByRole("region", { name: "Endre kontaktopplysninger" });
  await expect(editor).toBeVisible();

  // The demo office's details are there to change.
  await editor.getByLabel("Kontor", { exact: true }).selectOption({ label: "Nav Tromsø" });
  await expect(editor.getByLabel("Postadresse")).toHaveValue("Postboks 5501, 9008 Tromsø");
  await expect(editor.getByLabel("Klageinstans")).toHaveValue(
    "Statsforvalteren i Troms og Finnmark",
  );

  // A bad phone number and e-mail address are refused beside the field, in Norwegian.
  await editor.getByLabel("Telefon").fill("75 55");
  await editor.getByRole("button", { name: "Lagre kontaktopplysninger" }).click();
  await expect(editor.getByText("Telefonnummeret må ha åtte sifre").first()).toBeVisible();
  await expectAccessible(page);
  await editor.getByLabel("Telefon").fill("77 55 33 33");
  await editor.getByLabel("E-post").fill("nav.tromso");
  await editor.getByRole("button", { name: "Lagre kontaktopplysninger" }).click();
  await expect(editor.getByText("E-postadressen er ikke gyldig").first()).toBeVisible();

  await editor.getByLabel("E-post").fill("Nav.Tromso@husly.test");
  await editor.getByRole("button", { name: "Lagre kontaktopplysninger" }).click();
  await expect(
    editor.getByRole("status").filter({ hasText: "Lagret kontaktopplysningene for Nav Tromsø." }),
  ).toBeVisible();
  await expect(editor.getByLabel("E-post")).toHaveValue("nav.tromso@husly.test");
  await expectAccessible(page);

  // The approval switch leaves them as they are.
  await page.getByRole("checkbox", { name: "Godkjennes av leder (Nav Tromsø)" }).click();
  await expect(
    page.getByRole("checkbox", { name: "Godkjennes av leder (Nav Tromsø)" }),
  ).toBeChecked();
  const offices = await (await page.request.get("/api/v1/offices")).json();
  const tromso = offices.find((office: { name: string }) => office.name === "Nav Tromsø");
  expect(tromso.phone).toBe("77 55 33 33");
  expect(tromso.decisionsNeedApproval).toBe(true);
  // Back as it was, for the other flows sharing this server.
  await page.getByRole("checkbox", { name: "Godkjennes av leder (Nav Tromsø)" }).click();
  await expect(
    page.getByRole("checkbox", { name: "Godkjennes av leder (Nav Tromsø)" }),
  ).not.toBeChecked();

  await screenshots(page, testInfo, "admin-office-contact");
  checkGuards();
});
