/**
 * The background's front door, pure so it can be tested without a browser: who may
 * talk to it (only the extension's own contexts), what it accepts (only messages that
 * pass the valibot schema; anything else is refused before any handler runs), and how
 * failures reach the reader (a clear sentence instead of a database error's name).
 */
import { type BackgroundRequest, parseBackgroundRequest, type Reply } from '../common/messages';

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

/** What the browser says about a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** One handler per request type; each receives only validated requests. */
export type Handlers = {
  [K in BackgroundRequest['type']]: (request: Request<K>, sender: SenderInfo) => Promise<unknown>;
};

export const REJECTED = 'Unknown or malformed request.';

/** Only the extension itself: its pages, its worker and its content scripts share its id. */
export function isOwnSender(sender: SenderInfo | undefined, ownId: string): boolean {
  return Boolean(ownId) && sender?.id === ownId;
}

/** Storage failures in words a reader can act on; other errors keep their own message. */
export function userMessage(error: unknown): string {
  const names = new Set<string>();
  let message = '';
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, message: text, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (typeof name === 'string') names.add(name);
    if (!message && typeof text === 'string') message = text;
    e = inner;
  }
  if (names.has('QuotaExceededError') || /quota/i.test(message))
    return 'The browser’s storage for Dalil is full, so nothing was saved. Free some disk space and try again; highlights keep working.';
  if (
    ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError'].some(
      (n) => names.has(n),
    )
  )
    return 'Dalil’s glossary database is not available in this browser window (private browsing or storage turned off), so nothing was saved. Highlights keep working.';
  return message || String(error);
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
  handlers: Handlers,
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
