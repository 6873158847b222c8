/**
 * The content script's side of the message map: it answers the popup and the
 * background (requests go out through src/common/send.ts). Replies go through
 * sendResponse, which `browser` (Firefox) and `chrome` (Chromium) both support, wrapped
 * as a `Reply` so a failure reaches the popup as an error and never as a page state.
 */
import type { ContentRequest } from '../common/messages';
import type { ContentReply, ContentType, Reply } from '../common/protocol';

interface RuntimeApi {
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

/** What a content script's `handle` may answer: the declared reply to some request. */
export type ContentAnswer = Promise<ContentReply<ContentType>> | undefined;

/** Answers requests from the popup and the background; `handle` returns undefined for requests it ignores. */
export function onRequest(handle: (request: ContentRequest) => ContentAnswer): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    const request = asContentRequest(message);
    const work = request && handle(request);
    if (!work) return undefined;
    work.then(
      (value) => sendResponse({ ok: true, value } satisfies Reply<unknown>),
      (error: unknown) => sendResponse({ ok: false, error: String(error) } satisfies Reply<unknown>),
    );
    return true;
  });
}
