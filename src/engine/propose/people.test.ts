import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { testLexicon } from '../testing';

const people = (text: string) =>
  annotate(text, testLexicon())
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.text);

describe('people after titles', () => {
  it.each([
    ['president', 'استقبل الرئيس سامي الكاتب الوفد', ['سامي الكاتب']],
    ['minister with complement and nisba', 'قال وزير الخارجية الإيراني كريم نوروزي إن', ['كريم نوروزي']],
    ['spokesperson of', 'قالت المتحدثة باسم الوزارة ليلى حداد إن', ['ليلى حداد']],
    ['connector', 'أكد الشيخ عبد الرحمن يوسف أن', ['عبد الرحمن يوسف']],
    ['a title alone', 'قال الرئيس إن الوضع صعب', []],
    ['does not take a place', 'زار الرئيس إدلب', []],
  ])('%s', (_n, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
