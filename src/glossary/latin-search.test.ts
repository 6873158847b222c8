import { describe, expect, it } from 'vitest';
import {
  compactLatin,
  distanceWithin,
  letterMask,
  masksWithin,
  queryBudget,
  typoBudget,
} from './latin-search';

describe('compactLatin', () => {
  it.each([
    ['Kafr Nabl', 'kafrnabl'],
    ['Kafr-Nabl', 'kafrnabl'],
    ["Ma'arrat an-Nu‘mān", 'maarratannuman'],
    ['Mevlüt Çavuşoğlu', 'mevlutcavusoglu'],
    ['Diyarbakır', 'diyarbakir'],
    ['Łódź', 'lodz'],
    ['Route 5', 'route5'],
    ['كفر نبل', ''],
  ])('%j → %j', (text, compact) => {
    expect(compactLatin(text)).toBe(compact);
  });
});

describe('typoBudget', () => {
  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [11, 2],
    [12, 3],
    [30, 3],
  ])('a query of %i letters may be %i off', (length, budget) => {
    expect(typoBudget(length)).toBe(budget);
  });
});

describe('queryBudget', () => {
  it.each([
    ['kafranbel', 2],
    ['village2', 0], // a number is typed as meant
    ['', 0], // an Arabic query compacts to nothing
    ['sdf', 0],
  ])('%j may be %i off', (compact, budget) => {
    expect(queryBudget(compact)).toBe(budget);
  });
});

describe('distanceWithin', () => {
  it.each([
    ['kafranbel', 'kafrnabl', 2, 2], // a swap and a letter more
    ['alepo', 'aleppo', 1, 1],
    ['damscus', 'damascus', 1, 1],
    ['hezbolah', 'hezbollah', 1, 1],
    ['raqa', 'raqqa', 1, 1],
    ['raqqa', 'raqqa', 0, 0],
    ['ab', 'ba', 1, 1], // a swap is one edit
    ['kafranbel', 'kafrnabl', 1, -1],
    ['homs', 'hama', 1, -1],
    ['aleppo', 'al', 3, -1], // lengths too far apart
    ['abcdef', 'fedcba', 3, -1], // same letters, far apart: the bag does not decide
  ])('%j to %j within %i is %i', (a, b, limit, expected) => {
    expect(distanceWithin(a, b, limit)).toBe(expected);
    expect(distanceWithin(b, a, limit)).toBe(expected);
  });

  it('reuses its rows for long and short keys alike', () => {
    const long = 'a'.repeat(90);
    expect(distanceWithin(long, `${long}b`, 1)).toBe(1);
    expect(distanceWithin('kafrnabl', 'kafrnabl', 2)).toBe(0);
    expect(distanceWithin('kafranbel', 'kafrnabl', 2)).toBe(2);
  });
});

describe('letter masks', () => {
  it.each([
    ['kafranbel', 'kafrnabl', 2, true], // same letters but e: one bit
    ['alepo', 'aleppo', 1, true],
    ['homs', 'hama', 1, false], // o, s against a: three bits for one edit
    ['idlib', 'dubai', 1, false],
    ['route5', 'route7', 1, true], // digits share a bit
  ])('%j and %j may be %i apart: %j', (a, b, limit, expected) => {
    expect(masksWithin(letterMask(a), letterMask(b), limit)).toBe(expected);
  });

  it('never rules out a pair the distance allows', () => {
    const words = [
      'kafrnabl',
      'kafranbel',
      'aleppo',
      'alepo',
      'halab',
      'hama',
      'homs',
      'raqqa',
      'raqa',
      'idlib',
    ];
    for (const a of words)
      for (const b of words)
        for (const limit of [1, 2, 3])
          if (distanceWithin(a, b, limit) >= 0)
            expect(masksWithin(letterMask(a), letterMask(b), limit)).toBe(true);
  });
});
