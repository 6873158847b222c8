import { describe, expect, it } from 'vitest';
import { annotate } from './annotate';
import { testLexicon, testTagger } from './testing';

const spans = (text: string) =>
  annotate(text, testLexicon(), { tagger: testTagger() }).entities.map(
    (e) =>
      `${e.type === 'place' ? 'p' : e.type === 'organization' ? 'o' : 'person'}:${e.text}${e.id ? `=${e.id}` : ''}`,
  );

describe('annotate: glossary matching with clitics', () => {
  it.each([
    ['وصل الوفد إلى لبنان أمس', ['p:لبنان=cc:LB']],
    [
      'قصفت الطائرات قرى كفرومة والسرمانية في إدلب',
      ['p:كفرومة=v:kafruma', 'p:السرمانية=v:sarmaniyah', 'p:إدلب=g:idlib'],
    ],
    ['a small village needs a focus or context: قصفت الطائرات السرمانية ليلا', []],
    ['سقطت قذائف بريف إدلب الجنوبي', ['p:إدلب=g:idlib']],
    ['وصلت التعزيزات إلى بليون في جبل الزاوية', ['p:بليون=v:blyon', 'p:جبل الزاوية=m:zawiya']],
    ['زار الوفد السورية المملكة العربية السعودية', ['p:المملكة العربية السعودية=cc:SA']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('reports original offsets, never the proclitics', () => {
    const text = 'وقصفت الطائرات قرى كفرومة وَبِالسَّرمانيّة في إدلب';
    const e = annotate(text, testLexicon(), { tagger: testTagger() }).entities[1];
    expect(e && text.slice(e.start, e.end)).toBe('السَّرمانيّة');
  });
});

describe('annotate: false positives', () => {
  it.each([
    ['common word without context', 'جلس الوفد بين الحضور', []],
    ['the article on an organisation that has none', 'استقبل الجمهور الفريق بالحماس المعتاد', []],
    ['a month', 'في أيلول الماضي', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  // Lost when the scorer stopped learning from a tagger that had seen corpus-dev: on the
  // toy lexicon the coordinated «والكبسة السعودية» now reads as the country. To win back.
  it.fails('nisba adjective after a definite noun', () => {
    expect(spans('حلقت الطائرات الروسية والكبسة السعودية')).toEqual([]);
  });
});

describe('annotate: disambiguation', () => {
  it('prefers the homonym in the governorate the article is about', () => {
    const a = annotate('قصفت قوات النظام بلدة كنصفرة في ريف إدلب، وقرية أم جلال', testLexicon(), {
      tagger: testTagger(),
    });
    expect(a.entities.find((e) => e.text === 'أم جلال')?.id).toBe('v:umjalal-i');
  });
  it('prefers the country the article is about', () => {
    const a = annotate('وصل الرئيس إلى لبنان ثم زار طرابلس', testLexicon(), { tagger: testTagger() });
    expect(a.entities.find((e) => e.text === 'طرابلس')?.id).toBe('c:tripoli-lb');
  });
  it('falls back to rank', () => {
    const a = annotate('وصل الوفد إلى طرابلس', testLexicon(), { tagger: testTagger() });
    expect(a.entities.find((e) => e.text === 'طرابلس')?.id).toBe('c:tripoli-ly');
  });
});

describe('annotate: options and entity fields', () => {
  it('filters by kinds', () => {
    const text = 'قال المرصد السوري لحقوق الإنسان إن القصف طال إدلب';
    expect(
      annotate(text, testLexicon(), { kinds: ['organization'], tagger: testTagger() }).entities.map(
        (e) => e.type,
      ),
    ).toEqual(['organization']);
  });
  it('gives a transliteration as name_en for context names', () => {
    const e = annotate('قصفت القوات قرية خربشة الجديدة', testLexicon(), { tagger: testTagger() }).entities[0];
    expect(e?.source).toBe('context');
    expect(e?.name_en).toMatch(/^Kh/);
  });
});

describe('annotate: rules learned on the development corpus (own sentences)', () => {
  it.each([
    [
      'a vicinity word is not enough for an everyday word',
      'سقطت قذيفة في محيط خط التماس بريف إدلب',
      ['p:إدلب=g:idlib'],
    ],
    [
      'an adjective after a definite noun, even without the nisba shape',
      'أطلقت الشرطة القنابل المسيلة للدموع',
      [],
    ],
    // «بليونٍ» is "a billion": the tanween alone says it is no village; the same sentence
    // without it keeps the village (if that control fails, the scorer changed: find a new pair).
    [
      'tanween marks a common word',
      'ارتفعت كلفة الإعمار إلى بليونٍ في جبل الزاوية',
      ['p:جبل الزاوية=m:zawiya'],
    ],
    [
      'without the tanween the same word is the village',
      'ارتفعت كلفة الإعمار إلى بليون في جبل الزاوية',
      ['p:بليون=v:blyon', 'p:جبل الزاوية=m:zawiya'],
    ],
    ['a glossary alias that is a generic group', 'تقدمت قوات حفتر نحو المدينة', []],
    ['تنظيم is left out of the name', 'وقال تنظيم داعش في بيان إن مقاتليه هاجموا حاجزا', ['o:داعش=org:isis']],
    [
      'قوات is left out when the inner name is the organisation',
      'قصفت قوات التحالف الدولي مواقع',
      ['o:التحالف الدولي=org:coalition'],
    ],
    ['a plural trigger and an indefinite adjective', 'زرنا مدنا عربية كثيرة', []],
    ['a dual trigger names two places', 'في مدينتي كرمشة وزيتونة، ووصلت التعزيزات', ['p:كرمشة', 'p:زيتونة']],
    [
      'an everyday-word organisation in parentheses',
      'قالت حركة المقاومة الإسلامية (حماس) إن',
      ['o:حركة المقاومة الإسلامية=org:hamas', 'o:حماس=org:hamas'],
    ],
    ['an everyday-word organisation alone', 'تحدث اللاعب بحماس عن المباراة', []],
    [
      'a quoted name after its description',
      'قتل العامل مع الفرع، “فراس سالم الحمد”، أمس',
      ['person:فراس سالم الحمد'],
    ],
  ])('%s', (_n, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('asks more of a bare city name outside political news', () => {
    const sport =
      'فاز النادي على الريان في مباراة الدوري بهدفين، وسجل اللاعب الهدف الأول في الشوط الثاني أمام المدرب والجمهور في الملعب.';
    expect(spans(sport)).toEqual([]);
  });
});

/**
 * What the cascade accepted and the learned scorer does not, on this toy lexicon (no
 * populations, hand-set ranks): small villages inside the focus with no other evidence. Marked as failing so that a scorer that gets them back
 * turns these into errors to be moved up.
 */
describe('annotate: a city named with a clitic', () => {
  it('وفي معرة النعمان خرج المحتجون', () => {
    expect(spans('وفي معرة النعمان خرج المحتجون')).toEqual(['p:معرة النعمان=c:maarrat']);
  });
});

describe('annotate: known differences from the previous engine (toy lexicon)', () => {
  it.fails.each([
    [
      'نزح الأهالي من كفرومة وفليفل نحو مدينة إدلب',
      ['p:كفرومة=v:kafruma', 'p:فليفل=v:fleifel', 'p:إدلب=g:idlib'],
    ],
    ['قصف مدفعي على بارة في ريف إدلب', ['p:بارة=v:bara', 'p:إدلب=g:idlib']],
    [
      'اجتمع الوزير في رأس العين السفلى الجديدة الكبرى الشرقية',
      ['p:رأس العين السفلى الجديدة الكبرى الشرقية=c:ras'],
    ],
    ['قصفت الطائرات مواقع في الريان وقتل مدنيون في الهجوم', ['p:الريان=c:bigcity']],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
