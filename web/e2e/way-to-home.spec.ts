// On the way to a home (docs/domain.md#on-the-way-to-a-home), in the browser: the reminder to ask about
// an individuell plan, a deposit-guarantee referral refused until the person consents for the landlord,
// the referral's outcome, and the plan with its coordinator; errors beside the field, axe, 390 px.
import { expect, test } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  norwegianDay,
  screenshotsAtBothWidths,
} from "./helpers";

type StayRow = { id: number };

test("the stay page leads towards a home: plan, consent and referrals", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  // A stay of three weeks or more whose person has not been asked about an individuell plan.
  await request.post("/api/v1/auth/login", {
    data: { email: "veileder@husly.test", password: demoPassword },
  });
  const open: StayRow[] = (await (await request.get("/api/v1/stays?list=open")).json()).stays;
  let stayId = 0;
  for (const row of open) {
    const detail = await (await request.get(`/api/v1/stays/${row.id}`)).json();
    if (detail.individualPlanReminder) {
      stayId = row.id;
      break;
    }
  }
  expect(stayId, "the demo has a stay whose person is not asked about a plan").toBeGreaterThan(0);

  await loginWithKeyboard(page, "veileder@husly.test");
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
  await page.goto(`/opphold/${stayId}`);
  const reminder = page.getByRole("link", { name: "Gå til Veien til egen bolig" });
  await expect(reminder).toBeVisible();
  // By keyboard: the reminder's link opens the tab.
  await reminder.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "Veien til egen bolig" })).toHaveAttribute(
    "aria-selected",
    "true",
  );

  // A deposit guarantee goes to a landlord: refused beside the field until the person consents.
  const referrals = page.getByRole("region", { name: "Henvisninger og søknader" });
  await referrals.getByLabel("Ny henvisning").selectOption({ label: "Depositumsgaranti" });
  await referrals.getByLabel("Sendt").fill(norwegianDay());
  await referrals.getByRole("button", { name: "Registrer henvisning" }).click();
  await expect(
    referrals.getByText(/har ikke gitt samtykke som gjaldt for «Utleier/).first(),
  ).toBeVisible();
  await expectAccessible(page);

  const consents = page.getByRole("region", { name: "Samtykke til å dele opplysninger" });
  await consents.getByRole("checkbox", { name: "Utleier (depositumsgaranti)" }).check();
  await consents.getByLabel("Gitt").fill(norwegianDay());
  await consents.getByRole("button", { name: "Registrer samtykke" }).click();
  await expect(consents.getByText("Samtykket er registrert.")).toBeVisible();

  await referrals.getByLabel("Ny henvisning").selectOption({ label: "Depositumsgaranti" });
  await referrals.getByLabel("Sendt").fill(norwegianDay());
  await referrals.getByRole("button", { name: "Registrer henvisning" }).click();
  await expect(referrals.getByText("Henvisningen er registrert.")).toBeVisible();
  const card = referrals.getByRole("listitem").filter({ hasText: "Depositumsgaranti" }).last();
  await card.getByLabel("Utfall").selectOption({ label: "Innvilget" });
  await card.getByLabel("Svar kom").fill(norwegianDay(3));
  await card.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(card.getByText("Svardatoen kan ikke være fram i tid.").first()).toBeVisible();
  await card.getByLabel("Svar kom").fill(norwegianDay());
  await card.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(
    referrals.getByText(new RegExp(`Innvilget ${norwegianDay().replace(/\./g, "\\.")}`)).last(),
  ).toBeVisible();

  // The individuell plan: the coordinator is a name, never an identity number.
  const plan = page.getByRole("region", { name: "Individuell plan" });
  await plan.getByRole("radio", { name: "Ønsker individuell plan" }).check();
  await plan.getByRole("textbox", { name: "Spurt" }).fill(norwegianDay());
  await plan.getByLabel("Koordinator").fill("Kari 01010150125");
  await plan.getByRole("button", { name: "Lagre individuell plan" }).click();
  await expect(plan.getByText(/ikke fødselsnummer eller andre tall/).first()).toBeVisible();
  await expectAccessible(page);
  await plan.getByLabel("Koordinator").fill("Kari Nordmann, boligkonsulent");
  await plan.getByRole("button", { name: "Lagre individuell plan" }).click();
  await expect(plan.getByText("Individuell plan er lagret.")).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "way-to-home");
  checkGuards();
});
