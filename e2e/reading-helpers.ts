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
