import { describe, expect, it } from 'vitest';
import { fold, normalize, toOriginal } from './normalize';

describe('normalize', () => {
  it.each([
    ['diacritics', 'مَدِينَةُ', 'مدينه'],
    ['shadda and sukun', 'عمّان', 'عمان'],
    ['tatweel', 'إدلـــب', 'ادلب'],
    ['hamza forms', 'أإآٱ ؤ ئ', 'اااا و ي'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['ta marbuta', 'حماة', 'حماه'],
    ['zero-width and bidi marks', 'حل\u200cب\u200f\u202bقرية\u202c', 'حلبقريه'],
    ['Arabic-Indic and Persian digits', '٢٠١٨ ۱۳۹۹', '2018 1399'],
    ['Arabic punctuation', '«نعم»، لا؛ لماذا؟', '"نعم", لا; لماذا?'],
    ['Quranic marks', 'ذٰلِكَ ۖ', 'ذلك '],
    ['Persian kaf and yeh', 'کرمانشاهی', 'كرمانشاهي'],
    ['ASCII lower case', 'Idlib AFP', 'idlib afp'],
    ['lam-alef ligature', '\uFEFB', 'لا'],
    ['presentation forms', '\uFE8D\uFEDF\uFEE4\uFEAE', 'المر'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
    expect(fold(input)).toBe(expected);
  });

  it('maps every normalised unit back to its source unit', () => {
    const src = 'وَالسَّرْمَانِيَّة';
    const n = normalize(src);
    expect(n.text).toBe('والسرمانيه');
    expect([...n.map]).toEqual([0, 2, 3, 4, 7, 9, 11, 12, 14, 17]);
  });

  it('maps a ligature to one source index for both letters', () => {
    const n = normalize('ب\uFEFBد');
    expect(n.text).toBe('بلاد');
    expect([...n.map]).toEqual([0, 1, 1, 2]);
  });

  it('toOriginal covers the whole last source unit', () => {
    const src = 'في إدلـبَ اليوم';
    const n = normalize(src);
    const s = n.text.indexOf('ادلب');
    const [a, b] = toOriginal(n, src, s, s + 4);
    expect(src.slice(a, b)).toBe('إدلـب');
  });

  it('keeps surrogate pairs whole', () => {
    const src = 'a😀b';
    const n = normalize(src);
    expect(n.text).toBe(src);
    const [a, b] = toOriginal(n, src, 1, 2);
    expect(src.slice(a, b)).toBe('😀');
  });
});
