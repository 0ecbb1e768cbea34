import { expect, request, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  openFromMenu,
  screenshot,
  norwegianDay,
} from "./helpers";

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** A granted case for a family (the case flow has its own browser tests), through the API. */
async function grantedFamilyCase(api: APIRequestContext, csrf: string, lastName: string) {
  const headers = { "X-CSRF-Token": csrf };
  const person = await api.post("/api/v1/persons", {
    headers,
    data: { firstName: "Sara", lastName, birthDate: "1991-04-02" },
  });
  expect(person.status()).toBe(201);
  const created = await api.post("/api/v1/requests", {
    headers,
    data: {
      personId: (await person.json()).id,
      channel: "muntlig",
      acute: true,
      members: [{ role: "child", firstName: "Leo", birthDate: "2018-06-01" }],
    },
  });
  expect(created.status()).toBe(201);
  const requestId = (await created.json()).id as number;
  const decision = `/api/v1/requests/${requestId}/decision`;
  expect(
    (
      await api.put(decision, {
        headers,
        data: {
          outcome: "INNVILGET",
          periodFrom: isoDay(0),
          periodTo: isoDay(60),
          offerKind: "skaffes",
          offerFindBy: isoDay(0),
          facts: "Familien har mistet boligen etter brann.",
          considerations: "Familien har ingen å bo hos.",
        },
      })
    ).status(),
  ).toBe(200);
  expect((await api.post(`${decision}/decide`, { headers, data: {} })).status()).toBe(200);
  return requestId;
}

