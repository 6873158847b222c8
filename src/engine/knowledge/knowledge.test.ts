import { describe, expect, it } from 'vitest';
import { fold } from '../read/normalize';
import { ARABIC_LETTER, LETTER_FOLDS, NON_ARABIC_LETTERS } from './letters';
import { compactKey, normalizeName } from './names';
import { GENERIC_WITH, NAME_ENDERS, NATIONALITIES, ORG_HEADS, PLURAL_HEADS } from './orgs';
import { CONNECTORS, GIVEN, TITLE_HEADS, TITLES } from './people';
import {
  DUAL_TRIGGERS,
  GENERIC_PLURAL_TRIGGERS,
  NAME_PART_TRIGGERS,
  PLACE_TRIGGERS,
  PLURAL_TRIGGERS,
  TRIGGER_BY_FORM,
  TRIGGERS,
  VICINITY_TRIGGERS,
} from './triggers';
import {
  ALIAS_COMMON_WORDS,
  COMMON_WORDS,
  GIVEN_NAMES,
  NAME_PREFIXES,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  STOP_WORDS,
} from './words';

/** [table, word as written, expected membership]: each table with words in and out. */
const has = (set: ReadonlySet<string>, w: string): boolean => set.has(fold(w));

describe('knowledge: place triggers', () => {
  it.each([
    [PLACE_TRIGGERS, 'قرية', true],
    [PLACE_TRIGGERS, 'العاصمة', true], // "العاصمة عمّان" names what follows
    [PLACE_TRIGGERS, 'المدينة', false], // with the article a trigger refers back
    [PLACE_TRIGGERS, 'إدلب', false],
    [PLURAL_TRIGGERS, 'بلدات', true],
    [PLURAL_TRIGGERS, 'قريتي', true],
    [PLURAL_TRIGGERS, 'قرية', false],
    [DUAL_TRIGGERS, 'مدينتي', true],
    [DUAL_TRIGGERS, 'نواحي', false], // a plural that ends in ي is not a dual
    [NAME_PART_TRIGGERS, 'جبل', true], // "جبل الأكراد" is one mountain
    [NAME_PART_TRIGGERS, 'قرية', false],
    [VICINITY_TRIGGERS, 'محيط', true],
    [VICINITY_TRIGGERS, 'بلدة', false],
    [GENERIC_PLURAL_TRIGGERS, 'مناطق', true],
    [GENERIC_PLURAL_TRIGGERS, 'قرى', false],
  ])('%#: %s', (set, w, expected) => {
    expect(has(set, w)).toBe(expected);
  });

  it('gives each form one row with a number that matches its shape', () => {
    expect(TRIGGER_BY_FORM.size).toBe(TRIGGERS.length);
    expect(TRIGGER_BY_FORM.get(fold('قرى'))?.kind).toBe('village');
    expect(TRIGGER_BY_FORM.get(fold('محافظة'))?.kind).toBe('governorate');
    for (const r of TRIGGERS) if (r.number === 'du') expect(r.ar).toMatch(/ي$/);
  });
});

describe('knowledge: organisation heads', () => {
  it.each([
    [ORG_HEADS, 'حركة', true],
    [ORG_HEADS, 'وزارة', true],
    [ORG_HEADS, 'مدينة', false],
    [ORG_HEADS, 'الحركة', false], // article-stripped table
    [PLURAL_HEADS, 'فصائل', true],
    [PLURAL_HEADS, 'حزب', false],
    [GENERIC_WITH, 'قوات', true],
    [GENERIC_WITH, 'وزارة', false],
    [NATIONALITIES, 'السورية', true],
    [NATIONALITIES, 'الديمقراطية', false], // "قوات سوريا الديمقراطية" is a name
    [NAME_ENDERS, 'الموالية', true],
    [NAME_ENDERS, 'الإسلامية', false],
  ])('%#: %s', (set, w, expected) => {
    expect(has(set, w)).toBe(expected);
  });
});

