import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';

// Each checkout can serve its own build: E2E_PORT keeps parallel runs from reusing one another's server.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

/**
 * Browser tests against the built app (`npm run test:e2e` builds first). They use the system's
 * Chromium; no browser is ever downloaded.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry, reported as flaky by the list reporter: the triple-click test failed once in a fresh clone's CI on a
  // loaded machine (the paragraph selection was not offered) and passed every time since; its cause is not found yet.
  retries: 1,
  reporter: 'list',
  // Tests that run several full axe scans took 27–31 s on a slower two-core CI machine (2 December): 60 s leaves room.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  use: {
    baseURL,
    trace: 'off',
    // The app's service worker would answer requests from its cache, where page.route cannot see them (mocked
    // articles and workers, counted requests). Only tests/e2e/offline.spec.ts lets it run: that is its subject.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
});
