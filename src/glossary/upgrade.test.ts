/**
 * Upgrades lose nothing. A database written by each released schema version (fixtures/
 * dalil-v<N>.json, never edited) opens in the current version with every saved term
 * intact and searchable; a new pack version, even one cut short and resumed, replaces
 * the pack's entries and never touches the reader's terms.
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Pack, PackEntry } from '../common/pack';
import { DB_VERSION, GlossaryDb, type SavedTerm, type StoredEntry } from './db';
import v1 from './fixtures/dalil-v1.json';
import { installPack, packComplete, packProgress } from './pack-loader';
import { queryEntries } from './query';
import { saveTerm } from './terms';

interface Fixture {
  databaseVersion: number;
  schema: Record<string, string>;
  tables: Record<string, unknown[]>;
}

/**
 * Reopens `db` with a middleware that sees each write before it is made: `see` may refuse
 * it by returning a rejected promise, or return undefined to let it through.
 */
async function reopenSeeingWrites(
  db: GlossaryDb,
  name: string,
  see: (tableName: string, req: DBCoreMutateRequest) => Promise<never> | undefined,
): Promise<void> {
  db.close();
  db.use({
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => see(tableName, req) ?? table.mutate(req) };
      },
    }),
  });
  await db.open();
}

/** Writes a fixture with the schema of its own version, as that release would have. */
async function restoreFixture(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.databaseVersion).stores(fixture.schema);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

/** The fields a term of an older version may lack, filled the way the upgrade promises. */
function completed(term: Partial<SavedTerm>): SavedTerm {
  return { note: '', tags: [], ...term } as SavedTerm;
}

const RELEASED: Array<[string, Fixture]> = [['v1', v1 as Fixture]];

describe.each(RELEASED)('a database from release %s', (label, fixture) => {
  it(`opens in schema version ${DB_VERSION} with every saved term intact`, async () => {
    const name = `upgrade-${label}`;
    await restoreFixture(name, fixture);
    const db = new GlossaryDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const terms = fixture.tables.terms as Array<Partial<SavedTerm>>;
    expect(await db.terms.count()).toBe(terms.length);
    for (const old of terms) expect(await db.terms.get(old.key!), old.key).toEqual(completed(old));
    // Entries and the pack's progress survive too (the pack is reloaded only for a new version).
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(await db.entries.toArray()).toEqual([...(fixture.tables.entries as StoredEntry[])].sort(byId));
    expect(await db.meta.toArray()).toEqual(fixture.tables.meta);
    // The indexes still answer: tags, search keys, status, last seen.
    expect(await db.terms.where('tags').equals('front line').primaryKeys()).toEqual(['wof:85675537']);
    expect(await db.terms.where('searchKeys').startsWith('كنسفر').count()).toBe(1);
    expect(await db.terms.where('status').equals('known').count()).toBe(2);
    expect((await db.terms.orderBy('lastSeen').primaryKeys()).length).toBe(terms.length);
    // And the upgraded database takes new sightings without losing the old ones.
    const before = (await db.terms.get('wof:85675537'))!;
    const after = await saveTerm(
      db,
      { entryId: 'wof:85675537', ar: 'كفرنبل', en: 'Kafr Nabl', type: 'place' },
      { sentence: 'عادت الحياة إلى كفرنبل.', url: 'https://news.example/new', title: 'جديد' },
      undefined,
      Date.UTC(2026, 5, 1),
    );
    expect(after).toMatchObject({
      note: before.note,
      tags: before.tags,
      status: before.status,
      timesSeen: 10,
    });
    expect(after.contexts[0]?.url).toBe('https://news.example/new');
    await db.delete();
  });
});

