/** Steps several specs share: finding the tab id for the popup, waiting for Dalil's paint. */
import type { Page, Worker } from '@playwright/test';
import { expect } from './extension';
import { domUnchangedInPage } from './in-page';

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

/**
 * Opens the popup as a tab, told to report on the tab showing `page` (the toolbar button
 * cannot be clicked from a test). `viewport` sizes it before it renders.
 */
export async function openPopupFor(
  page: Page,
  serviceWorker: Worker,
  extensionId: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await page.context().newPage();
  if (viewport) await popup.setViewportSize(viewport);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Waits until Dalil has painted at least one highlight of the given name, with room for a
 * cold start: the first page of a fresh browser waits for the worker to build its lexicon.
 */
export async function waitForPaint(page: Page, name = 'dalil-place', timeout = 30_000): Promise<void> {
  await expect
    .poll(() => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name), {
      message: `${name} highlights`,
      timeout,
    })
    .toBeGreaterThan(0);
}

/** The page's body as its own script saw it at DOMContentLoaded, before any extension ran. */
export async function domUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(domUnchangedInPage);
}
