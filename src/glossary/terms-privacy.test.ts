/**
 * What pages can make Dalil write, and what the reader's own edits must survive: page-made
 * sightings never push out the reader's sentences, unsave can be undone with everything,
 * two editors of one term never silently lose a change, and nothing is stored `undefined`.
 */
import 'fake-indexeddb/auto';
import './node-self.test-util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../common/messages';
import { createBackup, readBackup, restoreBackup } from './backup';
import { type GlossaryDb, MAX_CONTEXTS, type SavedTerm } from './db';
import { toJson } from './export';
import { kafrNablDraft as draft, freshDb, kafrNablEntry, listTerms } from './fixtures.test-util';
import { applyImport, planImport } from './import';
import { parseJsonImport } from './import-json';
import {
  recordSightings,
  saveTerm,
  TermConflict,
  undoUnsave,
  unsaveTerm,
  updateTerm,
  withContext,
} from './terms';

let db: GlossaryDb;
beforeEach(async () => {
  db = await freshDb('terms-privacy', kafrNablEntry);
});
afterEach(() => db.delete());

const mine = (i: number) => ({
  sentence: `جملتي ${i} عن كفرنبل.`,
  url: `https://reader.example/${i}`,
  title: `Mine ${i}`,
});

describe('page-made sightings and the reader’s own contexts', () => {
  it('six frames or pages with new URLs leave all five of the reader’s sentences in place', async () => {
    for (let i = 0; i < MAX_CONTEXTS; i++) await saveTerm(db, draft, mine(i), undefined, 10 + i);
    for (let i = 0; i < 6; i++)
      await recordSightings(db, { url: `https://evil.example/${i}`, title: 'evil' }, [
        { key: 'wof:1', sentence: 'attacker' },
      ]);
    const term = (await db.terms.get('wof:1'))!;
    expect(term.contexts.map((c) => c.title).sort()).toEqual(
      Array.from({ length: MAX_CONTEXTS }, (_, i) => `Mine ${i}`),
    );
  });

  it('a sighting fills an empty slot or replaces an older sighting, never a saved sentence', () => {
    const saved = [{ ...mine(1), seenAt: 1 }];
    let contexts = withContext(saved, mine(2), 2, true);
    expect(contexts.map((c) => c.auto ?? false)).toEqual([true, false]);
    for (let i = 3; i < 12; i++) contexts = withContext(contexts, mine(i), i, true);
    expect(contexts).toHaveLength(MAX_CONTEXTS);
    expect(contexts.filter((c) => !c.auto)).toEqual(saved);
    // The reader's own save pushes out the oldest sighting first.
    contexts = withContext(contexts, mine(20), 20);
    expect(contexts[0]).toEqual({ ...mine(20), seenAt: 20 });
    expect(contexts.filter((c) => !c.auto)).toHaveLength(2);
  });
});

describe('bounded writes from pages', () => {
  it('a 3,000-character title and a 4,238-character URL are clipped on receipt, and the export re-imports', async () => {
    const request = parseBackgroundRequest({
      type: 'saveTerm',
      term: draft,
      context: {
        sentence: 'ج'.repeat(2500),
        url: `https://news.example/a?${'q'.repeat(4230)}`,
        title: 'T'.repeat(3000),
      },
    });
    if (request?.type !== 'saveTerm') throw new Error('refused');
    expect(request.context.title.length).toBeLessThanOrEqual(1000);
    expect(request.context.url).toBe('https://news.example/a');
    expect(request.context.sentence.length).toBeLessThanOrEqual(2000);
    await saveTerm(db, request.term, request.context, undefined, 5);
    const parsed = await parseJsonImport(toJson(await listTerms(db)), undefined, 6);
    expect(parsed.problems).toEqual([]);
    const backup = await readBackup(await createBackup(db));
    expect(backup.problems).toEqual([]);
  });

  it('the page title in annotate signals is clipped, not refused', () => {
    const request = parseBackgroundRequest({
      type: 'annotate',
      text: 'x',
      signals: { title: 'T'.repeat(3000) },
    });
    expect(request?.type === 'annotate' && request.signals.title?.length).toBeLessThanOrEqual(1000);
  });
});

describe('unsave and undo', () => {
  it('puts the term back with its note, tags, status and sentences', async () => {
    await saveTerm(db, draft, mine(1), undefined, 1, { note: 'my note', tags: ['front'], status: 'known' });
    const before = await db.terms.get('wof:1');
    expect(await unsaveTerm(db, 'wof:1')).toEqual(before);
    expect(await db.terms.get('wof:1')).toBeUndefined();
    expect(await undoUnsave(db, 'wof:1')).toBe(true);
    expect(await db.terms.get('wof:1')).toEqual(before);
    expect(await undoUnsave(db, 'wof:1')).toBe(false);
  });

  it('the term kept for undo is not part of a backup', async () => {
    await saveTerm(db, draft, mine(1), undefined, 1);
    await unsaveTerm(db, 'wof:1');
    expect(await (await createBackup(db)).text()).not.toContain('كفرنبل');
  });
});

