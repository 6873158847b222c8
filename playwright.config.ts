import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.DALIL_E2E_PORT ?? 8765);

// The network guard (e2e/extension.ts) must see the service worker's requests too: older
// Playwright reports them only with this variable, set here so the runner and its workers
// (which load this file) have it however the suite is started. network-guard.spec.ts checks.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // One browser with the extension per worker; two cores are shared with the server.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node e2e/server.mjs`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/english.html`,
    reuseExistingServer: !process.env.CI,
  },
});
