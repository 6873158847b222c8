import { describe, expect, it } from 'vitest';
import { testLexicon } from '../testing';
import { deepCore, type FeatureConfig, FeatureHasher, shapeOf } from './features';
import { FIRST_BIT, lexiconGazetteer, singleBit } from './gazetteer';

const config: FeatureConfig = { bits: 16, window: 1, gazetteer: true, bigrams: true, docContext: true };
const hasher = new FeatureHasher(config, { given: ['محمد'], family: ['الحسن'] });
const local = (w: string, flags = 0, h = hasher): number[] => {
  const out: number[] = [];
  h.local(w, flags, out);
  return out;
};
const shared = (a: number[], b: number[]): number => a.filter((x) => b.includes(x)).length;

describe('shape and bare core', () => {
  it.each([
    ['حلب', 'A'],
    ['cnn', 'L'],
    ['2002', 'D'],
    ['f16', 'LD'],
  ])('shape of %s is %s', (w, s) => expect(shapeOf(w)).toBe(s));

  it.each([
    ['والسرمانيه', 'سرمانيه', '1a'],
    ['بالرقه', 'رقه', '1a'],
    ['للجيش', 'جيش', '1a'],
    ['حلب', 'حلب', '0'],
    ['cnn', 'cnn', '0'],
  ])('bare core of %s is %s (%s)', (w, core, sig) => expect(deepCore(w)).toEqual({ core, sig }));
});

describe('word features', () => {
  it('are the same for the same word and stay inside the table', () => {
    expect(local('وبحلب')).toEqual(local('وبحلب'));
    for (const r of local('وبحلب')) expect(r >>> 0).toBeLessThan(1 << config.bits);
  });

  it('share the bare core across clitics, not across different words', () => {
    // و+حلب and ب+حلب share the core's rows (word, 2- and 3-letter ends); ولب does not.
    expect(shared(local('وحلب'), local('بحلب'))).toBeGreaterThan(shared(local('وحلب'), local('وجلب')));
  });

  it('mark listed name words, and gazetteer flags only when configured', () => {
    expect(local('ومحمد').length).toBe(local('ومحمود').length + 1);
    const flags = singleBit(0, 0) | FIRST_BIT;
    expect(local('حلب', flags).length).toBe(local('حلب', 0).length + 1);
    const noGaz = new FeatureHasher({ ...config, gazetteer: false });
    expect(local('حلب', flags, noGaz)).toEqual(local('حلب', 0, noGaz));
  });

  it('give a word pair its order', () => {
    const a = hasher.pairKey('الرئيس');
    const b = hasher.pairKey('عون');
    expect(hasher.pairRow(a, b, true)).not.toBe(hasher.pairRow(b, a, true));
    expect(hasher.pairRow(a, b, true)).not.toBe(hasher.pairRow(a, b, false));
  });

  it('give a word the neighbours of its other occurrences in the document', () => {
    // "الرئيس عون قال ... عون": both occurrences of عون carry "after الرئيس".
    const types = ['الرئيس', 'عون', 'قال'];
    const ids = Int32Array.from([0, 1, 2, 1]);
    const keys = types.map((t) => hasher.docKey(t));
    const rows = hasher.docRows(4, ids, keys, Uint8Array.from([1, 1, 1, 0]));
    expect(rows[1]?.length).toBe(3); // after الرئيس, after قال; before قال
    const apart = hasher.docRows(4, ids, keys, Uint8Array.from([0, 0, 0, 0]));
    expect(apart[1]).toEqual([]);
  });
});

describe('gazetteer flags', () => {
  const gaz = lexiconGazetteer(testLexicon());

  it.each([
    ['حلب', singleBit(0, 0)], // a governorate: top band
    ['وبحلب', singleBit(0, 0)],
    ['طرابلس', singleBit(0, 1)], // cities
    ['كنصفره', singleBit(0, 2)], // a village
    ['بمعره', FIRST_BIT],
    ['حماس', singleBit(1, 1)],
    ['النعمان', 0],
    ['كتاب', 0],
    ['', 0],
  ])('%s', (w, flags) => expect(gaz.flags(w)).toBe(flags));

  it('knows name starts, not inner words', () => {
    expect(gaz.knows('معره')).toBe(true);
    expect(gaz.knows('النعمان')).toBe(false);
  });
});
