/**
 * The background's handler table: one handler per message type of the message map
 * (src/common/protocol.ts), typed by it. The worker routes to it (index.ts) and the
 * router and storage-fault tests use this same table, so no test re-declares it.
 */
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
} from './handlers';
import { injectReader } from './reader-injection';
import { handleInterfaceMessages, handleLocate, handleLocatorMap, handleOpenAbout } from './reading-handlers';
import type { Handlers } from './router';

/** One handler per message type: the router calls them only with validated requests. */
export const handlers: Handlers = {
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