describe('two editors of one term', () => {
  it('writes only the changed fields, so edits of different fields both stay', async () => {
    const base = await saveTerm(db, draft, mine(1), undefined, 1);
    const a = { en: base.en, note: 'from tab A', tags: base.tags, status: base.status };
    const b = { en: base.en, note: base.note, tags: base.tags, status: 'known' as const };
    await updateTerm(db, 'wof:1', b, 2, base);
    await updateTerm(db, 'wof:1', a, 3, base);
    expect(await db.terms.get('wof:1')).toMatchObject({ note: 'from tab A', status: 'known', updatedAt: 3 });
  });

  it('a field changed in both is a conflict: nothing is written and the caller is told', async () => {
    const base = await saveTerm(db, draft, mine(1), undefined, 1);
    await updateTerm(db, 'wof:1', { ...base, note: 'from tab B' }, 2, base);
    const failure = await updateTerm(db, 'wof:1', { ...base, note: 'from tab A' }, 3, base).catch((e) => e);
    expect(failure).toBeInstanceOf(TermConflict);
    expect((failure as TermConflict).fields).toEqual(['note']);
    expect((await db.terms.get('wof:1'))?.note).toBe('from tab B');
    // Saving again from the term as it is now replaces the other tab's note on purpose.
    await updateTerm(db, 'wof:1', { ...base, note: 'from tab A' }, 4, (failure as TermConflict).current);
    expect((await db.terms.get('wof:1'))?.note).toBe('from tab A');
  });

  it('a term deleted in another tab is a conflict too', async () => {
    const base = await saveTerm(db, draft, mine(1), undefined, 1);
    await unsaveTerm(db, 'wof:1');
    await expect(updateTerm(db, 'wof:1', { note: 'x' }, 2, base)).rejects.toBeInstanceOf(TermConflict);
    expect(await db.terms.get('wof:1')).toBeUndefined();
  });
});

describe('backups always restore', () => {
  it('every kind of term round-trips: pack term, own term from the form, imported term, edited term', async () => {
    await saveTerm(db, draft, mine(1), kafrNablEntry, 1);
    await saveTerm(
      db,
      { ar: 'تل رفعت', en: 'Tell Rifaat', type: 'place' },
      { sentence: '', url: '', title: '' },
      undefined,
      2,
      {
        note: 'own',
        tags: ['mine'],
        status: 'learning',
      },
    );
    const imported = await parseJsonImport(
      JSON.stringify({ format: 'dalil-glossary', version: 1, terms: [{ ar: 'منبج', en: 'Manbij' }] }),
      undefined,
      3,
    );
    await applyImport(db, (await planImport(db, imported)).terms);
    await updateTerm(db, 'wof:1', { note: 'edited', status: 'known' }, 4);
    for (const term of await db.terms.toArray())
      for (const [field, value] of Object.entries(term))
        expect(value, `${term.key}.${field}`).not.toBeUndefined();

    const before = await db.terms.orderBy('key').toArray();
    const backup = await readBackup(await createBackup(db));
    expect(backup.problems).toEqual([]);
    await db.terms.clear();
    await restoreBackup(db, backup);
    expect(await db.terms.orderBy('key').toArray()).toEqual(before);
  });

  it('a term stored with undefined fields (by an older version) restores too', async () => {
    const old = {
      key: 'user:x',
      entryId: undefined,
      kind: undefined,
      ar: 'اعزاز',
      en: 'Azaz',
      type: 'place',
      note: '',
      tags: [],
      status: 'new',
      contexts: [],
      firstSeen: 1,
      lastSeen: 1,
      timesSeen: 1,
      updatedAt: 1,
      searchKeys: [],
    } as unknown as SavedTerm;
    await db.terms.put(old);
    const text = await (await createBackup(db)).text();
    expect(text).toContain('"undef"');
    const backup = await readBackup(new Blob([text]));
    expect(backup.problems).toEqual([]);
    expect(backup.terms[0]).not.toHaveProperty('entryId');
    expect(backup.terms[0]).not.toHaveProperty('kind');
    await restoreBackup(db, backup);
    expect((await listTerms(db)).map((term) => term.en)).toEqual(['Azaz']);
  });
});
