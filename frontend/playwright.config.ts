import { defineConfig } from '@playwright/test';

/**
 * Browser tests against a running Musubi (the backend's BrowserTest starts one with demo data and runs this suite).
 * Uses the system's Chromium; no browser is downloaded.
 */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  outputDir: 'target/playwright-results',
  use: {
    baseURL: process.env.MUSUBI_BASE_URL ?? 'http://localhost:8080',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
