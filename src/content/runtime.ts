/**
 * Messaging for the content script without webextension-polyfill (9 KB it would add to
 * every page): `browser` in Firefox and `chrome` in Chromium both return promises from
 * sendMessage; replies go through sendResponse, which both support.
 */
import type { BackgroundRequest, ContentRequest, Reply } from '../common/messages';

interface RuntimeApi {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: unknown,
        sendResponse: (response: unknown) => void,
      ) => boolean | undefined,
    ): void;
  };
}

function runtime(): RuntimeApi {
  const g = globalThis as unknown as { browser?: { runtime: RuntimeApi }; chrome?: { runtime: RuntimeApi } };
  return (g.browser ?? g.chrome)!.runtime;
}

/** The browser's words when the worker stopped (or the extension reloaded) mid-request. */
const CHANNEL_LOST =
  /message channel closed|port closed|Receiving end does not exist|Extension context invalidated/i;

export async function ask<T>(request: BackgroundRequest): Promise<T> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await runtime().sendMessage(request)) as Reply<T> | undefined;
  } catch (error) {
    if (CHANNEL_LOST.test(String(error))) {
      throw new Error('Dalil stopped before it could finish; nothing was changed. Try again.');
    }
    throw error;
  }
  if (!reply) throw new Error('Dalil’s background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * A light check instead of the valibot schema (which would add 6 KB here): the type
 * must be a string; each case of the caller's switch validates its own fields.
 */
export function asContentRequest(message: unknown): ContentRequest | undefined {
  return typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
    ? (message as ContentRequest)
    : undefined;
}

/** Answers requests from the popup and the background; `handle` returns undefined for requests it ignores. */
export function onRequest(handle: (request: ContentRequest) => Promise<unknown> | undefined): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    const request = asContentRequest(message);
    const work = request && handle(request);
    if (!work) return undefined;
    work.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
