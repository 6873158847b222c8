import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryDb } from './db';
import { kafrNablDraft as draft, freshDb } from './fixtures.test-util';
import { ownEntries, SavedKeyCache } from './saved-cache';
import { saveTerm, unsaveTerm } from './terms';

let db: GlossaryDb;
beforeEach(async () => {
  db = await freshDb('saved-cache-test');
});
afterEach(() => db.delete());

const context = { sentence: 'في كفرنبل', url: 'https://example.org/a', title: 'خبر', savedAt: 1 };

describe('SavedKeyCache', () => {
  it('answers from memory and follows saves and removals', async () => {
    const cache = new SavedKeyCache(db);
    expect(await cache.among(['wof:1', 'wof:2'])).toEqual(new Set());
    await saveTerm(db, draft, context);
    expect(await cache.among(['wof:1', 'wof:2'])).toEqual(new Set(['wof:1']));
    await unsaveTerm(db, 'wof:1');
    expect(await cache.among(['wof:1'])).toEqual(new Set());
  });

  it('reads the table once while it does not change', async () => {
    const cache = new SavedKeyCache(db);
    await saveTerm(db, draft, context);
    let reads = 0;
    const toCollection = db.terms.toCollection.bind(db.terms);
    db.terms.toCollection = () => {
      reads++;
      return toCollection();
    };
    await cache.among(['wof:1']);
    await cache.among(['wof:1', 'wof:3']);
    expect(reads).toBe(1);
  });
});

describe('SavedKeyCache: the own-terms lexicon', () => {
  const own = { ar: 'منطقة خفض التصعيد', en: 'de-escalation zone', type: 'place' as const, kind: 'other' };

  it('holds the reader’s own terms, not terms saved from the bundled glossary', async () => {
    const cache = new SavedKeyCache(db);
    await saveTerm(db, draft, context);
    await saveTerm(db, own, context);
    const { own: lexicon, terms } = await cache.snapshot();
    expect(lexicon.lookup('منطقة خفض التصعيد').map((entry) => entry.en)).toEqual(['de-escalation zone']);
    expect(lexicon.lookup('كفرنبل')).toEqual([]);
    expect(terms.get('wof:1')?.en).toBe('Kafr Nabl');
  });

  it('follows an edit and a removal without a restart', async () => {
    const cache = new SavedKeyCache(db);
    const saved = await saveTerm(db, own, context);
    expect((await cache.snapshot()).own.lookup('منطقة خفض التصعيد')).toHaveLength(1);
    await db.terms.update(saved.key, { en: 'de-escalation area' });
    expect((await cache.snapshot()).own.lookup('منطقة خفض التصعيد')[0]?.en).toBe('de-escalation area');
    await unsaveTerm(db, saved.key);
    expect((await cache.snapshot()).own.lookup('منطقة خفض التصعيد')).toEqual([]);
  });
});

describe('ownEntries', () => {
  it.each([
    [
      'an own term',
      { key: 'user:x', ar: 'قوات النظام', en: 'regime forces', type: 'organization' as const },
      1,
    ],
    [
      'a bundled entry the reader saved',
      { key: 'wof:1', entryId: 'wof:1', ar: 'كفرنبل', en: 'K', type: 'place' as const },
      0,
    ],
    ['an empty Arabic name', { key: 'user:', ar: ' ', en: 'x', type: 'place' as const }, 0],
  ])('%s', (_, term, count) => {
    const entries = ownEntries([{ note: '', status: 'new', ...term }]);
    expect(entries).toHaveLength(count);
    if (count) expect(entries[0]).toMatchObject({ id: term.key, ar: term.ar, en: term.en, src: ['own'] });
  });
});
