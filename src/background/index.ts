/**
 * The background service worker (an event page in Firefox): routes validated
 * messages to the engine and the glossary, and installs the bundled pack.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { glossaryDb } from '../glossary/db';
import { installPack, packComplete } from '../glossary/pack-loader';
import { registerContextMenu } from './context-menu';
import { engineHost, fullPack } from './engine-host';
import { installFaultHooks } from './fault-hooks';
import { handlers } from './handler-table';
import { warmSavedKeys } from './handlers';
import { routeMessage } from './router';

// Only the extension's own contexts may talk to the background (src/background/router.ts).
// No onMessageExternal / onConnectExternal listener exists, and the manifest declares no
// externally_connectable: web pages and other extensions cannot reach it at all.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  routeMessage(message, sender, browser.runtime.id, handlers),
);

async function ensurePackInstalled(): Promise<void> {
  try {
    const { packVersion } = await engineHost();
    // Most starts end here: the stored pack is complete and current, the full pack is not read.
    if (await packComplete(glossaryDb(), packVersion)) return;
    await installPack(glossaryDb(), await fullPack());
  } catch (error) {
    console.warn('Dalil: the glossary pack could not be stored; highlights still work.', error);
  }
}

// Development builds only (the reliability e2e suite injects storage faults); esbuild
// drops this branch and the module from production bundles.
if (process.env.NODE_ENV !== 'production') installFaultHooks(glossaryDb());

registerContextMenu();
warmSavedKeys();
// Every start of the worker checks the pack: a first install, a new pack version and a
// load cut short by a stopped worker all end the same way, with the pack fully stored.
void ensurePackInstalled();
