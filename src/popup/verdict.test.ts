import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flattenMessages, setInterfaceLanguage } from '../common/i18n';
import type { PageState } from '../common/messages';
import { countsPhrase } from '../ui/plural';
import { distinctCounts, groupEntities } from './EntityList';
import { verdictOf } from './verdict';

const evidence = { words: 385, political: 58, otherGenre: 0, names: 40, articleMarkup: true };
const news: PageState = {
  status: 'annotated',
  detection: { language: 'ar', isArabic: true, isPolitical: true, score: 0.9, reasons: [], evidence },
  counts: { place: 3, organization: 1, person: 0 },
  entities: [
    { text: 'ادلب', type: 'place', name_en: 'Idlib', saved: false, id: 'osy:idlib', name_ar: 'إدلب' },
    { text: 'إدلب', type: 'place', name_en: 'Idlib', saved: true, id: 'osy:idlib', name_ar: 'إدلب' },
    { text: 'سراقب', type: 'place', name_en: 'Saraqib', saved: false, id: 'wof:1', name_ar: 'سراقب' },
    { text: 'الأمم المتحدة', type: 'organization', name_en: 'United Nations', saved: false, id: 'org:un' },
  ],
};
const rows = groupEntities(news.entities);
const distinct = distinctCounts(rows);

afterEach(() => setInterfaceLanguage());

describe('groupEntities', () => {
  it('puts the spellings of one entry in one row, written as the glossary writes it', () => {
    expect(rows.map((row) => [row.text, row.count, row.variants, row.saved])).toEqual([
      ['إدلب', 2, ['ادلب'], true],
      ['سراقب', 1, [], false],
      ['الأمم المتحدة', 1, [], false],
    ]);
    expect(distinct).toEqual({ place: 2, organization: 1, person: 0 });
  });

  it('groups names found from context (no entry) by their folded spelling', () => {
    const found = groupEntities([
      { text: 'أريحا', type: 'place', name_en: 'Ariha', saved: false },
      { text: 'اريحا', type: 'place', name_en: 'Ariha', saved: false },
      { text: 'أريحا', type: 'organization', name_en: 'Ariha', saved: false },
    ]);
    expect(found.map((row) => [row.type, row.count])).toEqual([
      ['place', 2],
      ['organization', 1],
    ]);
  });
});

describe('verdictOf', () => {
  it('political news: the distinct names, and why in sentences with the figures', () => {
    const verdict = verdictOf(news, 'auto', 'article', distinct);
    expect(verdict.text).toBe('Arabic political news — 2 places, 1 organisation');
    expect(verdict.why).toEqual([
      'It reads as political news: 58 of the 385 words Dalil read are about government, security, conflict or diplomacy.',
      'The page is marked up as a news article.',
      'Dalil read the article only, not the menus, sidebars or comments.',
    ]);
    expect(verdict.offerAnnotate).toBe(false);
  });

  it.each([
    ['a site set to never', { ...news, status: 'skipped' as const }, 'never', /^Off on this site/, false],
    [
      'a Persian page the gate skipped',
      { status: 'skipped' as const, counts: news.counts, entities: [], language: 'fa' },
      'auto',
      /^This page is in Persian\. /,
      false,
    ],
    [
      'an Urdu page read on request',
      { ...news, detection: { ...news.detection!, language: 'ur', isArabic: false }, forced: true },
      'auto',
      /^This page is in Urdu\. /,
      false,
    ],
    [
      'an Arabic page that is not political',
      { ...news, entities: [], detection: { ...news.detection!, isPolitical: false } },
      'auto',
      /^Arabic, but not political news/,
      true,
    ],
    [
      'the same page annotated on request, nothing found',
      { ...news, entities: [], forced: true, detection: { ...news.detection!, isPolitical: false } },
      'auto',
      /^Annotated on request — Dalil found no names/,
      false,
    ],
    [
      'an English page',
      { status: 'skipped' as const, counts: news.counts, entities: [] },
      'auto',
      /^Not an Arabic page$/,
      true,
    ],
  ] as const)('%s', (_, state, mode, text, offer) => {
    const grouped = distinctCounts(groupEntities([...state.entities]));
    const verdict = verdictOf(state as PageState, mode, 'article', grouped);
    expect(verdict.text).toMatch(text);
    expect(verdict.offerAnnotate).toBe(offer);
  });

  it('in the Arabic interface, with Arabic plural forms', () => {
    const table = (file: string) =>
      flattenMessages(JSON.parse(readFileSync(new URL(`../locales/ar/${file}`, import.meta.url), 'utf8')));
    setInterfaceLanguage('ar', { ...table('reading.json'), ...table('interface.json') });
    expect(verdictOf(news, 'auto', 'page', distinct).text).toMatch(
      /^أخبار سياسية عربية — مكانان.*منظمة واحدة$/,
    );
    expect(countsPhrase({ place: 7, organization: 11, person: 100 })).toMatch(/7 أماكن.*11 منظمةً.*100 شخص/);
  });
});
