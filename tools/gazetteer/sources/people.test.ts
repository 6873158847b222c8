import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fold } from '../../../src/engine/read/normalize.js';
import { loadCuratedPeople, riskyAlias, validatePerson, withoutTitles } from './people.js';

const keys = new Set(['dalil']);
const good = {
  id: 'per:recep-tayyip-erdogan',
  type: 'person',
  kind: 'head_of_state',
  ar: 'رجب طيب أردوغان',
  aliases: ['أردوغان'],
  en: 'Recep Tayyip Erdoğan',
  roles: [{ en: 'President of Turkey', ar: 'الرئيس التركي', from: 2014 }],
  country: 'TR',
  rank: 90,
  wikidata: 'Q39259',
  src: ['dalil'],
};

describe('validatePerson', () => {
  it.each([
    ['a full record', good],
    [
      'no optional fields',
      {
        id: 'per:x-y',
        type: 'person',
        kind: 'politician',
        ar: 'سمير جعجع',
        en: 'Samir Geagea',
        rank: 50,
        src: ['dalil'],
      },
    ],
    ['a QID id', { ...good, id: 'per:Q39259' }],
    ['a full name made only of given names', { ...good, ar: 'محمود عباس', aliases: ['أبو مازن'] }],
    ['a given name as a weak alias', { ...good, weakAliases: ['عباس', 'الأسد'] }],
    ['a role without years', { ...good, roles: [{ en: 'Leader of the Lebanese Forces' }] }],
  ])('accepts %s', (_what, row) => {
    expect(validatePerson(row, keys)).toBeUndefined();
  });

  it.each([
    ['a bad id', { ...good, id: 'erdogan' }, /id/],
    ['an upper-case slug', { ...good, id: 'per:Erdogan' }, /id/],
    ['another type', { ...good, type: 'place' }, /type/],
    ['an unknown kind', { ...good, kind: 'king' }, /kind/],
    ['no Arabic', { ...good, ar: '' }, /ar missing/],
    ['no English', { ...good, en: '' }, /en missing/],
    ['Arabic English', { ...good, en: 'أردوغان' }, /Latin/],
    ['a given name as alias', { ...good, aliases: ['علي'] }, /given name/],
    ['an everyday word as alias', { ...good, aliases: ['السلام'] }, /everyday word/],
    ['a stop word as alias', { ...good, aliases: ['في'] }, /everyday word|shorter/],
    ['a shared family name as alias', { ...good, aliases: ['الأسد'] }, /common name/],
    ['an alias of two given names only', { ...good, aliases: ['ناصر المحمد'] }, /given names/],
    ['a Latin alias', { ...good, aliases: ['Erdogan'] }, /Arabic/],
    ['a one-word ar that is a given name', { ...good, ar: 'عباس' }, /given name/],
    [
      'a role ending before it starts',
      { ...good, roles: [{ en: 'PM', from: 2014, to: 2003 }] },
      /ends before/,
    ],
    ['a role year out of range', { ...good, roles: [{ en: 'PM', from: 14 }] }, /year/],
    ['a role with no English', { ...good, roles: [{ ar: 'الرئيس' }] }, /English/],
    ['a bad QID', { ...good, wikidata: '39259' }, /QID/],
    ['a 3-letter country', { ...good, country: 'TUR' }, /country/],
    ['an unattributed source', { ...good, src: ['wikipedia'] }, /attribution/],
    ['an unknown field', { ...good, party: 'AKP' }, /unknown field/],
    ['not an object', 'x', /object/],
  ])('rejects %s', (_what, row, why) => {
    expect(validatePerson(row, keys)).toMatch(why);
  });
});

describe('riskyAlias', () => {
  it.each([
    ['بوتين', undefined],
    ['نتنياهو', undefined],
    ['أبو مازن', undefined],
    ['عمر', 'a given name'],
    ['حسن', 'a given name'],
    ['عون', 'a common name or word'],
    ['بري', 'a common name or word'],
    ['عبد الله بن عبد العزيز', undefined],
    ['ناصر المحمد', 'two given names only'],
  ])('%s → %s', (name, why) => {
    expect(riskyAlias(name)).toBe(why);
  });
});

describe('loadCuratedPeople', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, entries: unknown[]): void =>
    writeFileSync(
      path.join(dir, name),
      JSON.stringify({ defaults: { type: 'person', src: ['dalil'] }, entries }),
    );

  it('skips bad rows and duplicate ids with a warning, and keeps a shared name on the higher rank', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'people-'));
    const { type: _t, src: _s, ...row } = good;
    write('a.json', [row, { ...row, en: '' }]);
    write('b.json', [
      { ...row, ar: 'عبد الله غل', en: 'Abdullah Gül' },
      {
        ...row,
        id: 'per:abdullah-gul',
        ar: 'عبد الله غل',
        aliases: ['غول', 'أردوغان'],
        en: 'Abdullah Gül',
        rank: 60,
      },
    ]);
    writeFileSync(path.join(dir, 'c.json'), '{ not json');
    const warnings: string[] = [];
    const people = loadCuratedPeople(dir, keys, (w) => warnings.push(w));
    expect(people.map((p) => p.id)).toEqual(['per:recep-tayyip-erdogan', 'per:abdullah-gul']);
    expect(people[1]?.aliases).toEqual(['غول']);
    expect(warnings.join('\n')).toMatch(/a\.json row 1 .*en missing/);
    expect(warnings.join('\n')).toMatch(/b\.json row 0 duplicate id per:recep-tayyip-erdogan/);
    expect(warnings.join('\n')).toMatch(/c\.json is not valid JSON/);
    expect(warnings.join('\n')).toMatch(/alias "أردوغان" of per:abdullah-gul/);
  });
});

describe('the curated who’s-who (data/people)', () => {
  it('validates with no warning and holds at least 800 people', async () => {
    const { PEOPLE_DIR } = await import('../people-build.js');
    const { ATTRIBUTIONS } = await import('../attributions.js');
    const warnings: string[] = [];
    const people = loadCuratedPeople(PEOPLE_DIR, new Set(Object.keys(ATTRIBUTIONS)), (w) => warnings.push(w));
    expect(warnings).toEqual([]);
    expect(people.length).toBeGreaterThanOrEqual(800);
  });
});

describe('withoutTitles', () => {
  it.each([
    ['الشيخ حكمت الهجري', 'حكمت الهجري'],
    ['ولي العهد الأمير محمد بن سلمان', 'محمد بن سلمان'],
    ['آية الله العظمى علي السيستاني', 'علي السيستاني'],
    ['حسن نصر الله', 'حسن نصر الله'],
  ])('%s → %s', (name, bare) => {
    expect(withoutTitles(name)).toBe(fold(bare));
  });
  it('refuses a form that is another of the names behind a title', () => {
    expect(validatePerson({ ...good, aliases: ['أردوغان', 'الرئيس رجب طيب أردوغان'] }, keys)).toMatch(
      /title/,
    );
    expect(validatePerson({ ...good, aliases: ['أردوغان', 'الرئيس أردوغان'] }, keys)).toMatch(/title/);
    expect(
      validatePerson({ ...good, aliases: ['أردوغان'], weakAliases: ['الرئيس التركي'] }, keys),
    ).toBeUndefined();
  });
});
