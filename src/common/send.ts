/**
 * The one way any context sends a message: `send` to the background (from the popup,
 * options, add-term form, content script and tooltip map), `sendToTab` to a tab's
 * content script (from the popup and the context menu). The reply's type comes from
 * the message map (./protocol.ts), never from the caller; `{ ok: false }` becomes a
 * thrown Error with the reader's sentence.
 *
 * No webextension-polyfill (9 KB it would add to every page's content script):
 * `browser` in Firefox and `chrome` in Chromium both return promises from
 * runtime.sendMessage and tabs.sendMessage in MV3.
 */
import type { BackgroundRequest, ContentRequest } from './messages';
import type { BackgroundReply, ContentReply, Reply } from './protocol';

interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

function api(): MessagingApi {
  const g = globalThis as unknown as { browser?: MessagingApi; chrome?: MessagingApi };
  return (g.browser ?? g.chrome)!;
}

/** The browser's words when the worker stopped (or the extension reloaded) mid-request. */
const CHANNEL_LOST =
  /message channel closed|port closed|Receiving end does not exist|Extension context invalidated/i;

/** The value of a `Reply`, or its error thrown; `who` names the side that did not answer. */
export function unwrap<T>(reply: unknown, who: string): T {
  const answer = reply as Reply<T> | undefined;
  if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean')
    throw new Error(`${who} did not answer.`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

export async function send<R extends BackgroundRequest>(request: R): Promise<BackgroundReply<R['type']>> {
  let reply: unknown;
  try {
    reply = await api().runtime.sendMessage(request);
  } catch (error) {
    if (CHANNEL_LOST.test(String(error)))
      throw new Error('Dalil stopped before it could finish; nothing was changed. Try again.');
    throw error;
  }
  return unwrap(reply, 'Dalil’s background');
}

/** Asks the content script of one frame of a tab (the top frame unless told). */
export async function sendToTab<R extends ContentRequest>(
  tabId: number,
  request: R,
  frameId = 0,
): Promise<ContentReply<R['type']>> {
  const tabs = api().tabs;
  if (!tabs) throw new Error('Only the extension’s pages can ask a tab.');
  return unwrap(await tabs.sendMessage(tabId, request, { frameId }), 'The page');
}
