import 'fake-indexeddb/auto';
import './node-self.test-util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from './backup';
import { DB_VERSION, type GlossaryDb } from './db';
import { freshDb, kafrNabl, kafrNablEntry, ownTerm } from './fixtures.test-util';

let db: GlossaryDb;
beforeEach(async () => {
  db = await freshDb('backup-test');
});
afterEach(() => db.delete());

describe('backup and restore', () => {
  it('backs up terms and settings rows but not the pack, and restores only terms by default', async () => {
    await db.entries.put(kafrNablEntry);
    await db.terms.bulkPut([kafrNabl, ownTerm]);
    await db.meta.bulkPut([
      { key: 'packProgress', value: { done: true } },
      { key: 'glossaryView', value: 'browse' },
    ]);
    const blob = await createBackup(db);
    const json = JSON.parse(await blob.text());
    expect(json).toMatchObject({
      formatName: 'dexie',
      formatVersion: 1,
      data: { databaseVersion: DB_VERSION },
    });
    expect(json.data.data.map((table: { tableName: string }) => table.tableName).sort()).toEqual([
      'meta',
      'terms',
    ]);

    await db.terms.clear();
    await db.terms.put({ ...ownTerm, key: 'user:x', ar: 'x' });
    await db.meta.put({ key: 'glossaryView', value: 'saved' });
    const backup = await readBackup(blob);
    expect(backup.problems).toEqual([]);
    await restoreBackup(db, backup);
    expect(await db.terms.orderBy('key').toArray()).toEqual([ownTerm, kafrNabl]);
    expect((await db.meta.get('glossaryView'))?.value).toBe('saved');

    await restoreBackup(db, backup, { everything: true });
    expect((await db.meta.get('glossaryView'))?.value).toBe('browse');
    expect((await db.meta.get('packProgress'))?.value).toEqual({ done: true });
    expect(await db.entries.count()).toBe(1);
  });

  it.each([
    ['a glossary export', '{"format":"dalil-glossary","version":1,"terms":[]}', /not a Dalil backup/],
    [
      'damaged JSON',
      '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"dalil"',
      /not a Dalil backup|damaged/,
    ],
    [
      'a newer database',
      '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"dalil","databaseVersion":99,"tables":[],"data":[]}}',
      /newer Dalil/,
    ],
    [
      'a bad term',
      '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"dalil","databaseVersion":2,"tables":[],"data":[{"tableName":"terms","inbound":true,"rows":[{"ar":""}]}]}}',
      /is empty/,
    ],
  ])('refuses %s and restores nothing', async (_name, text, message) => {
    await db.terms.put(ownTerm);
    const backup = await readBackup(new Blob([text]));
    expect(backup.problems[0]?.message).toMatch(message);
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await db.terms.toArray()).toEqual([ownTerm]);
  });
});
