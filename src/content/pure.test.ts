import { describe, expect, it } from 'vitest';
import type { PageEntity } from '../common/messages';
import { sentenceAround } from '../common/sentence';
import type { TextSegment } from './extract';
import { segmentIndexAt, spanCovered } from './highlight';
import { entityIndexAt } from './reader/hit-test';

describe('sentenceAround', () => {
  const text = 'جملة أولى. قصفت القوات بلدة بليون في جبل الزاوية؟ جملة ثالثة\nسطر آخر';
  it.each([
    ['بليون', 'قصفت القوات بلدة بليون في جبل الزاوية؟'],
    ['ثالثة', 'جملة ثالثة'],
    ['آخر', 'سطر آخر'],
  ])('finds the sentence of %s', (word, sentence) => {
    const start = text.indexOf(word);
    expect(sentenceAround(text, start, start + word.length)).toBe(sentence);
  });
});

describe('entityIndexAt', () => {
  const entities = [
    { start: 2, end: 6 },
    { start: 10, end: 14 },
  ] as PageEntity[];
  it.each([
    [1, -1],
    [2, 0],
    [5, 0],
    [6, -1],
    [10, 1],
    [13, 1],
    [14, -1],
  ])('offset %i → entity %i', (offset, index) => expect(entityIndexAt(entities, offset)).toBe(index));
});

describe('segmentIndexAt', () => {
  const segments = [
    { start: 0, node: { data: 'abc' } },
    { start: 4, node: { data: 'de' } },
  ] as unknown as TextSegment[];
  it.each([
    [0, 0],
    [2, 0],
    [3, undefined],
    [4, 4],
    [5, 4],
    [6, undefined],
  ])('offset %i is in the segment starting at %s', (offset, start) =>
    expect(segments[segmentIndexAt(segments, offset)]?.start).toBe(start),
  );
  it('covers a span only when both ends fall in text that was read', () => {
    expect(spanCovered({ segments }, 0, 3)).toBe(true);
    expect(spanCovered({ segments }, 4, 6)).toBe(true);
    expect(spanCovered({ segments }, 2, 5)).toBe(true);
    expect(spanCovered({ segments }, 3, 5)).toBe(false);
    expect(spanCovered({ segments }, 5, 7)).toBe(false);
  });
});
