import { describe, expect, it } from 'vitest';
import { queryForms, searchKeysFor } from './search-keys';
import { termSearchKeys } from './terms';

/** Does a query find a name (exactly or as a prefix of one of its keys)? */
const finds = (query: string, arabic: string[], latin: string[] = []) => {
  const keys = searchKeysFor(arabic, latin);
  return queryForms(query).some((form) => keys.some((key) => key.startsWith(form)));
};

describe('search finds what readers type', () => {
  it.each([
    // Compounds are written with and without the space, both ways round.
    ['كفرنبل', ['كفر نبل'], [], true],
    ['كفر نبل', ['كفرنبل'], [], true],
    ['كفر نبل', ['كفر نبل'], [], true],
    // «ريف X», «مدينة X», «بريف X» mean X.
    ['ريف حلب', ['حلب'], [], true],
    ['بريف حلب', ['حلب'], [], true],
    ['مدينة الرقة', ['الرقة'], [], true],
    // Acronyms and English names, any case.
    ['SDF', ['قوات سوريا الديمقراطية'], ['Syrian Democratic Forces', 'SDF'], true],
    ['hts', ['هيئة تحرير الشام'], ['Hayat Tahrir al-Sham', 'HTS'], true],
    ['Kafranbel', ['كفرنبل'], ['Kafranbel'], true],
    // …and nothing else.
    ['ريف دمشق', ['حلب'], [], false],
    ['كفر', ['حلب'], [], false],
    ['SDF', ['حلب'], ['Aleppo'], false],
  ])('%s in %s %s → %s', (query, arabic, latin, expected) => {
    expect(finds(query, arabic, latin)).toBe(expected);
  });

  it('a compound’s spaceless key is added once, words keep their own keys', () => {
    expect(searchKeysFor(['كفر نبل'], [])).toEqual(['كفر نبل', 'كفرنبل', 'كفر', 'نبل']);
  });
});

describe('saved terms are found by their entry’s other names', () => {
  const entry = {
    en: 'Syrian Democratic Forces',
    enAliases: ['Kurdish-led forces'],
    acronym: 'SDF',
    aliases: ['قسد'],
  };
  it.each([
    ['SDF', true],
    ['syrian democratic', true],
    ['قسد', true],
    ['my own english', true],
    ['HTS', false],
  ])('%s → %s', (query, expected) => {
    const keys = termSearchKeys({ ar: 'قوات سوريا الديمقراطية', en: 'My own English' }, entry);
    expect(queryForms(query).some((form) => keys.some((key) => key.startsWith(form)))).toBe(expected);
  });
});
