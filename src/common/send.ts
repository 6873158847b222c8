/**
 * The one way any context sends a message: `send` to the background (from the popup,
 * options, add-term form, content script and tooltip map), `sendToTab` to a tab's
 * content script (from the popup and the context menu). The reply's type comes from
 * the message map (./protocol.ts), never from the caller; `{ ok: false }` becomes a
 * MessageError with the reader’s sentence, and so does a reply that fails its schema.
 *
 * No webextension-polyfill (9 KB it would add to every page's content script):
 * `browser` in Firefox and `chrome` in Chromium both return promises from
 * runtime.sendMessage and tabs.sendMessage in MV3.
 */
import * as v from 'valibot';
import type { BackgroundRequest, ContentRequest } from './messages';
import type { BackgroundReply, ContentReply } from './protocol';
import { BACKGROUND_REPLIES, CONTENT_REPLIES } from './replies';

/**
 * Why a message brought no usable answer. `refused`: the other side answered with an
 * error (the message is its sentence for the reader); `malformed`: the answer is not
 * the declared reply; `stopped`: the worker or the page went away mid-request.
 */
export class MessageError extends Error {
  readonly reason: 'refused' | 'malformed' | 'stopped';
  constructor(message: string, reason: MessageError['reason']) {
    super(message);
    this.name = 'MessageError';
    this.reason = reason;
  }
}

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

const EnvelopeSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: v.string() }),
]);

/**
 * The value of a `Reply` checked against its schema, or a MessageError: `who` names
 * the side that answered, `type` the request it answered.
 */
export function unwrap<S extends v.GenericSchema>(
  reply: unknown,
  schema: S,
  who: string,
  type: string,
): v.InferOutput<S> {
  const envelope = v.safeParse(EnvelopeSchema, reply);
  if (!envelope.success) throw new MessageError(`${who} did not answer.`, 'malformed');
  if (!envelope.output.ok) throw new MessageError(envelope.output.error, 'refused');
  const value = v.safeParse(schema, envelope.output.value);
  if (!value.success) {
    const issue = value.issues[0];
    const where = v.getDotPath(issue);
    throw new MessageError(
      `${who} answered “${type}” with something Dalil cannot use (${where ? `${where}: ` : ''}${issue.message}).`,
      'malformed',
    );
  }
  return value.output;
}

/** The answer to `message`; `stopped` is the reader's sentence for a channel that closed first. */
async function ask(message: () => Promise<unknown>, stopped: string): Promise<unknown> {
  try {
    return await message();
  } catch (error) {
    if (CHANNEL_LOST.test(String(error))) throw new MessageError(stopped, 'stopped');
    throw error;
  }
}

export async function send<R extends BackgroundRequest>(request: R): Promise<BackgroundReply<R['type']>> {
  const reply = await ask(
    () => api().runtime.sendMessage(request),
    'Dalil stopped before it could finish; nothing was changed. Try again.',
  );
  // The schema is the one of this request's type, so its output is this type's reply
  // (TypeScript cannot follow a lookup keyed by a union).
  return unwrap(
    reply,
    BACKGROUND_REPLIES[request.type],
    'Dalil’s background',
    request.type,
  ) as BackgroundReply<R['type']>;
}

/** Asks the content script of one frame of a tab (the top frame unless told). */
export async function sendToTab<R extends ContentRequest>(
  tabId: number,
  request: R,
  frameId = 0,
): Promise<ContentReply<R['type']>> {
  const tabs = api().tabs;
  if (!tabs) throw new Error('Only the extension’s pages can ask a tab.');
  // No content script in the tab (a browser page, one opened before Dalil) or it went away.
  const reply = await ask(() => tabs.sendMessage(tabId, request, { frameId }), 'The page did not answer.');
  return unwrap(reply, CONTENT_REPLIES[request.type], 'The page', request.type) as ContentReply<R['type']>;
}