test("an office registers and inspects a unit, books it for a family, sees the board, records a turnaway and follows the deviation to closed", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/v1/auth/login", {
    data: { email: "veileder@husly.test", password: demoPassword },
  });
  const csrf = (await login.json()).csrfToken as string;
  const familyRequest = await grantedFamilyCase(api, csrf, "Havblikk");
  const unplacedRequest = await grantedFamilyCase(api, csrf, "Utenplass");

  await loginWithKeyboard(page, "veileder@husly.test");
  await openFromMenu(page, "Botilbud");
  await expect(page.getByRole("link", { name: "Bolig Nu", exact: true })).toBeVisible();
  await screenshot(page, testInfo, "accommodation-providers");
  await expectAccessible(page);

  // A new municipal provider: the offer type is required for the municipality's own.
  await page.getByRole("button", { name: "Ny tilbyder" }).click();
  await page.getByLabel("Navn").fill("Havblikk familiehus");
  await page.getByLabel("Type botilbud").selectOption("kommunal");
  await page.getByLabel("Kommuner tilbyderen tar imot folk fra").fill("1804");
  await page.getByRole("button", { name: "Registrer tilbyder" }).click();
  await expect(page.getByText("Velg hva slags kommunalt botilbud det er.").first()).toBeVisible();
  await page.getByLabel("Type kommunalt botilbud").selectOption("dognbemanning");
  await page.getByRole("button", { name: "Registrer tilbyder" }).click();
  await expect(page.getByRole("heading", { name: "Havblikk familiehus", level: 1 })).toBeVisible();

  // A family flat: one room with four beds, suited to families.
  await page.getByLabel("Navn på enheten").fill("Havblikk leilighet");
  await page.getByLabel("Type enhet").selectOption("leilighet");
  await page.getByLabel("Kommunenummer").fill("1804");
  await page.getByLabel("Senger").fill("4");
  await page.getByLabel("Pris per natt (kr)").fill("650");
  await page.getByLabel("Prisen gjelder fra").fill(norwegianDay(-30));
  await page.getByLabel("Bemanning").selectOption("dogn");
  await page
    .getByRole("group", { name: /^Passer for/ })
    .getByLabel("Barnefamilier")
    .check();
  await page.getByRole("button", { name: "Registrer enhet" }).click();
  await expect(page.getByRole("heading", { name: "Havblikk leilighet", level: 1 })).toBeVisible();
  await expect(page.getByText("Mangler kvalitetskontroll").first()).toBeVisible();

  // The inspection: every U-5/2003 item answered, then the verdict.
  await page.getByLabel("Kontrollert av").fill("Kari Kontroll");
  await page.getByRole("button", { name: "Registrer kontroll" }).click();
  await expect(
    page.getByText(/Alle kravpunktene i rundskriv U-5\/2003 må vurderes/).first(),
  ).toBeVisible();
  for (const radio of await page.getByRole("radio", { name: "I orden", exact: true }).all())
    await radio.check();
  await page.getByRole("radio", { name: "Forsvarlig", exact: true }).check();
  await page.getByRole("button", { name: "Registrer kontroll" }).click();
  await expect(page.getByText("Kvalitetskontrollen er registrert.")).toBeVisible();
  await expect(page.getByText("Forsvarlig").first()).toBeVisible();
  await screenshot(page, testInfo, "accommodation-unit");
  await expectAccessible(page);

  // Search for the family: the new flat is offered; Bolig Nu is left out with its reason.
  await page.goto(`/henvendelser/${familyRequest}`);
  // A check-out before the first night is refused beside the field.
  await page.getByLabel("Utsjekking (valgfritt)").fill(norwegianDay(-1));
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(
    page.getByText("Utsjekkingen må være minst én natt etter innsjekkingen.").first(),
  ).toBeVisible();
  await expect(page.getByLabel("Utsjekking (valgfritt)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Utsjekking (valgfritt)").fill(norwegianDay(14));
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  const offered = page.getByRole("table", { name: "Ledige og egnede plasser" });
  await expect(offered.getByRole("row", { name: /Havblikk leilighet/ })).toBeVisible();
  const leftOut = page.getByRole("table", { name: "Utelatt, med grunn" });
  await expect(leftOut.getByRole("row", { name: /Bolig Nu, rom 1–8/ })).toContainText(
    "ikke egnet for barnefamilier",
  );
  await screenshot(page, testInfo, "accommodation-search");
  await expectAccessible(page);
  // The table says what is free tonight, in beds.
  await expect(offered.getByRole("row", { name: /Havblikk leilighet/ })).toContainText(
    /ledige? seng/,
  );
  await offered.getByRole("button", { name: "Reserver Havblikk leilighet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Reservert Havblikk familiehus: Havblikk leilighet.")).toBeVisible();
  await page.getByRole("button", { name: "Sjekk inn i dag" }).click();
  await expect(page.getByText("Husstanden er sjekket inn.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til oppholdet" })).toBeVisible();

  // The board: the flat is taken tonight.
  await openFromMenu(page, "Botilbud");
  await page.getByRole("tab", { name: "Belegg" }).click();
  await expect(
    page
      .getByRole("row", { name: /Havblikk leilighet/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText("0 rom, 0 senger");
  await screenshot(page, testInfo, "accommodation-board");
  await expectAccessible(page);

  // No place for the other family: the turnaway, and the deviation it raises.
  await page.goto(`/henvendelser/${unplacedRequest}`);
  await page.getByRole("button", { name: "Registrer at plass ikke ble funnet" }).click();
  await page.getByRole("button", { name: "Registrer", exact: true }).click();
  await expect(page.getByText("Velg hvorfor det ikke ble funnet plass.").first()).toBeVisible();
  await page.getByRole("radio", { name: "Ingen ledig plass" }).check();
  await page.getByRole("checkbox", { name: "Plass i nabokommune" }).check();
  await page.getByRole("button", { name: "Registrer", exact: true }).click();
  await expect(page.getByText("Det er registrert at plass ikke ble funnet.")).toBeVisible();
  await expectAccessible(page);

  await openFromMenu(page, "Avvik");
  const row = page.getByRole("row", { name: /Utenplass/ });
  await expect(row).toContainText("Innvilget vedtak uten at plass ble funnet");
  await screenshot(page, testInfo, "deviations");
  await expectAccessible(page);
  await row.getByLabel("Merknad").fill("Meldt i kvalitetsmøtet.");
  await row.getByRole("button", { name: "Meld til kommunen" }).click();
  await expect(page.getByText("Avviket er meldt til kommunen.")).toBeVisible();
  // The list reloads: the reported deviation has left «Åpne» at once.
  await expect(page.getByRole("row", { name: /Utenplass/ })).toHaveCount(0);
  await page.getByRole("tab", { name: "Meldt til kommunen" }).click();
  const reported = page.getByRole("row", { name: /Utenplass/ });
  await reported.getByRole("button", { name: "Lukk avviket" }).click();
  await expect(page.getByText("Avviket er lukket.")).toBeVisible();
  await page.getByRole("tab", { name: "Lukket" }).click();
  await expect(page.getByRole("row", { name: /Utenplass/ })).toContainText("Lukket");
  await expectAccessible(page);
  await api.dispose();
  checkGuards();
});

test("provider staff see who is booked into their own units and nothing else", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "tilbyder@husly.test");
  // The front page names the provider she works for, not a Nav office.
  await expect(page.getByText(/Hotell Nordlys — (ingen|\d+) venter på bekreftelse/)).toBeVisible();
  await expect(page.getByText(/Du arbeider nå for Nav/)).toHaveCount(0);
  await openFromMenu(page, "Botilbud");
  await expect(page.getByRole("heading", { name: "Bookinger hos oss" })).toBeVisible();
  const cards = page.getByRole("listitem").filter({ hasText: "Hotell Nordlys" });
  await expect(cards.first()).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Bolig Nu" })).toHaveCount(0);
  await screenshot(page, testInfo, "provider-bookings");
  await expectAccessible(page);

  // Checking someone out is asked first; «Avbryt» leaves the booking as it was.
  const resident = cards.filter({ has: page.getByRole("button", { name: /^Sjekk ut/ }) }).first();
  await resident.getByRole("button", { name: /^Sjekk ut/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: /^Sjekk ut: / })).toBeVisible();
  // Checked once it has faded in: mid-animation, its colours are not yet its own.
  await expect(dialog).toHaveCSS("opacity", "1");
  await expect(dialog.getByRole("button", { name: "Sjekk ut" })).toHaveCSS("opacity", "1");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(resident.getByText("Innsjekket")).toBeVisible();

  // On a phone: one card per booking, every button inside the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  for (const button of await page.getByRole("button", { name: /^(Sjekk|Bekreft|Avvis)/ }).all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await screenshot(page, testInfo, "provider-bookings-390");
  await expectAccessible(page);
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Henvendelser" }),
  ).toHaveCount(0);
  // A deep link to another role's page says so, instead of showing its form failing.
  for (const address of ["/administrasjon/revisjonslogg", "/henvendelser/ny", "/avvik"]) {
    await page.goto(address);
    await expect(
      page.getByRole("heading", { name: "Du har ikke tilgang til denne siden" }),
    ).toBeVisible();
    await expect(page.getByRole("textbox")).toHaveCount(0);
  }
  await expectAccessible(page);
  checkGuards();
});
