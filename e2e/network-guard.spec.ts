/**
 * The "no network request" guard (e2e/extension.ts) must be able to fail: requests made
 * on purpose, one from the extension's service worker and one from a page, must both be
 * caught. The guard here allows only the fixture server, so the worker's fetch of its
 * own files (the extension's CSP lets nothing else out of it) counts as leaving.
 */
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, networkViolations, serviceWorkerOf } from './extension';

const FIXTURES_ONLY = /^http:\/\/127\.0\.0\.1(:\d+)?\//;

base('the network guard catches a request from the service worker and one from a page', async () => {
  const context = await launchWithExtension(undefined, FIXTURES_ONLY);
  try {
    const worker = await serviceWorkerOf(context);
    const probe = await worker.evaluate(async () => {
      const url = chrome.runtime.getURL('manifest.json?network-guard');
      await fetch(url);
      return url;
    });
    const page = await context.newPage();
    await page.goto('/english.html');
    // Refused by the network (nothing listens), but asked for: the guard must see it.
    await page.evaluate(() => fetch('http://dalil-network-guard.invalid/page').catch(() => undefined));

    await expect
      .poll(() => networkViolations(context))
      .toEqual(
        expect.arrayContaining([
          `service worker: GET ${probe}`,
          'page: GET http://dalil-network-guard.invalid/page',
        ]),
      );
  } finally {
    await context.close();
  }
});
