import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/read/doc';
import { type ConllToken, parseConll, toPage } from './orthography';

/** "form/TAG form …" (tag O when omitted) as tokens. */
const toks = (s: string): ConllToken[] =>
  s.split(' ').map((x) => {
    const [form, tag] = x.split('/');
    return { form: form as string, tag: tag ?? 'O' };
  });

const page = (s: string): { text: string; mentions: string[] } => {
  const p = toPage(toks(s));
  return { text: p.text, mentions: p.mentions.map((m) => `${m.cls}:${p.text.slice(m.s, m.e)}`) };
};

describe('NewsFANE orthography to page orthography', () => {
  it.each([
    // split conjunction and pronoun suffixes are glued back
    ['و هي تسعى', 'وهي تسعى', []],
    ['قال ان ه', 'قال انه', []],
    ['زيارت نا لمعبد', 'زيارتنا لمعبد', []],
    ['من هما', 'منهما', []],
    ['رييس ل الاتحاد/B-Sports', 'رييس للاتحاد', ['Sports:لاتحاد']],
    ['ف ان ه', 'فانه', []],
    // the name starts after a glued و; a glued suffix stays out of it
    ['و المانيا/B-Nation', 'والمانيا', ['Nation:المانيا']],
    ['حكومت/B-Government ه', 'حكومته', ['Government:حكومت']],
    ['و فتحي/B-Politician محمود/I-Politician', 'وفتحي محمود', ['Politician:فتحي محمود']],
    // a و inside a name stays inside it
    [
      'وزارة/B-Government الخارجية/I-Government و/I-Government التعاون/I-Government',
      'وزارة الخارجية والتعاون',
      ['Government:وزارة الخارجية والتعاون'],
    ],
    // not clitics: "كم" after a number (km), ك before ما, letters of an abbreviation, a lone و
    ['75 كم', '75 كم', []],
    ['، ك ما', '، كما', []],
    ['وجه ك', 'وجهك', []],
    ['( د/B-Media ب/I-Media ا/I-Media )', '( د ب ا )', ['Media:د ب ا']],
    ['قال و', 'قال و', []],
    ['( ه', '( ه', []],
  ])('%s → %s', (src, text, mentions) => {
    expect(page(src)).toEqual({ text, mentions });
  });

  // What the tagger is trained on must be what it meets on pages: the same Doc tokens.
  it.each([
    ['و قال ان ه', 'وقال إنه'],
    ['اعلن وزير الخارجية امس', 'أعلن وزيرُ الخارجية أمس'],
    ['و ل المدن', 'وللمدن'],
    ['و ب حسب بيان ها', 'وبحسب بيانها'],
    ['التقى الرئيس ب نظير ه الفرنسي', 'التقى الرئيسُ بنظيرهِ الفرنسيّ'],
  ])('%s reads like the page text %s', (src, pageText) => {
    expect(prepare(toPage(toks(src)).text).strs).toEqual(prepare(pageText).strs);
  });

  it('parses CoNLL and rejects a line without a tag', () => {
    expect(parseConll('حلب\tB-Population-Center\nامس\tO\n\nقال\tO\n').map((s) => s.length)).toEqual([2, 1]);
    expect(() => parseConll('حلب B-Population-Center\n')).toThrow(/bad CoNLL line/);
  });
});
