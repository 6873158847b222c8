/**
 * The glossary page's search, as readers type (issue 15): Latin names compact and a few
 * letters off, acronyms, «ريف X», Arabic compounds with or without their space; exact
 * names first, then the rest by prominence. Own toy entries, shaped like the pack's.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../common/pack';
import { packEntry as entry, packDb } from './fixtures.test-util';
import { matchTerms, queryEntries } from './query';
import { saveTerm } from './terms';

const org = (id: string, ar: string, en: string, acronym: string, rank: number): PackEntry =>
  entry(id, ar, en, rank, { type: 'organization', kind: 'armed_group', acronym });

const db = packDb(
  'search-readers-test',
  [
    entry('kafr-nabl', 'كفر نبل', 'Kafr Nabl', 51),
    entry('kafr-nabl-2', 'كفر نبل', 'Kafr Nobol', 30, { kind: 'village' }),
    entry('kafr-saba', 'كفر سابا', 'Kafr Saba', 52),
    entry('aleppo', 'حلب', 'Aleppo', 82, { kind: 'city' }),
    entry('simeon', 'جبل سمعان', 'Mount Simeon', 60, { kind: 'district', enAliases: ['Jabal Saman'] }),
    entry('halab-shawariq', 'حلب الشوارق', 'Halab Ash Shawariq', 28),
    entry('maarat', 'معرة النعمان', 'Maarat al-Numan', 66, { enAliases: ["Ma'arrat an-Nu'man"] }),
    entry('raqqa', 'الرقة', 'Raqqa', 80, { kind: 'city' }),
    entry('raqa', 'شعب الرقاع', "Sha'b ar-Raqa", 25),
    entry('cavusoglu', 'مولود جاويش أوغلو', 'Mevlüt Çavuşoğlu', 78, { type: 'person', kind: 'politician' }),
    org('sdf', 'قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'SDF', 85),
    org('hts', 'هيئة تحرير الشام', "Hay'at Tahrir al-Sham", 'HTS', 85),
    org('sdg', 'جماعة تجريبية', 'Some Development Group', 'SDG', 10),
  ],
  (db) =>
    saveTerm(
      db,
      { ar: 'منطقة خفض التصعيد', en: 'de-escalation zone', type: 'place' },
      { sentence: '', url: '', title: '' },
    ),
);

const found = async (text: string) => (await (await queryEntries(db, { text })).read(0, 20)).map((e) => e.id);

describe('search that finds what readers type', () => {
  it.each([
    // Latin, compact: spaces, hyphens, apostrophes and diacritics do not matter.
    ['Kafr Nabl', 'kafr-nabl'],
    ['kafrnabl', 'kafr-nabl'],
    ['Kafr-Nabl', 'kafr-nabl'],
    ['Maarat al Numan', 'maarat'],
    ['maarratannuman', 'maarat'],
    ['Cavusoglu', 'cavusoglu'],
    // A few letters off, in proportion to the length.
    ['Kafranbel', 'kafr-nabl'],
    ['Alepo', 'aleppo'],
    ['Maarat al Numen', 'maarat'],
    // Acronyms, exactly: three letters leave no room for a typo.
    ['SDF', 'sdf'],
    ['hts', 'hts'],
    // Arabic: «ريف X» is X; compounds with or without their space; the city before its namesakes.
    ['ريف حلب', 'aleppo'],
    ['بريف حلب', 'aleppo'],
    ['حلب', 'aleppo'],
    ['كفرنبل', 'kafr-nabl'],
    ['كفر نبل', 'kafr-nabl'],
  ])('“%s” finds %s first', async (text, first) => {
    expect((await found(text))[0]).toBe(first);
  });

  it.each([
    ['Kafrxyzbel'], // too far from any name
    ['Hallep'], // Aleppo, but three letters off six
    ['SDX'], // a short acronym must be exact
    ['كفرنبلل'], // Arabic is not compared with room for typos
  ])('“%s” finds nothing', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('gives كفرنبل and كفر نبل the same results', async () => {
    expect(await found('كفرنبل')).toEqual(await found('كفر نبل'));
    expect(await found('كفر نبل')).toEqual(['kafr-nabl', 'kafr-nabl-2']);
  });

  it('puts exact names before near misses, and near misses by prominence', async () => {
    // "Raqa" is exactly a word of Sha'b ar-Raqa, one letter off Raqqa.
    expect(await found('Raqa')).toEqual(['raqa', 'raqqa']);
    // Within two letters of "Kafranbel" there is Kafr Nabl, not Kafr Saba (52, more prominent).
    expect(await found('Kafranbel')).toEqual(['kafr-nabl']);
    // Both two letters off "Kafr Naba": the more prominent first.
    expect(await found('Kafr Naba')).toEqual(['kafr-saba', 'kafr-nabl']);
  });

  it('finds saved terms by a Latin name a few letters off, and not by a far one', async () => {
    const terms = await db.terms.toArray();
    expect([...(matchTerms(terms, 'de-escalation') ?? [])]).toHaveLength(1);
    expect([...(matchTerms(terms, 'deescalation zone') ?? [])]).toHaveLength(1);
    expect([...(matchTerms(terms, 'de-escalaton zone') ?? [])]).toHaveLength(1);
    expect([...(matchTerms(terms, 'escalaton') ?? [])]).toHaveLength(1);
    expect([...(matchTerms(terms, 'escort') ?? [])]).toHaveLength(0);
    // Only when nothing matches as typed: "zone" is a prefix of the term's word, "zona" is near it.
    expect([...(matchTerms(terms, 'zona') ?? [])]).toHaveLength(1);
  });
});
