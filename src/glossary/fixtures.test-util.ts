/** Shared fixtures for the glossary's unit tests. */
import { afterAll, beforeAll } from 'vitest';
import type { PackEntry } from '../common/pack';
import { GlossaryDb, type SavedTerm, type StoredEntry } from './db';
import { installPack, toStoredEntry } from './pack-loader';
import { searchKeysFor } from './search-keys';

export const kafrNabl: SavedTerm = {
  key: 'wof:1',
  entryId: 'wof:1',
  ar: 'كفرنبل',
  en: 'Kafr Nabl',
  type: 'place',
  kind: 'town',
  country: 'SY',
  path: [
    ['معرة النعمان', 'Maarat al-Numan'],
    ['إدلب', 'Idlib'],
  ],
  note: 'قصف "ليلي", then\nquiet <script>alert(1)</script>',
  tags: ['idlib', 'front line'],
  status: 'learning',
  contexts: [
    {
      sentence: 'مواقع في ريف كفرنبل بريف إدلب.',
      url: 'https://news.example/a',
      title: 'هدنة',
      seenAt: Date.UTC(2026, 0, 2),
    },
  ],
  firstSeen: Date.UTC(2026, 0, 1),
  lastSeen: Date.UTC(2026, 0, 2),
  timesSeen: 2,
  updatedAt: Date.UTC(2026, 0, 2),
  searchKeys: searchKeysFor(['كفرنبل', 'كفر نبل'], ['Kafr Nabl']),
};

export const ownTerm: SavedTerm = {
  key: 'user:الرقه',
  ar: 'الرقة',
  en: 'Raqqa',
  type: 'place',
  note: '',
  tags: [],
  status: 'new',
  contexts: [],
  firstSeen: Date.UTC(2025, 5, 1),
  lastSeen: Date.UTC(2025, 5, 1),
  timesSeen: 1,
  updatedAt: Date.UTC(2025, 5, 1),
  searchKeys: searchKeysFor(['الرقة'], ['Raqqa']),
};

export const kafrNablEntry: StoredEntry = toStoredEntry({
  id: 'wof:1',
  type: 'place',
  kind: 'town',
  ar: 'كفرنبل',
  en: 'Kafr Nabl',
  aliases: ['كفر نبل'],
  country: 'SY',
  path: [
    ['معرة النعمان', 'Maarat al-Numan'],
    ['إدلب', 'Idlib'],
  ],
  lat: 35.61,
  lon: 36.56,
  rank: 50,
  src: ['osy'],
});

/** What a reader saves from the tooltip over كفرنبل (the draft of kafrNabl). */
export const kafrNablDraft = {
  entryId: 'wof:1',
  ar: 'كفرنبل',
  en: 'Kafr Nabl',
  type: 'place' as const,
  kind: 'town',
};

let opened = 0;

/** A new database of its own, opened, with `entries` stored as the pack's rows. */
export async function freshDb(name: string, ...entries: StoredEntry[]): Promise<GlossaryDb> {
  const db = new GlossaryDb(`${name}-${opened++}`);
  await db.open();
  await db.entries.bulkPut(entries);
  return db;
}

/** All saved terms, most recently seen first. */
export const listTerms = (db: GlossaryDb): Promise<SavedTerm[]> =>
  db.terms.orderBy('lastSeen').reverse().toArray();

/** A toy pack entry shaped like the pack's: a Syrian town unless `extra` says otherwise. */
export const packEntry = (
  id: string,
  ar: string,
  en: string,
  rank: number,
  extra: Partial<PackEntry> = {},
): PackEntry => ({ id, type: 'place', kind: 'town', ar, en, country: 'SY', rank, src: ['osy'], ...extra });

/**
 * The database a test file searches: before its tests, opened with `entries` installed as
 * the pack and then `seed` run (to save terms); deleted after them.
 */
export function packDb(
  name: string,
  entries: PackEntry[],
  seed: (db: GlossaryDb) => Promise<unknown> = async () => {},
): GlossaryDb {
  const db = new GlossaryDb(name);
  beforeAll(async () => {
    await db.open();
    await installPack(db, { version: 'test', attributions: {}, entries });
    await seed(db);
  });
  afterAll(() => db.delete());
  return db;
}
