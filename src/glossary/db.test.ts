import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, GlossaryDb, SCHEMA_V1 } from './db';
import { kafrNabl } from './fixtures.test-util';

const ENTRIES = [
  { id: 'e1', type: 'place', country: 'SY', rank: 5, searchKeys: ['a'] },
  { id: 'e2', type: 'organization', country: 'SY', rank: 9, searchKeys: ['b'] },
  { id: 'e3', type: 'place', country: 'IQ', rank: 7, searchKeys: ['c'] },
];

describe('schema migration', () => {
  it('upgrades a version 1 database with every saved term intact', async () => {
    const name = 'migrate-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const { note: _n, tags: _t, ...legacy } = kafrNabl;
    await v1.table('terms').bulkPut([kafrNabl, { ...legacy, key: 'wof:2', entryId: 'wof:2' }]);
    await v1.table('entries').bulkPut(ENTRIES);
    v1.close();

    const db = new GlossaryDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.terms.get('wof:1')).toEqual(kafrNabl);
    // A term written before notes and tags existed gets them, empty; nothing else changes.
    expect(await db.terms.get('wof:2')).toEqual({
      ...kafrNabl,
      key: 'wof:2',
      entryId: 'wof:2',
      note: '',
      tags: [],
    });
    // The pack's rows are kept as they were (version 3 moved their indexes to `packIndex`,
    // which the worker builds from the bundled pack: pack-loader.ts, upgrade.test.ts).
    expect(await db.entries.toArray()).toEqual(ENTRIES);
    await db.delete();
  });
});
