/**
 * Stage two of the content script: the gate (content.js, on every page) asks for the
 * reader only where it found Arabic, and it is injected into that one frame. Pages
 * Dalil does not annotate never load the reader's code.
 */
import browser from 'webextension-polyfill';
import type { SenderInfo } from './router';

export const READER_FILE = 'reader.js';

export async function injectReader(sender: SenderInfo): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a page can load Dalil’s reader.');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [READER_FILE],
  });
  return null;
}
