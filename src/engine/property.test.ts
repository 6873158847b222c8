/**
 * Properties that must hold for any input: offsets map back to the original letters,
 * spans are valid and non-overlapping, nothing throws, and time stays linear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate';
import { detect } from './detect/detect';
import { fold, normalize } from './read/normalize';
import { testLexicon } from './testing';
import { transliterate } from './transliterate';

const ARABIC_BITS = [
  'و',
  'ب',
  'ال',
  'لل',
  'ف',
  'ك',
  'إدلب',
  'كنصفرة',
  'بليون',
  'قرية',
  'بلدات',
  'قوات',
  'وزارة',
  'الدفاع',
  'التركية',
  'جبل',
  'الزاوية',
  'حماس',
  '،',
  ' ',
  ' و',
  '"',
  '\n',
  'ً',
  'ّ',
  'ـ',
  '\u200c',
  '\u200f',
  '\uFEFB',
  'ی',
  'ک',
  'پ',
  '٣',
  'a',
  '😀',
];
const arabicish = fc.array(fc.constantFrom(...ARABIC_BITS), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  arabicish,
);

describe('properties', () => {
  it('normalize: map is monotone, in range, and points at a unit that folds to the output', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        expect(n.map.length).toBe(n.text.length);
        for (let i = 0; i < n.map.length; i++) {
          const m = n.map[i] as number;
          expect(m).toBeGreaterThanOrEqual(0);
          expect(m).toBeLessThan(s.length);
          if (i > 0) expect(m).toBeGreaterThanOrEqual(n.map[i - 1] as number);
          // The output unit comes from its source unit alone.
          expect(fold(s[m] as string)).toContain(n.text[i]);
        }
        expect(fold(s)).toBe(n.text);
      }),
      { numRuns: 300 },
    );
  });

  it('annotate: entities are sorted, non-overlapping, in range, and their text is the original slice', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = annotate(s, testLexicon());
        let last = 0;
        for (const e of a.entities) {
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(s.length);
          expect(e.text).toBe(s.slice(e.start, e.end));
          // A span starts and ends on letters, never on a proclitic's space or punctuation.
          expect(/^[\s,،"«»]/.test(e.text)).toBe(false);
          last = e.end;
        }
        expect(a.detection.score).toBeGreaterThanOrEqual(0);
        expect(a.detection.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('spans exclude proclitics: the span text folds to the name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', 'و', 'ف', 'ب', 'وب', 'فب', 'ك'),
        fc.constantFrom('ال', ''),
        (pre, art) => {
          const text = `قصفت الطائرات بلدة ${pre}${art}بارة في ريف إدلب`;
          const e = annotate(text, testLexicon()).entities[0];
          expect(e && fold(e.text)).toBe(fold(`${art}بارة`));
        },
      ),
    );
  });

  it('nothing throws: detect and transliterate on any input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        detect(s);
        transliterate(s);
      }),
      { numRuns: 200 },
    );
  });

  it('survives clitic chains and very long tokens', () => {
    const chain = `${'وبو'.repeat(5000)}ال${'ب'.repeat(20000)}`;
    expect(() => annotate(chain, testLexicon())).not.toThrow();
    expect(() => annotate('ك'.repeat(100000), testLexicon())).not.toThrow();
  });

  it('stays linear on a 1 MB paragraph', () => {
    const unit =
      'قصفت قوات النظام بلدات "كنصفرة، وبليون، والبارة" في جبل الزاوية بريف إدلب، وقالت وزارة الدفاع التركية إن الرئيس سامي الكاتب وصل. ';
    const small = unit.repeat(Math.ceil(100_000 / unit.length));
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const a = annotate(small, testLexicon());
    const t1 = performance.now();
    const b = annotate(big, testLexicon());
    const t2 = performance.now();
    expect(b.entities.length).toBeGreaterThan(a.entities.length * 8);
    // Ten times the text may take at most ~25 times as long (generous for noisy machines).
    expect(t2 - t1).toBeLessThan(Math.max(25 * (t1 - t0), 2000));
  }, 120_000);
});
