import { expect, test } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import {
  demoPassword,
  expectAccessible,
  guardPage,
  loginWithKeyboard,
  screenshot,
  screenshotsAtBothWidths,
  openFromMenu,
} from "./helpers";

/** Logs the API client in; returns the session's CSRF token. */
async function apiLogin(request: APIRequestContext, email: string, password = demoPassword) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status()).toBe(200);
  return (await login.json()).csrfToken as string;
}

/** Opens «Ny bruker» above the list of users. */
async function openNewUser(page: Page) {
  await page.getByRole("button", { name: "Ny bruker" }).click();
  await expect(page.getByRole("dialog", { name: "Ny bruker" })).toBeVisible();
  return page.getByRole("dialog", { name: "Ny bruker" });
}

test("an administrator creates an office and a user, and reads the audit log", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Administrasjon");
  await expect(page.getByRole("heading", { name: "Brukere" })).toBeVisible();

  // Offices: a bad unit number is refused beside the field; then a valid office.
  await page.getByRole("tab", { name: "Kontorer" }).click();
  // The tab is a route: wait for its form, or the name goes into the users' form being replaced.
  await expect(page.getByRole("heading", { name: "Nytt kontor" })).toBeVisible();
  await page.getByLabel("Navn").fill("Nav Lillestrøm");
  await page.getByLabel("Enhetsnummer").fill("12a4");
  await page.getByRole("button", { name: "Opprett kontor" }).click();
  await expect(page.getByText("Enhetsnummeret må være fire sifre.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Enhetsnummer").fill("0230");
  await page.getByRole("combobox", { name: "Kommuner kontoret betjener" }).fill("Lillestrøm");
  await page.getByRole("option", { name: "Lillestrøm (3205)" }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Opprett kontor" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Opprettet Nav Lillestrøm." }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "Lillestrøm (3205)" })).toBeVisible();
  // The approval switch names its office for screen readers only.
  await expect(page.getByLabel("Godkjennes av leder (Nav Lillestrøm)")).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: "0230" }).locator(".aksel-sr-only"),
  ).toHaveText("(Nav Lillestrøm)");
  await screenshot(page, testInfo, "admin-offices");
  await screenshotsAtBothWidths(page, testInfo, "admin-offices");

  // Users: the list comes first; a short password is refused beside the field, then the user is
  // created.
  await page.getByRole("tab", { name: "Brukere" }).click();
  await expect(page.getByRole("heading", { name: "Brukere" })).toBeVisible();
  await openNewUser(page);
  await page.getByLabel("Navn").fill("Nina Ny");
  await page.getByLabel("E-postadresse").fill("nina@husly.test");
  await page.getByLabel("Passord").fill("kort");
  await page.getByLabel("Kontor").selectOption({ label: "Nav Lillestrøm" });
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByText("Passordet må ha minst 12 tegn.").first()).toBeVisible();
  await expect(page.getByLabel("Passord")).toHaveAttribute("aria-invalid", "true");
  // A weak one is refused with the reason, and the form says how strong it is while typing.
  await page.getByLabel("Passord").fill("passwordpassword");
  await expect(page.getByTestId("password-strength")).toContainText("Styrke: Svært svakt");
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByText(/for lett å gjette: det gjentar/).first()).toBeVisible();
  await page.getByLabel("Passord").fill("et langt nok passord");
  await expect(page.getByTestId("password-strength")).toContainText("Godt nok");
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(
    page.getByRole("status").filter({
      hasText: "Opprettet Nina Ny. Rollen Veileder, Nav Lillestrøm venter på godkjenning",
    }),
  ).toBeVisible();
  const nina = page.getByRole("row").filter({ hasText: "nina@husly.test" });
  await expect(nina).toContainText("Veileder, Nav Lillestrøm venter på godkjenning");
  await screenshot(page, testInfo, "admin-users");
  await expectAccessible(page);

  // «Endre»: a new name, saved with a success message.
  await nina.getByRole("button", { name: "Endre Nina Ny" }).click();
  const edit = page.getByRole("dialog", { name: "Endre Nina Ny" });
  await edit.getByLabel("Navn").fill("");
  await edit.getByRole("button", { name: "Lagre" }).click();
  await expect(edit.getByText("Navnet må fylles ut.").first()).toBeVisible();
  await expect(edit.getByLabel("Navn")).toHaveAttribute("aria-invalid", "true");
  await edit.getByLabel("Navn").fill("Nina Nyberg");
  await edit.getByRole("button", { name: "Lagre" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Endringene for Nina Nyberg er lagret." }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "nina@husly.test" })).toContainText(
    "Nina Nyberg",
  );

  // A provider's staff user picks the provider in the same form (no second step under Botilbud).
  const form = await openNewUser(page);
  await form.getByLabel("Navn").fill("Tora Tilbyder");
  await form.getByLabel("E-postadresse").fill("tora@husly.test");
  await form.getByLabel("Passord").fill("toras første passord 9");
  await form.getByLabel("Rolle").selectOption({ label: "Ansatt hos tilbyder" });
  await expect(form.getByLabel("Botilbud")).toBeDisabled();
  await form.getByLabel("Kontor").selectOption({ label: "Nav Bodø" });
  await expect(
    form.getByLabel("Botilbud").locator("option", { hasText: "Hotell Nordlys" }),
  ).toHaveCount(1);
  await form.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(form.getByText("Velg botilbudet brukeren arbeider ved.").first()).toBeVisible();
  await form.getByLabel("Botilbud").selectOption({ label: "Hotell Nordlys" });
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "admin-new-provider-staff");
  await form.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Opprettet Tora Tilbyder, ansatt hos Hotell Nordlys." }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "tora@husly.test" })).toContainText(
    "Ansatt hos tilbyder, Nav Bodø venter på godkjenning",
  );
  await screenshotsAtBothWidths(page, testInfo, "admin-users");

  // The audit log describes what was done in words and names the users, and the chain verifies.
  await page.getByRole("tab", { name: "Revisjonslogg" }).click();
  await expect(page.getByRole("cell", { name: "Opprettet bruker" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Opprettet kontor" }).first()).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "La til ansatt hos tilbyder" }).first(),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "Nina Nyberg (bruker)" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Kontroller loggen" }).click();
  await expect(page.getByText(/Loggen er hel: [\d\u00a0 ]+ hendelser kontrollert\./)).toBeVisible();
  await page.getByLabel("Bruker").selectOption({ label: "Adam Administrator" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Logget inn" }).first()).toBeVisible();
  await page.getByLabel("Bruker").selectOption({ label: "Alle" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Adam Administrator" }).first()).toBeVisible();
  // Never an event's code («request.list», «deviation.report») nor «user 6».
  const log = page.getByRole("table");
  await expect(log).not.toContainText(/\b[a-z_]+\.[a-z_]+\b/);
  await expect(log).not.toContainText(/\buser\b/);
  await expect(log).not.toContainText(/#\d/);
  await screenshot(page, testInfo, "admin-audit");
  await screenshotsAtBothWidths(page, testInfo, "admin-audit");
  await expectAccessible(page);
  checkGuards();
});

test("caseworker access waits for the office's leder, and a password set by the administrator is changed first", async ({
  page,
  baseURL,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Administrasjon");
  await openNewUser(page);
  await page.getByLabel("Navn").fill("Per Prøve");
  await page.getByLabel("E-postadresse").fill("per.prove@husly.test");
  await page.getByLabel("Passord").fill("midlertidig passord 7");
  await page.getByLabel("Kontor").selectOption({ label: "Nav Bodø" });
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Rollen Veileder, Nav Bodø venter på godkjenning" }),
  ).toBeVisible();
  // The administrator who asked cannot approve it.
  const row = page.getByRole("row").filter({ hasText: "Per Prøve" }).filter({ hasText: "Adam" });
  await expect(row).toContainText("Må godkjennes av en annen");
  await expect(row.getByRole("button", { name: /Godkjenn/ })).toHaveCount(0);
  await screenshot(page, testInfo, "admin-pending-grant");
  await expectAccessible(page);

  // Bodø's leder approves it from the front page.
  await page.context().clearCookies();
  await loginWithKeyboard(page, "leder@husly.test");
  const pending = page.getByRole("row").filter({ hasText: "Per Prøve" });
  await expect(pending).toContainText("Veileder");
  await pending.getByRole("button", { name: "Godkjenn Per Prøve" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Godkjente veileder for Per Prøve." }),
  ).toBeVisible();

  // Per logs in with the password the administrator chose and must replace it first.
  await page.context().clearCookies();
  await loginWithKeyboard(page, "per.prove@husly.test", "midlertidig passord 7");
  await expect(page.getByRole("heading", { name: "Bytt passord" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Passordet du fikk").fill("midlertidig passord 7");
  await page.getByLabel("Nytt passord", { exact: true }).fill("aaaaaaaaaaaa");
  await page.getByLabel("Gjenta nytt passord").fill("aaaaaaaaaaaa");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByText(/for lett å gjette/).first()).toBeVisible();
  await page.getByLabel("Nytt passord", { exact: true }).fill("pers eget lange passord");
  await page.getByLabel("Gjenta nytt passord").fill("pers eget lange passord");
  await screenshot(page, testInfo, "change-password");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByRole("heading", { name: "Hei, Per Prøve" })).toBeVisible();
  await expect(page.getByText("Du arbeider nå for Nav Bodø.")).toBeVisible();
  checkGuards();
});

// Finding F1 of the second review: an administrator's new password for another user waits for a
// second person, and only then can the user log in with it (and must replace it at once).
test("a password the administrator asks for takes effect only when a leder approves it", async ({
  page,
  baseURL,
  request,
}, testInfo) => {
  const checkGuards = guardPage(page, baseURL!);
  // Rita, a caseworker at Bodø (her role approved by the office's leder).
  let csrf = await apiLogin(request, "admin@husly.test");
  const offices = await (await request.get("/api/v1/offices")).json();
  const bodo = offices.find((office: { name: string }) => office.name === "Nav Bodø").id;
  const created = await request.post("/api/v1/users", {
    headers: { "X-CSRF-Token": csrf },
    data: {
      email: "rita.reset@husly.test",
      displayName: "Rita Reset",
      password: "ritas første passord 1",
      roles: [{ role: "veileder", officeId: bodo }],
    },
  });
  expect(created.status()).toBe(201);
  const grantId = (await created.json()).pendingRoles[0].grantId;
  csrf = await apiLogin(request, "leder@husly.test");
  const roleApproved = await request.post(`/api/v1/role-grants/${grantId}/approve`, {
    headers: { "X-CSRF-Token": csrf },
    data: {},
  });
  expect(roleApproved.status()).toBe(200);

  // The administrator edits Rita: a role at another office and a new password, in one «Endre».
  // Both wait for a second person, and cannot be approved by the administrator.
  await loginWithKeyboard(page, "admin@husly.test");
  await openFromMenu(page, "Administrasjon");
  const ritaRow = page.getByRole("row").filter({ hasText: "rita.reset@husly.test" });
  await ritaRow.getByRole("button", { name: "Endre Rita Reset" }).click();
  const edit = page.getByRole("dialog", { name: "Endre Rita Reset" });
  await expect(edit.getByRole("listitem").filter({ hasText: "Veileder, Nav Bodø" })).toBeVisible();
  await edit.getByLabel("Ny rolle").selectOption({ label: "Veileder" });
  await edit.getByRole("button", { name: "Legg til rolle" }).click();
  await expect(edit.getByText("Velg kontoret rollen gjelder.")).toBeVisible();
  await edit.getByLabel("Ved kontor").selectOption({ label: "Nav Indre Salten" });
  await edit.getByRole("button", { name: "Legg til rolle" }).click();
  await expect(
    edit.getByRole("listitem").filter({ hasText: "Veileder, Nav Indre Salten" }),
  ).toContainText("ny");
  await edit.getByLabel("Nytt passord for brukeren (valgfritt)").fill("kort");
  await edit.getByRole("button", { name: "Lagre" }).click();
  await expect(edit.getByText("Passordet må ha minst 12 tegn.").first()).toBeVisible();
  await expect(edit.getByLabel("Nytt passord for brukeren (valgfritt)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page);
  await screenshotsAtBothWidths(page, testInfo, "admin-edit-user");
  await edit
    .getByLabel("Nytt passord for brukeren (valgfritt)")
    .fill("administratorens valg for rita");
  await edit.getByRole("button", { name: "Lagre" }).click();
  const saved = page
    .getByRole("status")
    .filter({ hasText: "Endringene for Rita Reset er lagret." });
  await expect(saved).toContainText("Rollen Veileder, Nav Indre Salten venter på godkjenning");
  await expect(saved).toContainText("Nytt passord venter på godkjenning");
  await expect(ritaRow).toContainText("Nytt passord venter på godkjenning");
  await expect(ritaRow).toContainText("Veileder, Nav Indre Salten venter på godkjenning");
  const pendingForAdmin = page
    .getByRole("row")
    .filter({ hasText: "Rita Reset" })
    .filter({ hasText: "Nytt passord" })
    .filter({ hasText: "Adam Administrator" });
  await expect(pendingForAdmin).toContainText("Må godkjennes av en annen");
  await expect(pendingForAdmin.getByRole("button", { name: /Godkjenn/ })).toHaveCount(0);
  await screenshot(page, testInfo, "admin-pending-password-reset");
  await expectAccessible(page);

  // Not in force yet: the new password does not let anyone in.
  const early = await request.post("/api/v1/auth/login", {
    data: { email: "rita.reset@husly.test", password: "administratorens valg for rita" },
  });
  expect(early.status()).toBe(401);

  // Bodø's leder approves it from the front page, with the same buttons as a role.
  await page.context().clearCookies();
  await loginWithKeyboard(page, "leder@husly.test");
  const pending = page
    .getByRole("row")
    .filter({ hasText: "Rita Reset" })
    .filter({ hasText: "Nytt passord" });
  await expect(pending).toBeVisible();
  await expectAccessible(page);
  await pending.getByRole("button", { name: "Godkjenn Rita Reset" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Godkjente nytt passord for Rita Reset." }),
  ).toBeVisible();

  // Rita logs in with it and must replace it first; then she changes her password once more
  // from the menu, which needs the CSRF token of the new session the first change gave her.
  await page.context().clearCookies();
  await loginWithKeyboard(page, "rita.reset@husly.test", "administratorens valg for rita");
  await expect(page.getByRole("heading", { name: "Bytt passord" })).toBeVisible();
  await page.getByLabel("Passordet du fikk").fill("administratorens valg for rita");
  await page.getByLabel("Nytt passord", { exact: true }).fill("administratorens valg for rita!");
  await page.getByLabel("Gjenta nytt passord").fill("administratorens valg for rita!");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByText(/ligner for mye på det du har nå/).first()).toBeVisible();
  await page.getByLabel("Nytt passord", { exact: true }).fill("ritas helt eget passord 2026");
  await page.getByLabel("Gjenta nytt passord").fill("ritas helt eget passord 2026");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByRole("heading", { name: "Hei, Rita Reset" })).toBeVisible();
  await page.getByRole("button", { name: "Rita Reset" }).click();
  await page.getByRole("menuitem", { name: "Bytt passord" }).click();
  await page.getByLabel("Nåværende passord").fill("ritas helt eget passord 2026");
  await page.getByLabel("Nytt passord", { exact: true }).fill("rita bytter igjen i juni");
  await page.getByLabel("Gjenta nytt passord").fill("rita bytter igjen i juni");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByText("Passordet er byttet.")).toBeVisible();
  checkGuards();
});

test("an analyst has no administration and no person data", async ({ page }) => {
  await loginWithKeyboard(page, "analytiker@husly.test");
  const menu = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(menu.getByRole("link", { name: "Statistikk" })).toBeVisible();
  for (const item of ["Administrasjon", "Henvendelser", "Opphold"])
    await expect(menu.getByRole("link", { name: item })).toHaveCount(0);
  const response = await page.request.get("/api/v1/audit");
  expect(response.status()).toBe(403);
});
