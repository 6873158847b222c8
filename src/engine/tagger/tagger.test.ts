import { describe, expect, it } from 'vitest';
import { prepare } from '../read/doc';
import { testLexicon, testTagger } from '../testing';
import { lexiconGazetteer } from './gazetteer';
import { zeroModel } from './model.test-util';
import { Tagger } from './tagger';

const tagger = Tagger.fromJSON(zeroModel(['وزاره', 'فلسطين']));

describe('letters of proclitics left out of a name', () => {
  const gaz = lexiconGazetteer(testLexicon());
  const none = (): boolean => false;
  it.each([
    // the gazetteer's reading wins, least stripping first
    ['بليون', gaz, 0],
    ['وبليون', gaz, 1],
    ['لبنان', gaz, 0],
    ['بادلب', gaz, 1],
    // without it: a conjunction before three letters or more goes, a preposition only before ال
    ['ومحمد', undefined, 1],
    ['والعراق', undefined, 1],
    ['بالعراق', undefined, 1],
    ['وبالعراق', undefined, 2],
    ['للجيش', undefined, 2],
    ['للاذقيه', undefined, 1],
    ['بغداد', undefined, 0],
    ['ولد', undefined, 0],
    // words training met whole at a name's start keep their first letter
    ['وزاره', undefined, 0],
    ['فلسطين', undefined, 0],
  ])('%s → %i', (word, g, cut) => {
    expect(tagger.cliticLength(word, g, none)).toBe(cut);
  });

  it('strips what the document also writes alone', () => {
    expect(tagger.cliticLength('بحماه', undefined, (s) => s === 'حماه')).toBe(1);
  });
});

describe('tag', () => {
  it('finds nothing with zero weights, on any text', () => {
    for (const text of ['', 'حلب', 'قال الرئيس إن حلب آمنة.\nوبغداد كذلك', '!!! 123']) {
      const doc = prepare(text);
      expect(tagger.tag(doc)).toEqual([]);
      expect(tagger.labels(doc).length).toBe(doc.toks.count);
    }
  });
});

describe('tagWithDoubt', () => {
  const shipped = testTagger();
  const gaz = lexiconGazetteer(testLexicon());
  it('is 0 where a tagged name of that kind begins and more than 0 where none could', () => {
    const doc = prepare('وقال الرئيس إن القصف طال مدينة حلب أمس.');
    const { spans, doubt } = shipped.tagWithDoubt(doc, { gazetteer: gaz });
    expect(spans).toEqual(shipped.tag(doc, { gazetteer: gaz }));
    const aleppo = spans.find((s) => s.type === 'place');
    expect(aleppo && doc.strs[aleppo.t0]).toBe('حلب');
    expect(doubt.beginDeficit(aleppo?.t0 ?? -1, 'place')).toBe(0);
    expect(doubt.beginDeficit(aleppo?.t0 ?? -1, 'person')).toBeGreaterThan(0);
    expect(doubt.beginDeficit(1, 'place')).toBeGreaterThan(0); // الرئيس
  });
  it('never reports a negative deficit', () => {
    const doc = prepare('التقى وزير الخارجية نظيره في القاهرة');
    const { doubt } = shipped.tagWithDoubt(doc, { gazetteer: gaz });
    for (let i = 0; i < doc.toks.count; i++)
      for (const kind of ['place', 'organization', 'person'] as const)
        expect(doubt.beginDeficit(i, kind)).toBeGreaterThanOrEqual(0);
  });
});
