import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SavedTerm } from './db';
import { ownTerm, packDb, packEntry } from './fixtures.test-util';
import { facets, filterTerms, matchTerms, queryEntries, sortTerms } from './query';
import { saveTerm } from './terms';

const city = (id: string, ar: string, en: string, rank: number, country = 'SY') =>
  packEntry(id, ar, en, rank, { kind: 'city', country });

const db = packDb(
  'query-test',
  [
    city('e1', 'إدلب', 'Idlib', 90),
    city('e2', 'الرقة', 'Raqqa', 80),
    city('e3', 'بغداد', 'Baghdad', 95, 'IQ'),
    packEntry('e4', 'هيئة تحرير الشام', 'Hayat Tahrir al-Sham', 70, {
      type: 'organization',
      kind: 'armed_group',
    }),
    city('e5', 'إدلب الجديدة', 'New Idlib', 10),
    ...Array.from({ length: 300 }, (_, i) => city(`v${i}`, `قرية ${i}`, `Village ${i}`, i % 50)),
  ],
  async (db) => {
    const context = { sentence: '', url: '', title: '' };
    await saveTerm(db, { entryId: 'e1', ar: 'إدلب', en: 'Idlib', type: 'place' }, context, undefined, 1);
    await saveTerm(db, { ar: 'الرَّقَّة', en: 'Raqqa', type: 'place' }, context, undefined, 2);
  },
);

describe('Arabic-aware search', () => {
  it.each([
    ['ادلب', ['e1', 'e5']],
    ['وادلب', ['e1', 'e5']],
    ['الرقه', ['e2']],
    ['رقة', ['e2']],
    ['تحرير', ['e4']],
    ['idl', ['e1', 'e5']],
    ['BAGH', ['e3']],
  ])('in the pack, “%s” finds %j (exact names first, then by rank)', async (text, ids) => {
    const result = await queryEntries(db, { text });
    expect((await result.read(0, 10)).map((row) => row.id)).toEqual(ids);
  });

  it.each([
    ['ادلب', ['e1']],
    ['الرقه', ['user:الرقه']],
    ['إِدْلِب', ['e1']],
    ['raq', ['user:الرقه']],
  ])('in saved terms, “%s” finds %j', async (text, keys) => {
    expect([...(matchTerms(await db.terms.toArray(), text) ?? [])]).toEqual(keys);
  });
});

describe('browsing the pack', () => {
  it('pages through everything in rank order, or by type or country', async () => {
    const all = await queryEntries(db, { text: '' });
    expect(all.total).toBe(305);
    expect((await all.read(0, 3)).map((row) => row.id)).toEqual(['e3', 'e1', 'e2']);
    const orgs = await queryEntries(db, { text: '', type: 'organization' });
    expect(orgs.total).toBe(1);
    const iraq = await queryEntries(db, { text: '', country: 'IQ' });
    expect((await iraq.read(0, 5)).map((row) => row.id)).toEqual(['e3']);
    const syrianPlaces = await queryEntries(db, { text: '', country: 'SY', type: 'place' });
    expect(syrianPlaces.total).toBe(303);
    const page = await syrianPlaces.read(300, 10);
    expect(page).toHaveLength(3);
  });
});

describe('filtering and sorting saved terms in memory', () => {
  const terms: SavedTerm[] = [
    {
      ...ownTerm,
      key: 'a',
      ar: 'بليون',
      en: 'Balyun',
      status: 'known',
      tags: ['x'],
      lastSeen: 3,
      timesSeen: 1,
    },
    { ...ownTerm, key: 'b', ar: 'أريحا', en: 'Ariha', country: 'SY', lastSeen: 2, timesSeen: 5 },
    {
      ...ownTerm,
      key: 'c',
      ar: 'تل أبيض',
      en: 'Tell Abyad',
      type: 'organization',
      lastSeen: 1,
      timesSeen: 2,
    },
  ];
  it.each([
    ['recent', ['a', 'b', 'c']],
    ['arabic', ['b', 'a', 'c']],
    ['english', ['b', 'a', 'c']],
    ['seen', ['b', 'c', 'a']],
    ['status', ['b', 'c', 'a']],
  ] as const)('sorts by %s', (sort, keys) => {
    expect(sortTerms(terms, sort).map((term) => term.key)).toEqual(keys);
  });
  it('filters by type, country, status, tag and the search keys', () => {
    const keys = (filter: Parameters<typeof filterTerms>[1], matching?: Set<string>) =>
      filterTerms(terms, filter, matching).map((term) => term.key);
    expect(keys({ text: '', type: 'organization' })).toEqual(['c']);
    expect(keys({ text: '', country: 'SY' })).toEqual(['b']);
    expect(keys({ text: '', status: 'known' })).toEqual(['a']);
    expect(keys({ text: '', tag: 'x' })).toEqual(['a']);
    expect(keys({ text: 'x' }, new Set(['b', 'c']))).toEqual(['b', 'c']);
    expect(facets(terms)).toEqual({ countries: ['SY'], tags: ['x'] });
  });
});
