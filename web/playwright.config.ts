import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. One project per database: the same flows run
// against a server on SQLite and one on PostgreSQL (when HUSLY_TEST_PG_URL is set).
const chromium = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const backends = [{ name: "sqlite", port: 8181 }];
if (process.env.HUSLY_TEST_PG_URL) backends.push({ name: "postgresql", port: 8182 });

// The two databases run side by side, each project's files one after another (they share its
// server and its data).
export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-output/playwright",
  // A whole journey (a vedtak through the stay to after-care) takes 20–60 s on two idle cores with
  // the sanitizer build; twice that leaves room for a busy machine without hiding a hang.
  timeout: 120_000,
  fullyParallel: false,
  workers: backends.length,
  retries: 0,
  reporter: [["list"]],
  use: { launchOptions: chromium, locale: "nb-NO", timezoneId: "Europe/Oslo" },
  projects: backends.map((backend) => ({
    name: backend.name,
    workers: 1,
    use: { baseURL: `http://127.0.0.1:${backend.port}` },
  })),
  webServer: backends.map((backend) => ({
    command: `../scripts/e2e-server.sh ${backend.name} ${backend.port}`,
    url: `http://127.0.0.1:${backend.port}/readyz`,
    reuseExistingServer: false,
    // The sanitizer build makes the demo data first: seconds on an idle machine, far more when
    // the machine is busy; a slow start is not a failure of the app.
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
