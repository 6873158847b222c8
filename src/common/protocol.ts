/**
 * The message map: for every message type, what is sent and what comes back. The
 * requests are the valibot schemas' types (src/common/messages.ts, checked on receipt);
 * the replies are declared here once, so the background's handler table must return
 * them and every sender (`send`, `sendToTab` in ./send.ts) gets them without naming a
 * type itself. Type-only: nothing of it reaches a bundle.
 */

import type { SavedTerm } from '../glossary/db';
import type { PackProgress } from '../glossary/pack-loader';
import type {
  AnnotateResult,
  BackgroundRequest,
  ContentRequest,
  Description,
  EntityLocation,
  LocatorGeometry,
  LookupNameResult,
  PageState,
  SelectionContextReply,
} from './messages';

/** What the background answers to each request. */
interface BackgroundReplies {
  annotate: AnnotateResult;
  describe: Description | undefined;
  saveTerm: SavedTerm;
  lookupName: LookupNameResult;
  /** Whether there was a term to forget (and so something to undo). */
  unsaveTerm: boolean;
  undoUnsave: boolean;
  setTermStatus: boolean;
  packStatus: PackProgress | null;
  loadReader: null;
  attributions: string[];
  locate: EntityLocation | null;
  locatorMap: LocatorGeometry;
  interfaceMessages: Record<string, string>;
  openAbout: null;
}

/** What a content script answers to each request (from the popup and the context menu). */
interface ContentReplies {
  pageState: PageState;
  annotateNow: PageState;
  reveal: PageState;
  selectionContext: SelectionContextReply | null;
}

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
