import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryDb, MAX_CONTEXTS } from './db';
import { listTerms, savedKeys, saveTerm, termKey, unsaveTerm } from './terms';

let db: GlossaryDb;
let dbCount = 0;

beforeEach(async () => {
  db = new GlossaryDb(`terms-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const draft = { entryId: 'wof:1', ar: 'كفرنبل', en: 'Kafr Nabl', type: 'place' as const, kind: 'town' };
const context = (n: number) => ({
  sentence: `جملة رقم ${n} عن كفرنبل.`,
  url: `https://news.example/${n}`,
  title: `Page ${n}`,
});

describe('saveTerm', () => {
  it('stores the term with its sentence, page and time', async () => {
    const saved = await saveTerm(db, draft, context(1), undefined, 1000);
    expect(saved).toMatchObject({
      key: 'wof:1',
      ar: 'كفرنبل',
      en: 'Kafr Nabl',
      status: 'new',
      timesSeen: 1,
      firstSeen: 1000,
    });
    expect(saved.contexts).toEqual([{ ...context(1), seenAt: 1000 }]);
    expect(await db.terms.get('wof:1')).toEqual(saved);
  });

  it('counts a new sighting and keeps the most recent contexts, a few only', async () => {
    for (let n = 1; n <= MAX_CONTEXTS + 3; n++) await saveTerm(db, draft, context(n), undefined, 1000 + n);
    const term = (await db.terms.get('wof:1'))!;
    expect(term.timesSeen).toBe(MAX_CONTEXTS + 3);
    expect(term.firstSeen).toBe(1001);
    expect(term.lastSeen).toBe(1000 + MAX_CONTEXTS + 3);
    expect(term.contexts).toHaveLength(MAX_CONTEXTS);
    expect(term.contexts[0].url).toBe(`https://news.example/${MAX_CONTEXTS + 3}`);
  });

  it('does not repeat the same sentence on the same page', async () => {
    await saveTerm(db, draft, context(1), undefined, 1);
    await saveTerm(db, draft, context(1), undefined, 2);
    expect((await db.terms.get('wof:1'))!.contexts).toHaveLength(1);
  });

  it('keys a user-defined term by its folded Arabic, whatever its diacritics or hamza', () => {
    expect(termKey({ ar: 'إِدْلِب' })).toBe(termKey({ ar: 'ادلب' }));
    expect(termKey({ ar: 'ادلب' })).toMatch(/^user:/);
  });

  it('is searchable without diacritics, article or clitics', async () => {
    const saved = await saveTerm(db, { ar: 'الرَّقَّة', en: 'Raqqa', type: 'place' }, context(1));
    expect(saved.searchKeys).toEqual(expect.arrayContaining(['الرقه', 'رقه', 'raqqa']));
  });
});

describe('listing and forgetting', () => {
  it('lists newest first, reports which keys are saved, and forgets', async () => {
    await saveTerm(db, draft, context(1), undefined, 10);
    await saveTerm(db, { ...draft, entryId: 'wof:2', ar: 'بليون', en: 'Balyun' }, context(2), undefined, 20);
    expect((await listTerms(db)).map((term) => term.key)).toEqual(['wof:2', 'wof:1']);
    expect(await savedKeys(db, ['wof:1', 'wof:3'])).toEqual(new Set(['wof:1']));
    await unsaveTerm(db, 'wof:1');
    expect((await listTerms(db)).map((term) => term.key)).toEqual(['wof:2']);
  });
});
