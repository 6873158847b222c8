/**
 * The content script that runs on every page (stage one). It first decides, cheaply,
 * whether the page is worth reading: a few thousand characters of text, no layout, no
 * observers. Where Arabic is found (or the reader asked for it on this site) it reads the
 * article, asks the engine and paints, and asks the background to inject the rest of the
 * reader (reader.js: tooltip, keyboard, page observer) meanwhile. Elsewhere it does
 * nothing more and answers the popup and the context menu.
 */

import type { PageState } from '../../common/messages';
import { zeroCounts } from '../../common/pack';
import { send } from '../../common/send';
import { DEFAULT_SETTINGS, loadSettings, type Settings, siteMode } from '../../common/settings';
import { HighlightPainter, highlightsSupported } from '../highlight';
import { Reader } from '../page-reader';
import { onRequest } from '../runtime';
import {
  isReaderLoaded,
  readerStart,
  setReaderForced,
  setStagedReader,
  setStagedSettings,
  stagedReader,
} from '../stage';
import { gatePage } from './gate';
import { selectionContext } from './selection-context';

/** Pages that fill in their article late get two more looks, then none. */
const RELOOK_MS = [2000, 6000];

const skipped: PageState = {
  status: 'skipped',
  counts: zeroCounts(),
  entities: [],
};

let settings: Settings = DEFAULT_SETTINGS;

async function loadReader(force: boolean): Promise<PageState> {
  setReaderForced(force);
  setStagedSettings(settings);
  // Asked first, so the browser injects the rest of the reader while this one reads,
  // asks the engine and paints: the injection is off the path to the first highlights.
  const injected = send({ type: 'loadReader' });
  // Known terms shown differently are painted by the reader's own overlay, not the registry.
  if (highlightsSupported() && settings.knownTerms === 'shown' && !stagedReader()) {
    const reader = new Reader(settings, new HighlightPainter(document));
    // The gate has just looked at the page: the reader need not look again.
    setStagedReader(reader, reader.start(force, true));
  }
  await injected;
  return (await readerStart()) ?? skipped;
}

onRequest((request) => {
  if (request.type === 'selectionContext') {
    const found = selectionContext();
    return Promise.resolve(found ? { ...found, title: document.title, url: location.href } : null);
  }
  // Once the reader runs in this frame it answers everything else itself.
  if (isReaderLoaded()) return undefined;
  if (request.type === 'pageState')
    return Promise.resolve({ ...skipped, host: location.hostname, language: gatePage(document).language });
  if (request.type === 'annotateNow') return loadReader(true);
  return undefined;
});

async function look(attempt: number): Promise<void> {
  if (isReaderLoaded()) return;
  if (gatePage(document).worthScanning) {
    await loadReader(false);
    return;
  }
  const delay = RELOOK_MS[attempt];
  if (delay !== undefined) setTimeout(() => void look(attempt + 1), delay);
}

async function main(): Promise<void> {
  settings = await loadSettings();
  const mode = siteMode(settings, location.hostname);
  if (mode === 'never') return;
  if (mode === 'always') await loadReader(true);
  else await look(0);
}

main().catch(() => {
  // The extension was reloaded or the background is unreachable: stay out of the page.
});
