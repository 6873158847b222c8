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
import {
  handleAnnotate,
  handleAttributions,
  handleDescribe,
  handleLookupName,
  handlePackStatus,
  handleSaveTerm,
  handleSetTermStatus,
  handleUndoUnsave,
  handleUnsaveTerm,
  warmSavedKeys,
} from './handlers';
import { injectReader } from './reader-injection';
import { handleInterfaceMessages, handleLocate, handleLocatorMap, handleOpenAbout } from './reading-handlers';
import { type Handlers, routeMessage } from './router';

/** One handler per message type: the router calls them only with validated requests. */
const handlers: Handlers = {
  // Only a tab's top frame says where the reader is: its sightings are worth recording.
  annotate: (request, sender) =>
    handleAnnotate(request, { url: sender.tab && sender.frameId === 0 ? sender.url : undefined }),
  describe: handleDescribe,
  saveTerm: handleSaveTerm,
  unsaveTerm: handleUnsaveTerm,
  undoUnsave: handleUndoUnsave,
  setTermStatus: handleSetTermStatus,
  lookupName: handleLookupName,
  packStatus: handlePackStatus,
  loadReader: (_request, sender) => injectReader(sender),
  attributions: handleAttributions,
  locate: handleLocate,
  locatorMap: handleLocatorMap,
  interfaceMessages: handleInterfaceMessages,
  openAbout: handleOpenAbout,
};

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
