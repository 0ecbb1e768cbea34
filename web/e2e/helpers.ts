import type { APIRequestContext } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

export const demoPassword = "husly-demo-2026";

/** Fails the test on any request that leaves the machine, and on CSP violations. */
export function guardPage(page: Page, baseURL: string) {
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith("data:"))
      problems.push(`external request: ${url}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  return () => expect(problems).toEqual([]);
}

/** WCAG 2.1 AA check of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({
    path: `../test-output/screenshots/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}

/** Logs in with the keyboard alone: Tab between fields, Enter to submit. */
export async function loginWithKeyboard(page: Page, email: string, password = demoPassword) {
  await page.goto("/");
  await page.getByLabel("E-postadresse").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
}

/** Follows a link in the main menu ("Henvendelser", "Opphold", …). */
export async function openFromMenu(page: Page, item: string) {
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: item })
    .click();
}

/** Today plus `offset` days as a Norwegian user types it, "dd.mm.åååå". */
export function norwegianDay(offset = 0): string {
  const day = new Date(Date.now() + offset * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(day.getDate())}.${pad(day.getMonth() + 1)}.${day.getFullYear()}`;
}

/** "" when the page is no wider than the window; otherwise its width and the innermost element
 * that sticks out on the right. Runs in the browser. */
function pageOverflow(): string {
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth <= window.innerWidth) return "";
  let culprit: Element | undefined;
  const insideScroller = (element: Element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
      if (getComputedStyle(box).overflowX !== "visible") return true;
    return false;
  };
  for (const element of document.body.querySelectorAll("*")) {
    const sticksOut = element.getBoundingClientRect().right > window.innerWidth + 1;
    if (sticksOut && !insideScroller(element)) culprit = element;
  }
  const text = culprit?.textContent?.trim().slice(0, 60) ?? "";
  return `${pageWidth} px wide: <${culprit?.tagName.toLowerCase()} class="${culprit?.className}"> ${text}`;
}

/** The page at 1440 px and at 390 px (a phone, where nothing may widen the page), then back to
 * the default size. */
export async function screenshotsAtBothWidths(page: Page, testInfo: TestInfo, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    // Polled: the layout settles a frame after the resize. On failure the message names the
    // innermost element that reaches past the right edge, so the overflow can be found.
    if (width === 390)
      await expect
        .poll(() => page.evaluate(pageOverflow), {
          message: `nothing widens the page at ${width} px`,
        })
        .toBe("");
    await screenshot(page, testInfo, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

export function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

export const allItemsOk = [
  "moblert",
  "matlaging",
  "bad_toalett",
  "klesvask",
  "sengetoy",
  "rengjoring_rom",
  "rengjoring_felles",
  "privatliv",
  "besok",
  "husregler",
  "barn_rus",
].map((code) => ({ code, result: "ok" }));

/** A provider at an address with one unit, inspected and found adequate, through the API. */
export async function providerWithUnit(
  api: APIRequestContext,
  headers: Record<string, string>,
  provider: { name: string; kind: string; address: string },
  unit: { name: string; suits: string[]; rooms?: number; beds?: number },
) {
  const created = await api.post("/api/v1/providers", {
    headers,
    data: {
      ...provider,
      municipalityNumbers: ["1804"],
      ...(provider.kind === "kommunal" ? { offerType: "dognbemanning" } : {}),
    },
  });
  expect(created.status()).toBe(201);
  const made = await api.post("/api/v1/units", {
    headers,
    data: {
      providerId: (await created.json()).id,
      name: unit.name,
      kind: "rom",
      municipalityNumber: "1804",
      rooms: unit.rooms ?? 2,
      beds: unit.beds ?? 4,
      staffing: "dogn",
      pricePerNight: 600,
      priceFrom: isoDay(-30),
      suits: unit.suits,
    },
  });
  expect(made.status()).toBe(201);
  const unitId = (await made.json()).id as number;
  const inspected = await api.post(`/api/v1/units/${unitId}/inspections`, {
    headers,
    data: {
      inspectedOn: isoDay(-5),
      inspector: "Kari Kontroll",
      items: allItemsOk,
      verdict: "forsvarlig",
      nextDueOn: isoDay(300),
    },
  });
  expect(inspected.status()).toBe(201);
}
