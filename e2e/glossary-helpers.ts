/** Steps the glossary specs share: opening the glossary page, selecting text, reading downloads. */

import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { SelectionContextReply } from '../src/common/messages';
import type { Reply } from '../src/common/protocol';
import { expect } from './extension';
import { readStoresInPage } from './in-page';

export async function openGlossary(
  context: BrowserContext,
  extensionId: string,
  tab = 'saved',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#${tab}`);
  await expect(page.getByRole('tablist', { name: 'Glossary sections' })).toBeVisible();
  return page;
}

/** Selects the first occurrence of `text` on the page, as a reader's mouse would. */
export async function selectText(page: Page, text: string, within = 'body'): Promise<void> {
  const found = await page.locator(within).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not on the page`);
}

/** Asks the tab's content script, from the service worker, exactly as the context menu does. */
export async function askSelectionContext(serviceWorker: Worker, tabId: number) {
  const reply = (await serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'selectionContext' }, { frameId: 0 }),
    tabId,
  )) as Reply<SelectionContextReply | null>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/** Saved terms straight from the extension's database (read in the options page). */
export async function storedTerms(page: Page): Promise<Array<Record<string, unknown>>> {
  return (await page.evaluate(readStoresInPage, ['terms'])).terms!;
}
