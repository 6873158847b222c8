/**
 * The pack's index answers as a plain scan of every entry would: exact names first, then
 * prefix matches, in rank order, at most SEARCH_LIMIT, with `truncated` whenever more
 * exist; including prefixes common enough to have their own precomputed row.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityType, Pack, PackEntry } from '../common/pack';
import { GlossaryDb } from './db';
import { buildPackIndex, HEAVY, SEARCH_LIMIT, type TopRow } from './pack-index';
import { installPack } from './pack-loader';
import { queryEntries } from './query';
import { queryForms, searchKeysFor } from './search-keys';

const TYPES: EntityType[] = ['place', 'organization', 'person'];
const entries: PackEntry[] = Array.from({ length: 2600 }, (_, i) => ({
  id: `v:${i}`,
  type: TYPES[i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0],
  kind: 'village',
  ar: i % 3 === 0 ? `قرية ${i}` : `قرية الشيخ ${i}`,
  en: `Village ${i}`,
  country: i % 5 === 0 ? 'IQ' : i % 13 === 0 ? undefined : 'SY',
  rank: (i * 37) % 97,
  src: ['test'],
}));
entries.push({
  id: 'q',
  type: 'place',
  kind: 'city',
  ar: 'قرية',
  en: 'Qarya',
  country: 'SY',
  rank: 1,
  src: ['t'],
});
// Found only by the first form of «والقرية», after everything «قرية» finds.
entries.push({
  id: 'w',
  type: 'organization',
  kind: 'x',
  ar: 'والقريةالكبرى',
  en: 'W',
  country: 'IQ',
  rank: 0,
  src: ['t'],
});
const pack: Pack = { version: 'index-test', attributions: {}, entries };

/** The entries of a type and country by importance (rank, then id, both descending). */
function ranked(type?: EntityType, country?: string): PackEntry[] {
  return [...entries]
    .sort((a, b) => b.rank - a.rank || (a.id < b.id ? 1 : -1))
    .filter((entry) => (!type || entry.type === type) && (!country || entry.country === country));
}

/** What a search must return: a scan of every entry. */
function reference(text: string, type?: EntityType, country?: string): string[] {
  const forms = queryForms(text);
  const exact: string[] = [];
  const prefix: string[] = [];
  for (const entry of ranked(type, country)) {
    const keys = searchKeysFor([entry.ar, ...(entry.aliases ?? [])], [entry.en]);
    if (keys.some((key) => forms.includes(key))) exact.push(entry.id);
    else if (keys.some((key) => forms.some((form) => key.startsWith(form)))) prefix.push(entry.id);
  }
  return [...exact, ...prefix];
}

const db = new GlossaryDb('pack-index-test');
beforeAll(async () => {
  await installPack(db, pack);
});
afterAll(async () => {
  await db.delete();
});

describe('the pack index', () => {
  it('gives common prefixes their own rows, so no search reads more than HEAVY key pairs', () => {
    const rows = buildPackIndex(pack.version, entries);
    const tops = rows.filter((row) => row.key.startsWith('t:')) as TopRow[];
    expect(tops.map((row) => row.key)).toEqual(expect.arrayContaining(['t:ق', 't:قريه', 't:v', 't:village']));
    expect(tops.find((row) => row.key === 't:قريه')?.exact.count).toBe(entries.length - 1); // all but «والقريةالكبرى»
    expect(HEAVY).toBeLessThan(SEARCH_LIMIT);
  });

  it.each([
    ['ق'],
    ['قرية'],
    ['والقرية'],
    ['قرية الش'],
    ['قرية 12'],
    ['الشيخ 25'],
    ['1'],
    ['12'],
    ['vil'],
    ['village 2'],
    ['QAR'],
    ['nothing'],
  ])('“%s” answers as a scan of the pack would, with and without filters', async (text) => {
    for (const [type, country] of [
      [undefined, undefined],
      ['organization', undefined],
      [undefined, 'IQ'],
      ['person', 'SY'],
      [undefined, 'XX'],
    ] as Array<[EntityType | undefined, string | undefined]>) {
      const expected = reference(text, type, country);
      const result = await queryEntries(db, { text, type, country });
      const ids = (await result.read(0, SEARCH_LIMIT)).map((entry) => entry.id);
      expect(ids.length, `${text} ${type} ${country}`).toBe(result.total);
      if (!result.truncated) {
        expect(ids, `${text} ${type} ${country}`).toEqual(expected);
      } else {
        // More matches may exist (surely so without a filter): those given are the first ones.
        if (!type && !country) expect(expected.length).toBeGreaterThan(ids.length);
        expect(ids).toEqual(expected.slice(0, ids.length));
        expect(ids.length).toBeLessThanOrEqual(SEARCH_LIMIT);
      }
      if (!type && !country && expected.length > SEARCH_LIMIT) expect(ids).toHaveLength(SEARCH_LIMIT);
    }
  });

  it('reads any window of a result, and browses by type and country in rank order', async () => {
    const result = await queryEntries(db, { text: 'قرية' });
    expect((await result.read(1990, 20)).map((entry) => entry.id)).toEqual(
      reference('قرية').slice(1990, 2000),
    );
    for (const [type, country] of [
      [undefined, undefined],
      ['place', undefined],
      [undefined, 'SY'],
      ['place', 'IQ'],
      ['person', 'XX'],
    ] as Array<[EntityType | undefined, string | undefined]>) {
      const browse = await queryEntries(db, { text: '', type, country });
      const all = ranked(type, country).map((entry) => entry.id);
      expect(browse.total).toBe(all.length);
      for (const offset of [0, 995, 1500])
        expect((await browse.read(offset, 10)).map((entry) => entry.id)).toEqual(
          all.slice(offset, offset + 10),
        );
    }
  });
});
