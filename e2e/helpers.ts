/** Steps several specs share: finding the tab id for the popup, waiting for annotation. */
import type { Page, Worker } from '@playwright/test';
import { expect } from './extension';

/**
 * The browser's id for the tab showing `page`. Dalil has no `tabs` permission, so tab
 * URLs are hidden from it: bring the page to the front and ask for the active tab.
 */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Waits until Dalil has painted at least one highlight of the given name. */
export async function waitForHighlights(page: Page, name = 'dalil-place'): Promise<void> {
  await expect
    .poll(() => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name), {
      message: `${name} highlights`,
    })
    .toBeGreaterThan(0);
}

/** The page's body as its own script saw it at DOMContentLoaded, before any extension ran. */
export async function domUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (window as unknown as { __domBeforeDalil: string }).__domBeforeDalil === document.body.outerHTML,
  );
}
