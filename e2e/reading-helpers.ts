/** Steps the reading specs share: the open tooltip, its live region, and settings written directly. */
import type { Page, Worker } from '@playwright/test';

export const tooltipOf = (page: Page, name: RegExp) => page.getByRole('dialog', { name });

/** The tooltip's live region, where keyboard reading is announced to screen readers. */
export const liveRegion = (page: Page) => page.locator('dalil-tooltip [aria-live]');

/** Writes Dalil's settings as the settings page would (merged over the defaults by the extension). */
export async function setSettings(serviceWorker: Worker, settings: object): Promise<void> {
  await serviceWorker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

export async function clearSettings(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => chrome.storage.sync.remove('settings'));
}

/**
 * Waits for Dalil's first paint. The first page of a fresh browser waits for the service
 * worker to build its lexicon, which takes seconds on a busy machine.
 */
export async function waitForPaint(page: Page, name = 'dalil-place'): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, name, { timeout: 25_000 });
}
