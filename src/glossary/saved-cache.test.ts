import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryDb } from './db';
import { SavedKeyCache } from './saved-cache';
import { saveTerm, unsaveTerm } from './terms';

let db: GlossaryDb;
let dbCount = 0;

beforeEach(async () => {
  db = new GlossaryDb(`saved-cache-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const draft = { entryId: 'wof:1', ar: 'كفرنبل', en: 'Kafr Nabl', type: 'place' as const, kind: 'town' };
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
