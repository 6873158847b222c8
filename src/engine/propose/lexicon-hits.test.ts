/**
 * What the text around a glossary hit says about it, flag by flag: the evidence the
 * decide stage weighs. Own sentences; each row is there for one rule of lexicon-hits.ts.
 */
import { describe, expect, it } from 'vitest';
import { origSpan, prepare } from '../read/doc';
import { testLexicon } from '../testing';
import { glossaryHits } from './lexicon-hits';

/** The flags of the hit whose original text is `name`. */
function flags(text: string, name: string) {
  const doc = prepare(text);
  const hit = glossaryHits(doc, testLexicon()).hits.find((h) => {
    const [s, e] = origSpan(doc, h.s, h.e);
    return text.slice(s, e) === name;
  });
  if (!hit) throw new Error(`no hit «${name}» in «${text}»`);
  return {
    adjective: hit.adjective,
    common: hit.common,
    trigger: hit.trigger,
    strongTrigger: hit.strongTrigger,
  };
}

describe('glossary hits', () => {
  it.each([
    // An adjective agreeing with the definite noun before it: "the Saudi planes".
    ['nisba after a definite noun', 'حلقت الطائرات السعودية فوق إدلب', 'السعودية', { adjective: true }],
    ['the same name as the subject of a verb', 'أعلنت السعودية أمس', 'السعودية', { adjective: false }],
    ['coordination is not agreement', 'زار الوفد تركيا والسعودية', 'السعودية', { adjective: false }],
    // Without the nisba shape, a smaller place after a definite noun is still an adjective.
    [
      'a smaller place after a definite noun',
      'أطلقت الشرطة القنابل المسيلة للدموع',
      'المسيلة',
      { adjective: true },
    ],
    // A name rarely takes a tanween: «بليونٍ» is "a billion".
    ['a tanween', 'ارتفعت الكلفة إلى بليونٍ', 'بليون', { common: true }],
    ['no tanween', 'وصلت التعزيزات إلى بليون', 'بليون', { common: false }],
    // A vicinity word ("محيط") is a weaker lead-in than a settlement word ("قرية").
    ['after a settlement word', 'سقطت قذيفة على قرية خط', 'خط', { trigger: true, strongTrigger: true }],
    ['after a vicinity word', 'سقطت قذيفة في محيط خط التماس', 'خط', { trigger: true, strongTrigger: false }],
  ])('%s: %s', (_rule, text, name, expected) => {
    expect(flags(text, name)).toMatchObject(expected);
  });

  it('a name after «إلى» is no adjective', () => {
    expect(flags('وصل الوفد إلى السعودية أمس', 'السعودية')).toMatchObject({ adjective: false });
  });
});
