import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../common/pack';
import { TEST_PACK, testLexicon } from '../testing';
import { Lexicon, nameKey } from './lexicon';

describe('Lexicon', () => {
  const lex = testLexicon();

  it('indexes names and aliases', () => {
    expect(lex.size).toBeGreaterThan(TEST_PACK.entries.length - 3);
    expect(lex.entry('g:idlib')?.en).toBe('Idlib');
    expect(lex.entry('nope')).toBeUndefined();
  });

  it.each([
    ['إدلب', ['g:idlib']],
    ['ادلب', ['g:idlib']],
    ['سورية', ['cc:SY']],
    ['بارة', ['v:bara']], // stored with ال, looked up without
    ['السرمانيّة', ['v:sarmaniyah']],
    ['طرابلس', ['c:tripoli-ly', 'c:tripoli-lb']], // best rank first
    ['حركة حماس', ['org:hamas']],
    ['لا شيء', []],
  ])('lookup(%s)', (name, ids) => {
    expect(lex.lookup(name).map((e) => e.id)).toEqual(ids);
  });

  it('knows the longest name per first word', () => {
    expect(lex.maxWords('جبل')).toBe(2);
    expect(lex.maxWords('راس')).toBe(6);
    expect(lex.maxWords('غير')).toBe(0);
  });

  it('nameKey strips the first article only', () => {
    expect(nameKey('المرصد السوري')).toEqual({ key: 'مرصد السوري', art: true, n: 2 });
  });

  it('builds from an empty pack', () => {
    expect(Lexicon.fromPack({ version: '0', attributions: {}, entries: [] }).size).toBe(0);
  });
});

describe('Lexicon.weakPeople', () => {
  const person = (id: string, ar: string, rank: number, weakAliases?: string[]) =>
    ({ id, type: 'person', kind: 'politician', ar, en: id, rank, weakAliases, src: [] }) as PackEntry;
  const lex = Lexicon.fromEntries([
    person('hafez', 'حافظ الأسد', 70, ['الأسد']),
    person('bashar', 'بشار الأسد', 95, ['الأسد']),
    person('aoun', 'جوزاف عون', 90, ['عون']),
    { ...person('asad-town', 'الأسد', 40), type: 'place', kind: 'village' } as PackEntry,
  ]);
  const weak = (name: string) => lex.weakPeople(nameKey(name)?.key ?? '').map((e) => e.id);
  it.each([
    ['الأسد', ['bashar', 'hafez']], // best rank first
    ['أسد', ['bashar', 'hafez']], // the key is article-stripped and folded
    ['عون', ['aoun']],
    ['بشار', []], // a weak alias, not any word of the name
  ])('%s', (name, expected) => {
    expect(weak(name)).toEqual(expected);
  });
  it('never matches a weak alias as a name of its own', () => {
    expect(lex.lookup('عون')).toEqual([]);
  });
});
