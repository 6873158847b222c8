import { describe, expect, it } from 'vitest';
import { tokenize, words } from './tokens';

describe('tokenize', () => {
  it.each([
    ['قريه كنصفره', ['قريه', 'كنصفره'], [1]],
    ['كنصفره, وبليون', ['كنصفره', 'وبليون'], [0]],
    ['"معره النعمان"', ['معره', 'النعمان'], [1]],
    ['حلب\nادلب', ['حلب', 'ادلب'], [0]],
    ['شاومي 13 iphone', ['شاومي', '13', 'iphone'], [1, 1]],
    ['', [], []],
  ])('%j', (text, toks, joined) => {
    const t = tokenize(text);
    expect(words(text)).toEqual(toks);
    expect([...t.joined.subarray(0, Math.max(0, t.count - 1))]).toEqual(joined);
  });
});
