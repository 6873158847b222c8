/** Steps several specs share: finding the tab id for the popup, waiting for annotation. */
import type { Page, Worker } from '@playwright/test';
import { expect } from './extension';

export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Waits until Dalil has painted at least one highlight of the given name. */
export async function waitForHighlights(page: Page, name = 'dalil-place'): Promise<void> {
  await expect
    .poll(() => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name), { message: `${name} highlights` })
    .toBeGreaterThan(0);
}

/** The page's body as its own inline script saw it, before any extension ran. */
export async function domUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __domBeforeDalil: string }).__domBeforeDalil === document.body.outerHTML);
}
