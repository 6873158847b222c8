import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GlossaryDb, MAX_CONTEXTS } from './db';
import { kafrNablDraft as draft, freshDb, listTerms } from './fixtures.test-util';
import {
  addTag,
  deleteTerms,
  recordSightings,
  restoreTerms,
  saveTerm,
  setStatus,
  termKey,
  unsaveTerm,
  updateTerm,
} from './terms';

let db: GlossaryDb;
beforeEach(async () => {
  db = await freshDb('terms-test');
});
afterEach(() => db.delete());

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
    await unsaveTerm(db, 'wof:1');
    expect((await listTerms(db)).map((term) => term.key)).toEqual(['wof:2']);
  });
});

describe('editing', () => {
  it('saves with the details of the add-term form, and no empty context', async () => {
    const saved = await saveTerm(
      db,
      { ar: 'معبر باب الهوى', en: 'Bab al-Hawa', type: 'place' },
      { sentence: '', url: '', title: '' },
      undefined,
      5,
      {
        en: 'Bab al-Hawa crossing',
        note: 'border crossing',
        tags: [' border ', 'border', ''],
        status: 'learning',
      },
    );
    expect(saved).toMatchObject({
      en: 'Bab al-Hawa crossing',
      note: 'border crossing',
      tags: ['border'],
      status: 'learning',
    });
    expect(saved.contexts).toEqual([]);
    expect(saved.searchKeys).toContain('crossing');
  });

  it('updates English, note, tags and status, and the new English is searchable', async () => {
    await saveTerm(db, draft, context(1), undefined, 1);
    const updated = await updateTerm(
      db,
      'wof:1',
      { en: 'Kafranbel', note: 'n', tags: ['a', 'a'], status: 'known' },
      9,
    );
    expect(updated).toMatchObject({ en: 'Kafranbel', note: 'n', tags: ['a'], status: 'known', updatedAt: 9 });
    expect(updated!.searchKeys).toContain('kafranbel');
    expect(updated!.searchKeys).not.toContain('nabl');
    expect(await updateTerm(db, 'nope', { note: 'x' })).toBeUndefined();
  });

  it('deletes and restores exactly, and changes many terms at once', async () => {
    await saveTerm(db, draft, context(1), undefined, 1);
    await saveTerm(db, { ...draft, entryId: 'wof:2', ar: 'بليون' }, context(2), undefined, 2);
    expect(await setStatus(db, ['wof:1', 'wof:2', 'gone'], 'known', 3)).toBe(2);
    expect(await addTag(db, ['wof:1', 'wof:2'], 'jabal al-zawiya', 4)).toBe(2);
    const before = await db.terms.toArray();
    const deleted = await deleteTerms(db, ['wof:1', 'wof:2']);
    expect(await db.terms.count()).toBe(0);
    await restoreTerms(db, deleted);
    expect(await db.terms.toArray()).toEqual(before);
    expect(before.every((term) => term.status === 'known' && term.tags[0] === 'jabal al-zawiya')).toBe(true);
  });
});

describe('recordSightings', () => {
  it('counts a saved term once per page, however often the page is annotated', async () => {
    await saveTerm(db, draft, context(1), undefined, 1);
    const page = { url: 'https://other.example/b', title: 'Other' };
    const sighting = { key: 'wof:1', sentence: 'قصف على كفرنبل.' };
    expect(
      await recordSightings(db, page, [sighting, sighting, { key: 'unsaved', sentence: '' }], 10),
    ).toEqual(['wof:1']);
    expect(await recordSightings(db, page, [sighting], 11)).toEqual([]);
    const term = (await db.terms.get('wof:1'))!;
    expect(term.timesSeen).toBe(2);
    expect(term.lastSeen).toBe(10);
    expect(term.updatedAt).toBe(1);
    expect(term.contexts[0]).toEqual({
      sentence: 'قصف على كفرنبل.',
      url: page.url,
      title: 'Other',
      seenAt: 10,
      auto: true,
    });
  });
});
