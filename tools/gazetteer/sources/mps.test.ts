import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../../src/common/pack.js';
import { mergeMps, mpEntry, termYears } from './mps.js';
import { personNameKey } from './people.js';

const row = {
  wikidata_id: 'Q123',
  name_en: 'Nabih Berri',
  name_ar: 'نبيه بري',
  ar_variants: 'نبيه مصطفى بري|بري',
  country: 'LB',
  role_en: 'Member of the Parliament of Lebanon',
  party_en: 'Amal Movement',
  terms: '2009-2013',
  evidence: 'ep_term_membership',
};

describe('termYears', () => {
  it.each([
    ['2009-2013', { from: 2009, to: 2013 }],
    ['2012-2016|2016-', { from: 2012 }],
    ['2003-2009|2014-2018', { from: 2003, to: 2018 }],
    ['', {}],
  ])('%s', (terms, years) => {
    expect(termYears(terms)).toEqual(years);
  });
});

describe('mpEntry', () => {
  it('ships a Wikidata-linked member with role years, party and two-word names only', () => {
    expect(mpEntry(row)).toEqual({
      id: 'per:Q123',
      type: 'person',
      kind: 'politician',
      ar: 'نبيه بري',
      aliases: ['نبيه مصطفى بري'],
      en: 'Nabih Berri',
      country: 'LB',
      roles: [{ en: 'Member of the Parliament of Lebanon', from: 2009, to: 2013 }],
      rank: 20,
      wikidata: 'Q123',
      desc: 'Party: Amal Movement',
      src: ['everypolitician'],
    });
  });
  it.each([
    ['no QID', { ...row, wikidata_id: '' }, 'no QID'],
    ['no English', { ...row, name_en: '' }, 'no English name'],
    ['a Wikipedia-category row', { ...row, evidence: 'wikidata_source_only' }, 'not an EP membership'],
    ['Iran', { ...row, country: 'IR' }, 'not an Arab legislature'],
    ['one-word names', { ...row, name_ar: 'بري', ar_variants: '' }, /two words/],
  ])('leaves out %s', (_what, r, why) => {
    expect(mpEntry(r)).toMatch(why);
  });
});

describe('mergeMps', () => {
  it('drops MPs the curated list has, and gives a curated namesake of the same country the QID', () => {
    const curated = [
      { id: 'per:nabih-berri', ar: 'نبيه بري', country: 'LB', rank: 80 } as PackEntry,
      { id: 'per:x', ar: 'سمير جعجع', country: 'LB', wikidata: 'Q9', rank: 70 } as PackEntry,
    ];
    const mps = [
      mpEntry(row) as PackEntry,
      mpEntry({ ...row, wikidata_id: 'Q9', name_ar: 'سمير فريد جعجع', ar_variants: '' }) as PackEntry,
      mpEntry({ ...row, wikidata_id: 'Q5', name_ar: 'فؤاد السنيورة', ar_variants: '' }) as PackEntry,
      mpEntry({ ...row, wikidata_id: 'Q6', name_ar: 'فؤاد السنيورة', ar_variants: '' }) as PackEntry,
    ];
    const added = mergeMps(curated, mps, personNameKey);
    expect(added.map((m) => m.id)).toEqual(['per:Q5']);
    expect(curated[0]?.wikidata).toBe('Q123');
  });
});
