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

export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-output/playwright",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: { launchOptions: chromium, locale: "nb-NO", timezoneId: "Europe/Oslo" },
  projects: backends.map((backend) => ({
    name: backend.name,
    use: { baseURL: `http://127.0.0.1:${backend.port}` },
  })),
  webServer: backends.map((backend) => ({
    command: `../scripts/e2e-server.sh ${backend.name} ${backend.port}`,
    url: `http://127.0.0.1:${backend.port}/readyz`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
