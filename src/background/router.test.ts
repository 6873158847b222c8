/**
 * The background's front door: every message is validated before any handler runs, a
 * malformed or unknown one is refused without effect, and only the extension's own
 * contexts are answered at all.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { userMessage } from '../common/errors';
import type { BackgroundType } from '../common/protocol';
import { handlers } from './handler-table';
import { context, term, VALID } from './requests.test-util';
import { isOwnSender, REJECTED, type RouteTable, routeMessage, type SenderInfo } from './router';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const self: SenderInfo = { id: OWN, url: `chrome-extension://${OWN}/options.html` };

/**
 * Spies in place of the real table's handlers, one for each of its types: a type the
 * table gains is spied (and must appear in VALID) without editing this list. The spies
 * answer 'done', not the declared replies: the router does not look at replies.
 */
function spyHandlers(impl: (type: string) => Promise<unknown> = async () => 'done') {
  const calls: Array<{ type: string; request: unknown }> = [];
  const table: RouteTable = { ...handlers };
  for (const type of Object.keys(table) as BackgroundType[])
    table[type] = (request) => {
      calls.push({ type, request });
      return impl(type);
    };
  return { handlers: table, calls };
}

/** Hand-made malformed messages: each would do harm or nonsense if it reached a handler. */
const MALFORMED: unknown[] = [
  undefined,
  null,
  0,
  'saveTerm',
  ['saveTerm'],
  {},
  { type: 'dropDatabase' },
  { type: 'SAVETERM', term, context },
  { type: 'saveTerm' },
  { type: 'saveTerm', term },
  { type: 'saveTerm', term: { ...term, ar: '' }, context },
  { type: 'saveTerm', term: { ...term, ar: 'ب'.repeat(201) }, context },
  { type: 'saveTerm', term: { ...term, type: 'weapon' }, context },
  { type: 'saveTerm', term: { ...term, en: 42 }, context },
  // A long sentence or title is clipped on receipt (src/common/messages.ts); one not text is refused.
  { type: 'saveTerm', term, context: { ...context, sentence: 5 } },
  { type: 'saveTerm', term, context, details: { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) } },
  { type: 'saveTerm', term, context, details: { status: 'mastered' } },
  { type: 'saveTerm', term, context, details: { note: 'ن'.repeat(5001) } },
  { type: 'annotate', text: 'x'.repeat(2_000_001), signals: {} },
  { type: 'annotate', text: 'إدلب' },
  { type: 'annotate', text: ['إدلب'], signals: {} },
  { type: 'annotate', text: 'إدلب', signals: { schemaTypes: 'NewsArticle' } },
  { type: 'describe', id: { $gt: '' } },
  { type: 'unsaveTerm', term: { entryId: 7, ar: 'x' } },
  { type: 'lookupName', name: 'ا'.repeat(201) },
  { type: 'locatorMap', lat: 91, lon: 0 },
  { type: 'locatorMap', lat: Number.NaN, lon: 0 },
  { type: 'locatorMap', lat: 0, lon: 0, country: '<svg onload=alert(1)>' },
  JSON.parse('{"type":"saveTerm","__proto__":{"isAdmin":true}}'),
];

describe('routeMessage', () => {
  it('has a valid sample of every message type the real handler table answers', () => {
    expect(new Set(VALID.map((message) => message.type))).toEqual(new Set(Object.keys(handlers)));
  });

  it('runs exactly the matching handler for every valid request', async () => {
    for (const message of VALID) {
      const { handlers, calls } = spyHandlers();
      expect(await routeMessage(message, self, OWN, handlers)).toEqual({ ok: true, value: 'done' });
      expect(calls.map((call) => call.type)).toEqual([message.type]);
    }
  });

  it('refuses every malformed or unknown message without running any handler', async () => {
    for (const message of MALFORMED) {
      const { handlers, calls } = spyHandlers();
      expect(await routeMessage(message, self, OWN, handlers), JSON.stringify(message)?.slice(0, 80)).toEqual(
        {
          ok: false,
          error: REJECTED,
        },
      );
      expect(calls).toEqual([]);
    }
  });

  it('random values: a handler runs only for a message the schema accepts, and never throws', async () => {
    const variants = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...VALID.map((m) => m.type), 'drop', ''), payload: fc.anything() }),
      // A valid message with one field replaced by anything.
      fc
        .tuple(fc.constantFrom(...VALID), fc.string(), fc.anything())
        .map(([message, key, value]) => ({ ...message, [Object.keys(message)[1] ?? key]: value })),
    );
    await fc.assert(
      fc.asyncProperty(variants, async (message) => {
        const { handlers, calls } = spyHandlers();
        const reply = await routeMessage(message, self, OWN, handlers);
        expect(reply).toBeDefined();
        if (reply?.ok) expect(calls.length).toBe(1);
        else expect(calls).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('answers nobody but the extension itself', async () => {
    const strangers: Array<SenderInfo | undefined> = [
      undefined,
      {},
      { id: 'otherextensionidotherextensionid' },
      { id: '', url: 'https://evil.example/' },
      { id: OWN.toUpperCase() },
    ];
    for (const sender of strangers) {
      const { handlers, calls } = spyHandlers();
      expect(routeMessage(VALID[2], sender, OWN, handlers)).toBeUndefined();
      expect(calls).toEqual([]);
    }
    // An empty own id (should the runtime ever lack one) matches nobody.
    expect(isOwnSender({ id: '' }, '')).toBe(false);
    expect(isOwnSender({ id: undefined }, '')).toBe(false);
  });

  it('turns a handler failure into a reply, never an exception', async () => {
    const sync = spyHandlers(() => {
      throw new Error('boom');
    });
    expect(await routeMessage(VALID[1], self, OWN, sync.handlers)).toEqual({ ok: false, error: 'boom' });
    const async = spyHandlers(async () => {
      throw 'plain string';
    });
    expect(await routeMessage(VALID[1], self, OWN, async.handlers)).toEqual({
      ok: false,
      error: 'plain string',
    });
  });
});

describe('userMessage', () => {
  const named = (name: string, message = 'x', inner?: unknown) =>
    Object.assign(new Error(message), { name, inner });

  it('says the storage is full for a quota error, however Dexie wraps it', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    for (const error of [
      quota,
      named('AbortError', 'Transaction aborted', quota),
      named('BulkError', 'quota exceeded'),
    ])
      expect(userMessage(error)).toMatch(/storage for Dalil is full, so nothing was saved/);
  });

  it('says the database is unavailable when IndexedDB cannot be opened', () => {
    for (const name of ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError'])
      expect(userMessage(named(name))).toMatch(
        /glossary database is not available .* Highlights keep working/,
      );
  });

  it('keeps any other message as it is', () => {
    expect(userMessage(new Error('The glossary pack is missing'))).toBe('The glossary pack is missing');
  });
});
