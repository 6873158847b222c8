import { describe, expect, it } from 'vitest';
import type { EntityType, PackEntry } from '../common/pack';
import { annotate } from './annotate';
import { Lexicon } from './propose/lexicon';
import { testLexicon } from './testing';

const own = (ar: string, en: string, type: EntityType = 'place', aliases?: string[]): PackEntry => ({
  id: `user:${ar}`,
  type,
  kind: 'other',
  ar,
  en,
  aliases,
  rank: 0,
  src: ['own'],
});

const OWN = Lexicon.fromEntries([
  own('منطقة خفض التصعيد', 'de-escalation zone', 'place'),
  own('قوات النظام', 'regime forces', 'organization'),
  own('كفرنبل', 'Kafranbel', 'place', ['كفر نبل']),
  own('تلة المشيرفة', 'Mushayrifa hill'),
]);

/** `null`: annotate without the option at all. */
const spans = (text: string, lexicon: Lexicon | undefined | null) =>
  annotate(text, testLexicon(), lexicon === null ? {} : { own: lexicon }).entities.map(
    (e) => `${e.source}:${e.text}=${e.name_en}`,
  );

describe('own terms: the reader’s words are accepted wherever they match', () => {
  it.each([
    // A phrase no recogniser knows, with a proclitic left out of the span.
    ['دخلت القوات إلى منطقة خفض التصعيد أمس', ['own:منطقة خفض التصعيد=de-escalation zone']],
    ['خرجت مظاهرة أمس وكفرنبل', ['own:كفرنبل=Kafranbel']],
    // The reader's English wins over the bundled glossary's for the same words.
    ['قصف على كفرنبل في ريف إدلب', ['own:كفرنبل=Kafranbel', 'glossary:إدلب=Idlib']],
    ['قصف على كفر نبل', ['own:كفر نبل=Kafranbel']],
    // An own organisation: no context rule needed.
    ['تقدمت قوات النظام نحو البلدة', ['own:قوات النظام=regime forces']],
    // A small own place with no trigger and no article focus is still the reader's word.
    ['صعدنا تلة المشيرفة', ['own:تلة المشيرفة=Mushayrifa hill']],
    // Nothing of the reader's in the text: the other recognisers decide alone.
    ['سقطت قذائف بريف إدلب الجنوبي', ['glossary:إدلب=Idlib']],
  ])('%s', (text, expected) => {
    expect(spans(text, OWN)).toEqual(expected);
  });

  it.each([
    ['no own lexicon', () => undefined],
    ['an empty own lexicon', () => Lexicon.fromEntries([])],
  ])('with %s the annotation is the bundled one', (_, make) => {
    const lexicon = make();
    const text = 'دخلت القوات إلى منطقة خفض التصعيد في ريف إدلب';
    expect(spans(text, lexicon)).toEqual(spans(text, null));
    expect(spans(text, lexicon)).not.toContain('own:منطقة خفض التصعيد=de-escalation zone');
  });

  it('an own span overlapping a bundled one replaces it, and the offsets are the original text’s', () => {
    const text = 'قصف على كَفْرنبل';
    const [e] = annotate(text, testLexicon(), { own: OWN }).entities;
    expect(e && text.slice(e.start, e.end)).toBe('كَفْرنبل');
    expect(e?.source).toBe('own');
  });
});