describe('knowledge: people', () => {
  it.each([
    [TITLES, 'الرئيس', true],
    [TITLES, 'الشيخ', true],
    [TITLES, 'الرئاسة', false],
    [TITLE_HEADS, 'وزير', true],
    [TITLE_HEADS, 'وزارة', false], // a ministry heads an organisation, not a person
    [GIVEN, 'بشار', true],
    [GIVEN, 'إدلب', false],
    [CONNECTORS, 'عبد', true],
    [CONNECTORS, 'في', false],
  ])('%#: %s', (set, w, expected) => {
    expect(has(set, w)).toBe(expected);
  });
});

describe('knowledge: word lists', () => {
  it.each([
    [COMMON_WORDS, 'باب', true], // villages called "the gate"
    [COMMON_WORDS, 'حماس', true],
    [COMMON_WORDS, 'إدلب', false],
    [COMMON_WORDS, 'خمس', true], // "five", and a town in Libya
    [COMMON_WORDS, 'زيارة', true], // "a visit", and villages
    [COMMON_WORDS, 'الرقة', false],
    [STOP_WORDS, 'خلال', true],
    [STOP_WORDS, 'سراقب', false],
    [GIVEN_NAMES, 'محمد', true],
    [GIVEN_NAMES, 'حلب', false],
    [NAME_PREFIXES, 'كفر', true],
    [NAME_PREFIXES, 'قرية', false],
    [ALIAS_COMMON_WORDS, 'ثوره', true],
    [ALIAS_COMMON_WORDS, 'رقه', false],
  ])('%#: %s', (set, w, expected) => {
    expect(has(set, w)).toBe(expected);
  });
});

describe('knowledge: letters and names', () => {
  it.each([
    ['أ', 'ا'],
    ['ى', 'ي'],
    ['ة', 'ه'],
    ['ک', 'ك'],
  ])('folds %s to %s', (ch, to) => {
    expect(LETTER_FOLDS[ch.charCodeAt(0)]).toBe(to);
  });
  it('has no fold for a plain letter', () => {
    expect(LETTER_FOLDS['ب'.charCodeAt(0)]).toBeUndefined();
  });
  it.each([
    ['پ', true],
    ['ڤ', false], // Maghrebi Arabic writes it
    ['ب', false],
  ])('%s is a letter only other languages use: %s', (ch, expected) => {
    expect(NON_ARABIC_LETTERS.test(ch)).toBe(expected);
  });
  it.each([
    ['ب', true],
    ['پ', false],
    ['a', false],
  ])('%s is an Arabic letter: %s', (ch, expected) => {
    expect(ARABIC_LETTER.test(ch)).toBe(expected);
  });
  it.each([
    ['كفر نبل', 'كفرنبل', true],
    ['السرمانية', 'سرمانيه', true],
    ['إدلب', 'ادلب', true],
    ['حلب', 'حماة', false],
  ])('%s and %s are the same name: %s', (a, b, same) => {
    expect(compactKey(a) === compactKey(b)).toBe(same);
  });
  it('normalises hyphens and spaces', () => {
    expect(normalizeName(' دير-الزور ')).toBe('دير الزور');
  });
});

describe('knowledge: context words the scorer reads', () => {
  it.each([
    [PLACE_PREPOSITIONS, 'في', true],
    [PLACE_PREPOSITIONS, 'إلى', true],
    [PLACE_PREPOSITIONS, 'الى', true], // written without hamza
    [PLACE_PREPOSITIONS, 'قال', false],
    [PLACE_PREPOSITIONS, 'مدينة', false], // a trigger, a feature of its own
    [SPEECH_VERBS, 'قال', true],
    [SPEECH_VERBS, 'أكدت', true],
    [SPEECH_VERBS, 'اكدت', true], // folded hamza
    [SPEECH_VERBS, 'في', false],
    [SPEECH_VERBS, 'الرئيس', false], // a title, read by the people proposer
  ])('%#: %s', (set, w, expected) => {
    expect(has(set, w)).toBe(expected);
  });
});
