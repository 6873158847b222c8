/**
 * The background's front door, pure so it can be tested without a browser: who may
 * talk to it (only the extension's own contexts), what it accepts (only messages that
 * pass the valibot schema; anything else is refused before any handler runs), and how
 * failures reach the reader (a clear sentence instead of a database error's name).
 */
import { userMessage } from '../common/errors';
import { type BackgroundRequest, parseBackgroundRequest } from '../common/messages';
import type { BackgroundMessages, BackgroundType, Reply } from '../common/protocol';

/** What the browser says about a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** One handler per message type: it receives only validated requests and must return the declared reply. */
export type Handlers = {
  [K in BackgroundType]: (
    request: BackgroundMessages[K]['request'],
    sender: SenderInfo,
  ) => Promise<BackgroundMessages[K]['reply']>;
};

/** What the router needs of a handler table: one handler per type; what they answer is theirs to type. */
export type RouteTable = {
  [K in BackgroundType]: (request: BackgroundMessages[K]['request'], sender: SenderInfo) => Promise<unknown>;
};

export const REJECTED = 'Unknown or malformed request.';

/** Only the extension itself: its pages, its worker and its content scripts share its id. */
export function isOwnSender(sender: SenderInfo | undefined, ownId: string): boolean {
  return Boolean(ownId) && sender?.id === ownId;
}

/**
 * Routes one incoming message. Returns undefined for a sender that is not the extension
 * (no answer at all); otherwise the reply, `ok: false` without running any handler for
 * a message that fails validation.
 */
export function routeMessage(
  message: unknown,
  sender: SenderInfo | undefined,
  ownId: string,
  handlers: RouteTable,
): Promise<Reply<unknown>> | undefined {
  if (!isOwnSender(sender, ownId)) return undefined;
  const request = parseBackgroundRequest(message);
  if (!request) return Promise.resolve({ ok: false, error: REJECTED });
  const handler = handlers[request.type] as (
    request: BackgroundRequest,
    sender: SenderInfo,
  ) => Promise<unknown>;
  let work: Promise<unknown>;
  try {
    work = Promise.resolve(handler(request, sender ?? {}));
  } catch (error) {
    work = Promise.reject(error);
  }
  return work.then(
    (value): Reply<unknown> => ({ ok: true, value }),
    (error: unknown): Reply<never> => ({ ok: false, error: userMessage(error) }),
  );
}
