import { describe, expect, it } from 'vitest';
import type { Pack, PackEntry } from '../../common/pack';
import { annotate } from '../annotate';
import { Lexicon } from './lexicon';
import {
  COMPILED_VERSION,
  compileLexicon,
  loadCompiledLexicon,
  parseCompiledLexicon,
} from './lexicon-compiled';

const SY: [string, string] = ['سوريا', 'Syria'];
const IDLIB: [string, string] = ['إدلب', 'Idlib'];
const pack: Pack = {
  version: '9.9.9',
  attributions: { test: 'Test data' },
  entries: [
    {
      id: 'cc:SY',
      type: 'place',
      kind: 'country',
      ar: 'سوريا',
      en: 'Syria',
      aliases: ['سورية'],
      country: 'SY',
      rank: 90,
      src: ['test'],
    },
    {
      id: 'g:idlib',
      type: 'place',
      kind: 'governorate',
      ar: 'إدلب',
      en: 'Idlib',
      country: 'SY',
      path: [SY],
      rank: 80,
      src: ['test'],
    },
    {
      id: 'v:kn',
      type: 'place',
      kind: 'town',
      ar: 'كفر نبل',
      en: 'Kafr Nabl',
      aliases: ['كفرنبل'],
      country: 'SY',
      path: [IDLIB, SY],
      rank: 50,
      src: ['test'],
      lat: 35.6,
      lon: 36.5,
      desc: 'x',
    },
    {
      id: 'v:bl',
      type: 'place',
      kind: 'village',
      ar: 'بليون',
      en: 'Balyun',
      country: 'SY',
      path: [IDLIB, SY],
      rank: 30,
      src: ['test'],
    },
    {
      id: 'o:mod',
      type: 'organization',
      kind: 'ministry',
      ar: 'وزارة الدفاع التركية',
      en: 'Turkish Ministry of National Defence',
      country: 'TR',
      rank: 60,
      src: ['test'],
    },
  ],
};

const TEXT = 'قصفت القوات بلدة بليون وكفرنبل بريف إدلب في سورية، وقالت وزارة الدفاع التركية إن الهدنة صامدة.';

describe('compiled lexicon', () => {
  const bytes = compileLexicon(pack);
  const compiled = loadCompiledLexicon(parseCompiledLexicon(bytes));

  it('keeps the pack version and attributions', () => {
    expect(parseCompiledLexicon(bytes)).toMatchObject({
      packVersion: '9.9.9',
      attributions: { test: 'Test data' },
    });
  });

  it('reads from an ArrayBuffer and from a Node buffer at an odd offset', () => {
    const odd = new Uint8Array(bytes.length + 1).subarray(1);
    odd.set(bytes);
    for (const input of [bytes.slice().buffer, odd])
      expect(
        loadCompiledLexicon(parseCompiledLexicon(input))
          .lookup('كفرنبل')
          .map((e) => e.id),
      ).toEqual(['v:kn']);
  });

  it('annotates exactly as the lexicon built from the pack', () => {
    const direct = annotate(TEXT, Lexicon.fromPack(pack)).entities;
    expect(annotate(TEXT, compiled).entities).toEqual(direct);
    expect(direct.map((e) => e.text)).toEqual(
      expect.arrayContaining(['بليون', 'كفرنبل', 'إدلب', 'وزارة الدفاع التركية']),
    );
  });

  it('keeps the fields the engine reads and shares admin paths', () => {
    const kafrNabl = compiled.entry('v:kn')!;
    expect(kafrNabl).toMatchObject({
      ar: 'كفر نبل',
      en: 'Kafr Nabl',
      kind: 'town',
      country: 'SY',
      rank: 50,
      path: [IDLIB, SY],
    });
    expect(kafrNabl.path).toBe(compiled.entry('v:bl')!.path);
    expect(kafrNabl).not.toHaveProperty('desc');
    expect(compiled.lookup('كفرنبل').map((e) => e.id)).toEqual(['v:kn']);
  });

  const idAndName = (e: PackEntry) => `${e.id} ${e.en}`;
  it('answers every lookup of the lexicon built from the pack', () => {
    const direct = Lexicon.fromPack(pack);
    for (const name of ['سوريا', 'سورية', 'السورية', 'ادلب', 'كفر نبل', 'وزارة الدفاع', 'وزارة', 'نبل', 'x'])
      expect(compiled.lookup(name).map(idAndName), name).toEqual(direct.lookup(name).map(idAndName));
    expect(compiled.maxWords('وزاره')).toBe(3);
    expect(compiled.maxWords('كفر')).toBe(2);
    expect(compiled.has('كفر')).toBe(false);
    expect(compiled.size).toBe(direct.size);
  });
});

/** A copy of the compiled file with `edit` applied. */
function edited(edit: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
  const bytes = compileLexicon(pack).slice();
  edit(bytes, new DataView(bytes.buffer));
  return bytes;
}

describe('a compiled lexicon that cannot be read', () => {
  it.each<[string, Uint8Array | ArrayBuffer, RegExp]>([
    ['an empty file', new Uint8Array(0), /not a file this version of Dalil can read/],
    [
      'a gzipped JSON lexicon (the previous format)',
      new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      /not a file/,
    ],
    [
      'another version',
      edited((_, v) => v.setUint32(8, COMPILED_VERSION - 1, true)),
      /format version 3.*rebuild/,
    ],
    [
      'a flipped byte in a column',
      edited((b) => {
        b[b.length - 40] = (b[b.length - 40] as number) ^ 4;
      }),
      /damaged/,
    ],
    ['a cut file', compileLexicon(pack).slice(0, Math.floor(compileLexicon(pack).length / 2)), /damaged/],
    ['a header that lies about its length', edited((_, v) => v.setUint32(12, 1 << 30, true)), /damaged/],
  ])('%s gives a clear error', (_, input, message) => {
    expect(() => parseCompiledLexicon(input)).toThrow(message);
  });
});
