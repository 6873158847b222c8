import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepare } from '../read/doc';
import { testLexicon } from '../testing';
import { lexiconGazetteer } from './gazetteer';
import { COMPILED_TAGGER_VERSION, compileTagger, parseCompiledTagger } from './model-compiled';
import { Tagger } from './tagger';

const model = JSON.parse(
  gunzipSync(readFileSync(new URL('../../../pack/dalil-tagger.json.gz', import.meta.url))).toString('utf8'),
);
const bytes = compileTagger(model);

describe('compiled tagger model', () => {
  it('scores every token exactly as the JSON model does', () => {
    const fromJson = Tagger.fromJSON(model);
    const compiled = parseCompiledTagger(bytes.slice().buffer);
    const gazetteer = lexiconGazetteer(testLexicon());
    for (const text of [
      'قصفت قوات النظام بلدة كفرنبل بريف إدلب، وقال وزير الخارجية التركي مولود جاويش أوغلو إن الهدنة صامدة.',
      'أعلنت هيئة تحرير الشام والجبهة الوطنية للتحرير عن عملية مشتركة.\nوبغداد كذلك',
      '',
    ]) {
      const doc = prepare(text);
      expect([...compiled.emissions(doc, gazetteer)]).toEqual([...fromJson.emissions(doc, gazetteer)]);
      expect(compiled.tag(doc, { gazetteer })).toEqual(fromJson.tag(doc, { gazetteer }));
    }
  });

  it('rejects a model that is not one', () => {
    expect(() => compileTagger({ format: 'x' })).toThrow(/not a Dalil tagger model/);
  });

  const edited = (edit: (b: Uint8Array, v: DataView) => void): Uint8Array => {
    const copy = bytes.slice();
    edit(copy, new DataView(copy.buffer));
    return copy;
  };
  it.each<[string, Uint8Array, RegExp]>([
    [
      'the gzipped JSON model',
      readFileSync(new URL('../../../pack/dalil-tagger.json.gz', import.meta.url)),
      /not a file/,
    ],
    [
      'another version',
      edited((_, v) => v.setUint32(8, COMPILED_TAGGER_VERSION + 1, true)),
      /format version 2.*rebuild/,
    ],
    [
      'a flipped weight',
      edited((b) => {
        b[b.length - 1000] = (b[b.length - 1000] as number) ^ 1;
      }),
      /damaged/,
    ],
    ['a cut file', bytes.slice(0, bytes.length - 4), /damaged/],
  ])('%s gives a clear error', (_, input, message) => {
    expect(() => parseCompiledTagger(input)).toThrow(message);
  });
});
