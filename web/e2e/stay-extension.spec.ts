import { expect, test } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  screenshotsAtBothWidths,
} from "./helpers";

type OpenStay = { id: number; personId: number; periodTo: string | null; periodExpired: boolean };

/** "2026-12-24" plus `days`, as a caseworker types it: "31.12.2026". */
function typedDay(isoDate: string, days: number) {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const [year, month, day] = date.toISOString().slice(0, 10).split("-");
  return `${day}.${month}.${year}`;
}

test("a new vedtak for someone living in a place extends the stay they are in", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  // Set-up over the API: someone living in a place whose vedtak still runs asks again.
  const login = await request.post("/api/v1/auth/login", {
    data: { email: "veileder@husly.test", password: demoPassword },
  });
  const csrf = (await login.json()).csrfToken as string;
  const today = new Date().toISOString().slice(0, 10);
  const open: OpenStay[] = (await (await request.get("/api/v1/stays?list=open")).json()).stays;
  const stay = open
    .filter((s) => s.periodTo !== null && s.periodTo >= today && !s.periodExpired)
    .sort((a, b) => a.periodTo!.localeCompare(b.periodTo!))[0];
  expect(stay, "the demo has someone living in a place on a running vedtak").toBeTruthy();
  const asked = await request.post("/api/v1/requests", {
    headers: { "X-CSRF-Token": csrf },
    data: { personId: stay.personId, channel: "muntlig", acute: false, members: [] },
  });
  expect(asked.status()).toBe(201);
  const requestId = (await asked.json()).id as number;

  await loginWithKeyboard(page, "veileder@husly.test");
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
  await page.goto(`/henvendelser/${requestId}`);
  // Before the vedtak: the page says where the person lives and offers no booking.
  const section = page.getByRole("region", { name: "Opphold" });
  await expect(section.getByText(/Personen bor allerede i midlertidig botilbud/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Plass" })).toHaveCount(0);

  // The new vedtak: from the day after the current one ends, for two more weeks.
  const until = typedDay(stay.periodTo!, 14);
  await page.getByRole("radio", { name: "Innvilget", exact: true }).check();
  await page.getByLabel("Fra og med").fill(typedDay(stay.periodTo!, 1));
  await page.getByLabel("Til og med").fill(until);
  // The vedtak says where: the household stays where it lives (docs/domain.md#rule-vedtak-names-the-offer).
  await page.getByRole("radio", { name: "Nav-kontoret skaffer et sted innen en dato" }).check();
  await page.getByLabel("Nav-kontoret skaffer stedet senest").fill(typedDay(stay.periodTo!, 1));
  await page
    .getByLabel("Faktiske forhold vedtaket bygger på")
    .fill("Har fortsatt ikke bolig; har søkt kommunal bolig.");
  await page
    .getByLabel("Hensyn som har vært avgjørende")
    .fill("Kan ikke skaffe seg et sted å bo selv ennå.");
  await page.getByRole("button", { name: "Fatt vedtak" }).click();

  // One stay: the vedtak extends it, the check-in day stands.
  const extend = section.getByRole("button", { name: `Forleng oppholdet til ${until}` });
  await expect(extend).toBeVisible();
  await expectAccessible(page);
  await extend.click();
  await expect(
    section.getByText(new RegExp(`til og med ${until.replace(/\./g, "\\.")}`)),
  ).toBeVisible();
  await expect(extend).toHaveCount(0);
  await screenshotsAtBothWidths(page, testInfo, "stay-extended-request");

  await section.getByRole("link", { name: "Gå til oppholdet" }).click();
  await expect(page.getByRole("link", { name: `Forlenget til ${until}` })).toBeVisible();
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "stay-extended-overview");
  checkGuards();
});
