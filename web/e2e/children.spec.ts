import { expect, request, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  isoDay,
  providerWithUnit,
  guardPage,
  loginWithKeyboard,
  norwegianDay,
  screenshotsAtBothWidths,
} from "./helpers";

/** A granted case for a mother and her son Leo (6), through the API. */
async function grantedFamilyCase(api: APIRequestContext, headers: Record<string, string>) {
  const person = await api.post("/api/v1/persons", {
    headers,
    data: { firstName: "Mona", lastName: "Barnevik", birthDate: "1990-03-03" },
  });
  expect(person.status()).toBe(201);
  const created = await api.post("/api/v1/requests", {
    headers,
    data: {
      personId: (await person.json()).id,
      channel: "muntlig",
      acute: true,
      members: [{ role: "child", firstName: "Leo", birthDate: "2020-02-02" }],
    },
  });
  expect(created.status()).toBe(201);
  const requestId = (await created.json()).id as number;
  const decision = `/api/v1/requests/${requestId}/decision`;
  const draft = await api.put(decision, {
    headers,
    data: {
      outcome: "INNVILGET",
      periodFrom: isoDay(0),
      periodTo: isoDay(60),
      offerKind: "skaffes",
      offerFindBy: isoDay(0),
      facts: "Familien har mistet boligen.",
      considerations: "Familien har ingen å bo hos.",
    },
  });
  expect(draft.status()).toBe(200);
  expect((await api.post(`${decision}/decide`, { headers, data: {} })).status()).toBe(200);
  return requestId;
}

test("a family is kept away from a low-threshold offer at the same address, a child left out needs where it lives, and the leder sees the best-interests assessment open until it is recorded", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/v1/auth/login", {
    data: { email: "veileder@husly.test", password: demoPassword },
  });
  const headers = { "X-CSRF-Token": (await login.json()).csrfToken as string };
  await providerWithUnit(
    api,
    headers,
    { name: "Havnegården", kind: "kommunal", address: "Havnegata 7, 8006 Bodø" },
    { name: "Havnegården familierom", suits: ["barnefamilier"] },
  );
  await providerWithUnit(
    api,
    headers,
    { name: "Havnegata lavterskel", kind: "lavterskel", address: "havnegata 7, 8006 bodø" },
    { name: "Havnegata natthjem", suits: ["rusbrukere"] },
  );
  await providerWithUnit(
    api,
    headers,
    { name: "Fjordgløtt", kind: "kommunal", address: "Fjordveien 2, 8006 Bodø" },
    { name: "Fjordgløtt leilighet", suits: ["barnefamilier"] },
  );
  const requestId = await grantedFamilyCase(api, headers);
  await api.dispose();

  await loginWithKeyboard(page, "veileder@husly.test");
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
  await page.goto(`/henvendelser/${requestId}`);
  await page.getByLabel("Utsjekking (valgfritt)").fill(norwegianDay(10));
  await page.getByRole("button", { name: "Søk", exact: true }).click();

  // The family room shares its address with a low-threshold shelter: left out, with the reason.
  const offered = page.getByRole("table", { name: "Ledige og egnede plasser" });
  await expect(offered.getByRole("row", { name: /Fjordgløtt leilighet/ })).toBeVisible();
  await expect(offered.getByRole("row", { name: /Havnegården familierom/ })).toHaveCount(0);
  const leftOut = page.getByRole("table", { name: "Utelatt, med grunn" });
  await expect(leftOut.getByRole("row", { name: /Havnegården familierom/ })).toContainText(
    "samme adresse er for personer som bruker rusmidler",
  );
  await expectAccessible(page);

  // Leo will live with his father: the form warns, and asks why and where, before it is saved.
  await page.getByRole("checkbox", { name: /Barn: Leo/ }).uncheck();
  await expect(page.getByText("Et barn i husstanden skal ikke bo på plassen.")).toBeVisible();
  await offered.getByRole("button", { name: "Reserver Fjordgløtt leilighet" }).click();
  const why = page.getByLabel(/Hvorfor bor ikke Barn: Leo/);
  await expect(why).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByText("Skriv hvorfor barnet ikke skal bo sammen med familien på plassen.").first(),
  ).toBeVisible();
  await why.fill("Bor hos faren i skoleuka.");
  await page.getByLabel("Hvor bor barnet i mellomtiden?").fill("Hos faren i Bodø");
  await screenshotsAtBothWidths(page, testInfo, "children-absent-child");
  await expectAccessible(page);
  await offered.getByRole("button", { name: "Reserver Fjordgløtt leilighet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Reservert Fjordgløtt: Fjordgløtt leilighet.")).toBeVisible();

  // The family placed: the assessment of Leo's best interests and of barnevern is asked for.
  const section = page.getByRole("region", { name: "Barnets beste og barnevern" });
  await expect(section.getByText(/En barnefamilie er plassert/)).toBeVisible();

  // The leder sees it on the front page until it is recorded, and follows it to the case.
  await page.getByRole("button", { name: /Vera Veileder/ }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await loginWithKeyboard(page, "leder@husly.test");
  const alert = page.getByRole("link", {
    name: /barnefamilier? er plassert uten registrert vurdering av barnets beste/,
  });
  await expect(alert).toBeVisible();
  await expectAccessible(page);
  await alert.click();
  await expect(page.getByRole("tab", { name: "Barnets beste", selected: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /Barnevik/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/henvendelser/${requestId}`);

  // Each part is required, beside its field.
  await section.getByRole("button", { name: "Registrer vurderingen" }).click();
  await expect(section.getByText("Skriv vurderingen av barnets beste.").first()).toBeVisible();
  await expect(section.getByLabel("Vurdering av barnets beste")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await section
    .getByLabel("Vurdering av barnets beste")
    .fill("Leo bor hos faren og beholder skoleplassen; moren har plass i nærheten.");
  await section.getByRole("radio", { name: "Barneverntjenesten trenger ikke å varsles" }).check();
  await section
    .getByLabel("Hvorfor trenger ikke barneverntjenesten å varsles?")
    .fill("Foreldrene samarbeider godt; ingen tegn til omsorgssvikt.");
  await screenshotsAtBothWidths(page, testInfo, "children-assessment");
  await expectAccessible(page);
  await section.getByRole("button", { name: "Registrer vurderingen" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByText("Vurderingen av barnets beste og barnevern er registrert."),
  ).toBeVisible();
  await expect(section.getByText(/Foreldrene samarbeider godt/)).toBeVisible();
  checkGuards();
});
