import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { proposals, testLexicon, testTagger } from '../testing';

const people = (text: string) =>
  annotate(text, testLexicon(), { tagger: testTagger() })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.text);

const proposed = (text: string) => proposals(text, 'person').map((p) => p.slice(p.indexOf(':') + 1));

describe('people after titles', () => {
  it.each([
    ['president', 'استقبل الرئيس سامي الكاتب الوفد', ['سامي الكاتب']],
    ['minister with complement and nisba', 'قال وزير الخارجية الإيراني كريم نوروزي إن', ['كريم نوروزي']],
    ['spokesperson of', 'قالت المتحدثة باسم الوزارة ليلى حداد إن', ['ليلى حداد']],
    ['connector', 'أكد الشيخ عبد الرحمن يوسف أن', ['عبد الرحمن يوسف']],
    ['a title alone', 'قال الرئيس إن الوضع صعب', []],
    ['does not take a place', 'زار الرئيس إدلب', []],
  ])('%s', (_n, text, expected) => {
    // A name is proposed (the scorer's verdict is the pipeline's business); where none
    // should be, the whole engine finds none.
    if (expected.length === 0) expect(people(text)).toEqual([]);
    else expect(proposed(text)).toEqual(expect.arrayContaining(expected));
  });
});
