import { describe, expect, it } from 'vitest';
import { placeSentence, sourceLine } from './labels';

const KAFR_NABL: Array<[string, string]> = [
  ['معرة النعمان', "Maarrat al-Nu'man"],
  ['إدلب', 'Idlib'],
  ['سوريا', 'Syria'],
];

describe('placeSentence', () => {
  it.each([
    ['Kafr Nabl', KAFR_NABL, 'SY', false, 'Kafr Nabl, in Idlib governorate, Syria'],
    [
      'Gaziantep',
      [
        ['غازي عنتاب', 'Gaziantep'],
        ['تركيا', 'Turkey'],
      ],
      'TR',
      false,
      'Gaziantep, Turkey',
    ],
    [
      'Kilis',
      [
        ['كلس', 'Kilis'],
        ['تركيا', 'Turkey'],
      ],
      'TR',
      false,
      'Kilis, Turkey',
    ],
    [
      'Elbeyli',
      [
        ['كلس', 'Kilis'],
        ['تركيا', 'Turkey'],
      ],
      'TR',
      false,
      'Elbeyli, in Kilis, Turkey',
    ],
    ['Idlib', [['سوريا', 'Syria']], 'SY', false, 'Idlib, Syria'],
    ['Syria', [['سوريا', 'Syria']], 'SY', false, 'Syria'],
    ['Somewhere', undefined, undefined, false, 'Somewhere'],
  ] as const)('%s → %s', (name, path, country, arabic, expected) => {
    expect(placeSentence(name, path as Array<[string, string]> | undefined, country, arabic)).toBe(expected);
  });
});

describe('sourceLine', () => {
  it('names each source once, in short', () => {
    expect(sourceLine(['geonames', 'wof'])).toBe('GeoNames · WOF');
    expect(sourceLine(['opensyria', 'ocha', 'opensyria'])).toBe('OpenSyria · OCHA');
    expect(sourceLine(['somewhere-new'])).toBe('somewhere-new');
  });
});
