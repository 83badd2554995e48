import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium; Playwright's own download is never part of CI (stack-notes.md).
// A developer without a system Chromium can run `npx playwright install chromium` once and set
// CHROMIUM_PATH="" to use Playwright's bundled browser instead.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A different port lets a second checkout run its browser tests beside this one.
const port = Number(process.env.VT_PORT ?? 4173);
const executablePath = systemChromium && existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