function syntheticPack(version: string, count: number, prefix: string): Pack {
  const entries: PackEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}:${i}`,
    type: 'place',
    kind: 'village',
    ar: `قرية ${prefix} ${i}`,
    en: `Village ${prefix} ${i}`,
    country: 'SY',
    rank: i % 90,
    src: ['test'],
  }));
  return { version, attributions: { test: 'test data' }, entries };
}

describe('a pack upgrade', () => {
  it('replaces the entries, resumes after a cut, and never touches the terms', async () => {
    const name = 'upgrade-pack';
    await restoreFixture(name, v1 as Fixture);
    const db = new GlossaryDb(name);
    const terms = await db.terms.toArray();
    expect(terms.length).toBeGreaterThan(5);

    const first = syntheticPack('2026.1.0', 2100, 'a');
    expect(await installPack(db, first)).toMatchObject({ version: '2026.1.0', loaded: 2100, done: true });
    expect(await db.terms.toArray()).toEqual(terms);

    // Version 2 of the pack, cut short after its second batch (the worker was stopped).
    const second = syntheticPack('2026.2.0', 4100, 'b');
    const cut = new Error('worker stopped');
    await expect(
      installPack(db, second, (progress) => {
        if (progress.loaded >= 2000 && !progress.done) throw cut;
      }),
    ).rejects.toBe(cut);
    expect(await packProgress(db)).toEqual({ version: '2026.2.0', loaded: 2000, total: 4100, done: false });
    expect(await db.terms.toArray()).toEqual(terms);

    // The next start resumes from 2000 (no batch written twice), and ends with version 2 only.
    const seen: number[] = [];
    await installPack(db, second, (progress) => seen.push(progress.loaded));
    expect(seen).toEqual([4000, 4100, 4100]);
    expect(await db.entries.count()).toBe(4100);
    expect(await db.entries.where('id').startsWith('a:').count()).toBe(0);
    expect(await packProgress(db)).toEqual({ version: '2026.2.0', loaded: 4100, total: 4100, done: true });
    expect(await db.terms.toArray()).toEqual(terms);

    // The same version again is a no-op.
    const again: number[] = [];
    await installPack(db, second, (progress) => again.push(progress.loaded));
    expect(again).toEqual([]);
    await db.delete();
  });

  it('a cut between clearing the old entries and the first new batch never claims the old pack is still there', async () => {
    const db = new GlossaryDb('upgrade-pack-clear');
    await installPack(db, syntheticPack('1', 10, 'a'));
    const term = await saveTerm(
      db,
      { ar: 'حلب', en: 'Aleppo', type: 'place' },
      { sentence: '', url: '', title: '' },
    );
    // The first write of the new version's entries fails (the worker is stopped there).
    let failNext = true;
    await reopenSeeingWrites(db, 'cut-first-batch', (tableName, req) => {
      if (tableName !== 'entries' || req.type !== 'put' || !failNext) return undefined;
      failNext = false;
      return Promise.reject(new Error('worker stopped'));
    });
    await expect(installPack(db, syntheticPack('2', 10, 'b'))).rejects.toThrow('worker stopped');
    const progress = await packProgress(db);
    const count = await db.entries.count();
    // Either the old pack is still whole, or the progress says the new one is being loaded.
    expect(progress?.version === '1' ? count === 10 && progress.done : progress?.done === false).toBe(true);
    await installPack(db, syntheticPack('2', 10, 'b'));
    expect(await db.entries.where('id').startsWith('b:').count()).toBe(10);
    expect(await db.entries.count()).toBe(10);
    expect(await db.terms.toArray()).toEqual([term]);
    await db.delete();
  });
});

describe('a database upgraded from schema version 2', () => {
  it('keeps its stored pack and gets only the missing index, in one step', async () => {
    const db = new GlossaryDb('upgrade-index-only');
    const pack = syntheticPack('3', 30, 'c');
    // As schema 2 left it: the entries whole and the load done, but no `packIndex` rows.
    await db.entries.bulkPut(pack.entries.map((entry) => ({ ...entry, searchKeys: ['old'] })));
    await db.meta.put({ key: 'packProgress', value: { version: '3', loaded: 30, total: 30, done: true } });
    expect(await packComplete(db, '3')).toBe(false);
    const writes: string[] = [];
    await reopenSeeingWrites(db, 'record-writes', (tableName) => {
      writes.push(tableName);
      return undefined;
    });
    await installPack(db, pack);
    expect(writes).not.toContain('entries');
    expect(await packComplete(db, '3')).toBe(true);
    const result = await queryEntries(db, { text: 'village c 2' });
    expect((await result.read(0, 20)).map((entry) => entry.id)).toContain('c:2');
    await db.delete();
  });
});
