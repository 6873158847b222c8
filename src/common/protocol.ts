/**
 * The message map: for every message type, what is sent and what comes back. The
 * requests are the valibot schemas' types (src/common/messages.ts, checked on receipt by
 * the background's router); the replies are the types of the reply schemas
 * (src/common/replies.ts, checked on receipt by `send` and `sendToTab` in ./send.ts), so
 * the background's handler table must return them and no sender names a type itself.
 * Type-only: nothing of it reaches a bundle.
 */

import type * as v from 'valibot';
import type { BackgroundRequest, ContentRequest } from './messages';
import type { BACKGROUND_REPLIES, CONTENT_REPLIES } from './replies';

type RepliesOf<Schemas extends Record<string, v.GenericSchema>> = {
  [K in keyof Schemas]: v.InferOutput<Schemas[K]>;
};
type BackgroundReplies = RepliesOf<typeof BACKGROUND_REPLIES>;
type ContentReplies = RepliesOf<typeof CONTENT_REPLIES>;

/** `{ type: { request, reply } }`: a request type without a declared reply fails to compile, and the reverse. */
type MessageMap<Request extends { type: string }, Replies extends Record<Request['type'], unknown>> = {
  [K in Request['type']]: { request: Extract<Request, { type: K }>; reply: Replies[K] };
};
type Exact<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? A : never) : never;

export type BackgroundMessages = MessageMap<
  BackgroundRequest,
  Exact<BackgroundReplies, Record<BackgroundRequest['type'], unknown>>
>;
export type ContentMessages = MessageMap<
  ContentRequest,
  Exact<ContentReplies, Record<ContentRequest['type'], unknown>>
>;

export type BackgroundType = keyof BackgroundMessages;
export type ContentType = keyof ContentMessages;
export type BackgroundReply<K extends BackgroundType> = BackgroundMessages[K]['reply'];
export type ContentReply<K extends ContentType> = ContentMessages[K]['reply'];

/** Every answer, from the background and from a content script: a result or a user-readable error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
