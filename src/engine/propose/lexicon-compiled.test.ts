import { describe, expect, it } from 'vitest';
import type { Pack } from '../../common/pack';
import { annotate } from '../annotate';
import { Lexicon } from './lexicon';
import { compileLexicon, isCompiledLexicon, loadCompiledLexicon } from './lexicon-compiled';

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
  const compiled = loadCompiledLexicon(JSON.parse(JSON.stringify(compileLexicon(pack))));

  it('survives JSON and is recognised by its format', () => {
    expect(isCompiledLexicon(JSON.parse(JSON.stringify(compileLexicon(pack))))).toBe(true);
    expect(isCompiledLexicon({ format: 'other' })).toBe(false);
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
});
