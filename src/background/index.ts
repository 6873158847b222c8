/**
 * The background service worker (an event page in Firefox): routes validated
 * messages to the engine and the glossary, and installs the bundled pack.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseBackgroundRequest, type Reply } from '../common/messages';
import { glossaryDb } from '../glossary/db';
import { installPack } from '../glossary/pack-loader';
import { engineHost } from './engine-host';
import {
  handleAnnotate,
  handleAttributions,
  handleDescribe,
  handlePackStatus,
  handleSaveTerm,
  handleUnsaveTerm,
} from './handlers';

function route(message: unknown): Promise<unknown> | undefined {
  const request = parseBackgroundRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'annotate':
      return handleAnnotate(request);
    case 'describe':
      return handleDescribe(request);
    case 'saveTerm':
      return handleSaveTerm(request);
    case 'unsaveTerm':
      return handleUnsaveTerm(request);
    case 'packStatus':
      return handlePackStatus();
    case 'attributions':
      return handleAttributions();
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only the extension's own contexts may talk to the background.
  if (sender.id !== browser.runtime.id) return undefined;
  const work = route(message);
  if (!work) return Promise.resolve<Reply<never>>({ ok: false, error: 'Unknown or malformed request.' });
  return work.then(
    (value): Reply<unknown> => ({ ok: true, value }),
    (error: unknown): Reply<never> => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
});

async function ensurePackInstalled(): Promise<void> {
  try {
    const { pack } = await engineHost();
    await installPack(glossaryDb(), pack);
  } catch (error) {
    console.warn('Dalil: the glossary pack could not be stored; highlights still work.', error);
  }
}

browser.runtime.onInstalled.addListener(() => {
  void ensurePackInstalled();
});
browser.runtime.onStartup.addListener(() => {
  void ensurePackInstalled();
});
