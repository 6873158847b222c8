/**
 * Saved terms: save, edit, forget, and remember every new sighting with its sentence.
 * Each change is one Dexie transaction, so a stopped worker leaves no half-written term.
 */

import type { TermContext, TermDetails, TermDraft } from '../common/messages';
import type { PackEntry } from '../common/pack';
import { type GlossaryDb, type LearningStatus, MAX_CONTEXTS, type SavedTerm, type SeenContext } from './db';
import { foldArabic, searchKeysFor } from './search-keys';

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 60;
export const MAX_NOTE = 5000;

/** Pack terms are keyed by entry id; the reader's own terms by their folded Arabic. */
export function termKey(draft: Pick<TermDraft, 'entryId' | 'ar'>): string {
  return draft.entryId ?? `user:${foldArabic(draft.ar)}`;
}

/**
 * Search keys of a term: its Arabic and English, and its glossary entry's other names
 * (Arabic aliases, English names and acronym), so "SDF" or the bundled English still find
 * a term whose English the reader changed.
 */
export function termSearchKeys(
  term: Pick<SavedTerm, 'ar' | 'en'>,
  entry?: Pick<PackEntry, 'aliases' | 'en' | 'enAliases' | 'acronym'>,
): string[] {
  const latin = [term.en, entry?.en ?? '', ...(entry?.enAliases ?? []), entry?.acronym ?? ''];
  return searchKeysFor([term.ar, ...(entry?.aliases ?? [])], latin);
}

/** Tags as stored: trimmed, without empties or repeats, a bounded number of bounded length. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/**
 * Adds a context in front, dropping the same sentence on the same page and keeping a few.
 * One the reader saved pushes out the oldest context Dalil recorded by itself (`auto`)
 * first; one Dalil records (a page the term turned up on) only ever takes an empty slot
 * or an older recorded one's, so pages can never push out the reader's own sentences.
 */
export function withContext(
  contexts: SeenContext[],
  context: TermContext,
  now: number,
  auto = false,
): SeenContext[] {
  if (!context.sentence && !context.url) return contexts.slice(0, MAX_CONTEXTS);
  const same = (c: SeenContext) => c.url === context.url && c.sentence === context.sentence;
  if (auto && contexts.some((c) => same(c) && !c.auto)) return contexts.slice(0, MAX_CONTEXTS);
  const added: SeenContext = {
    sentence: context.sentence,
    url: context.url,
    title: context.title,
    seenAt: now,
  };
  if (auto) added.auto = true;
  const out = [added, ...contexts.filter((c) => !same(c))];
  while (out.length > MAX_CONTEXTS) {
    const oldestAuto = out.findLastIndex((c) => c.auto);
    if (oldestAuto > 0) out.splice(oldestAuto, 1);
    else if (auto) return contexts.slice(0, MAX_CONTEXTS);
    else out.pop();
  }
  return out;
}

/** A copy without the fields that are undefined: Dexie's backups would write them as markers. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function applyDetails(term: SavedTerm, details: TermDetails | undefined): SavedTerm {
  if (!details) return term;
  return {
    ...term,
    en: details.en ?? term.en,
    type: details.type ?? term.type,
    note: details.note !== undefined ? details.note.slice(0, MAX_NOTE) : term.note,
    tags: details.tags ? cleanTags(details.tags) : term.tags,
    status: details.status ?? term.status,
  };
}

/**
 * Saves a term, or records one more sighting of a term already saved. `details` (from the
 * add-term form) sets the English, type, note, tags and status the reader entered.
 */
export async function saveTerm(
  db: GlossaryDb,
  draft: TermDraft,
  context: TermContext,
  entry?: PackEntry,
  now = Date.now(),
  details?: TermDetails,
): Promise<SavedTerm> {
  const key = termKey(draft);
  return db.transaction('rw', db.terms, async () => {
    const existing = await db.terms.get(key);
    const base: SavedTerm = existing
      ? {
          ...existing,
          contexts: withContext(existing.contexts, context, now),
          lastSeen: now,
          timesSeen: existing.timesSeen + 1,
          updatedAt: now,
        }
      : {
          key,
          entryId: draft.entryId,
          ar: draft.ar,
          en: draft.en,
          type: draft.type,
          kind: draft.kind ?? entry?.kind,
          country: entry?.country,
          path: entry?.path,
          note: '',
          tags: [],
          status: 'new',
          contexts: withContext([], context, now),
          firstSeen: now,
          lastSeen: now,
          timesSeen: 1,
          updatedAt: now,
          searchKeys: [],
        };
    const term = withoutUndefined(applyDetails(base, details));
    term.searchKeys = termSearchKeys(term, entry);
    await db.terms.put(term);
    return term;
  });
}

/** Where the last forgotten term waits for an undo (a meta row that backups leave out). */
export const UNSAVED_META = 'lastUnsaved';

/** Forgets a term, keeping it aside (note, tags, status, contexts) for `undoUnsave`. */
export async function unsaveTerm(db: GlossaryDb, key: string): Promise<SavedTerm | undefined> {
  return db.transaction('rw', db.terms, db.meta, async () => {
    const term = await db.terms.get(key);
    if (!term) return undefined;
    await db.terms.delete(key);
    await db.meta.put({ key: UNSAVED_META, value: term });
    return term;
  });
}

/** Puts back the term `unsaveTerm` last forgot, exactly as it was; false when there is none. */
export async function undoUnsave(db: GlossaryDb, key: string): Promise<boolean> {
  return db.transaction('rw', db.terms, db.meta, async () => {
    const term = (await db.meta.get(UNSAVED_META))?.value as SavedTerm | undefined;
    if (term?.key !== key) return false;
    await db.meta.delete(UNSAVED_META);
    // Saved again meanwhile (another tab): that term stands.
    if (!(await db.terms.get(key))) await db.terms.put(term);
    return true;
  });
}

/** What the glossary page may change on a term. */
export interface TermPatch {
  en?: string;
  note?: string;
  tags?: string[];
  status?: LearningStatus;
}

async function entryOf(db: GlossaryDb, entryId: string | undefined): Promise<PackEntry | undefined> {
  return entryId ? db.entries.get(entryId) : undefined;
}

/** The fields of a term another tab (or the reader elsewhere) changed since this one read it. */
export class TermConflict extends Error {
  constructor(
    readonly fields: Array<keyof TermPatch>,
    readonly current: SavedTerm | undefined,
  ) {
    super(
      current
        ? `This term was changed elsewhere (${fields.join(', ')}) since you opened it; nothing was saved.`
        : 'This term was deleted elsewhere since you opened it; nothing was saved.',
    );
    this.name = 'TermConflict';
  }
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits one term; the English is searchable again at once. Returns the new term. With
 * `base` (the term as the editor read it), only the fields that differ from it are written,
 * and when the stored term changed since (its `updatedAt`), a field changed both there
 * and here is a TermConflict: nothing is written, and the editor says so.
 */
export async function updateTerm(
  db: GlossaryDb,
  key: string,
  patch: TermPatch,
  now = Date.now(),
  base?: SavedTerm,
): Promise<SavedTerm | undefined> {
  return db.transaction('rw', db.terms, db.entries, async () => {
    const existing = await db.terms.get(key);
    if (base) {
      if (!existing) throw new TermConflict([], undefined);
      const fields = (Object.keys(patch) as Array<keyof TermPatch>).filter(
        (field) => patch[field] !== undefined && !equal(patch[field], base[field]),
      );
      patch = Object.fromEntries(fields.map((field) => [field, patch[field]]));
      if (existing.updatedAt !== base.updatedAt) {
        const clashes = fields.filter(
          (field) => !equal(existing[field], base[field]) && !equal(existing[field], patch[field]),
        );
        if (clashes.length) throw new TermConflict(clashes, existing);
      }
      if (fields.length === 0) return existing;
    }
    if (!existing) return undefined;
    const term = applyDetails({ ...existing, updatedAt: now }, patch);
    if (term.en !== existing.en) term.searchKeys = termSearchKeys(term, await entryOf(db, term.entryId));
    await db.terms.put(term);
    return term;
  });
}

/** Deletes terms and hands them back, so the page can undo. */
export async function deleteTerms(db: GlossaryDb, keys: string[]): Promise<SavedTerm[]> {
  return db.transaction('rw', db.terms, async () => {
    const rows = (await db.terms.bulkGet(keys)).filter((row): row is SavedTerm => row !== undefined);
    await db.terms.bulkDelete(rows.map((row) => row.key));
    return rows;
  });
}

/** Puts deleted terms back exactly as they were. */
export async function restoreTerms(db: GlossaryDb, terms: SavedTerm[]): Promise<void> {
  await db.terms.bulkPut(terms);
}

async function modifyEach(db: GlossaryDb, keys: string[], change: (term: SavedTerm) => SavedTerm) {
  return db.transaction('rw', db.terms, async () => {
    const rows = (await db.terms.bulkGet(keys)).filter((row): row is SavedTerm => row !== undefined);
    await db.terms.bulkPut(rows.map(change));
    return rows.length;
  });
}

export function setStatus(db: GlossaryDb, keys: string[], status: LearningStatus, now = Date.now()) {
  return modifyEach(db, keys, (term) => ({ ...term, status, updatedAt: now }));
}

export function addTag(db: GlossaryDb, keys: string[], tag: string, now = Date.now()) {
  return modifyEach(db, keys, (term) => ({ ...term, tags: cleanTags([...term.tags, tag]), updatedAt: now }));
}

/** One saved term met on a page: its key and the sentence it was met in. */
export interface Sighting {
  key: string;
  sentence: string;
}

/**
 * Records that saved terms were seen (again) on a page: once per page per term. A term
 * whose recent contexts already hold this page is left alone, so re-annotating the same
 * page (or reloading it) counts nothing. One transaction for all terms of the page.
 * Returns the keys that were updated.
 */
export async function recordSightings(
  db: GlossaryDb,
  page: { url: string; title: string },
  sightings: Sighting[],
  now = Date.now(),
): Promise<string[]> {
  const first = new Map<string, string>();
  for (const { key, sentence } of sightings) if (!first.has(key)) first.set(key, sentence);
  if (first.size === 0 || !page.url) return [];
  return db.transaction('rw', db.terms, async () => {
    const rows = await db.terms.bulkGet([...first.keys()]);
    const changed: SavedTerm[] = [];
    for (const term of rows) {
      if (!term || term.contexts.some((c) => c.url === page.url)) continue;
      const context = { sentence: first.get(term.key) ?? '', url: page.url, title: page.title };
      changed.push({
        ...term,
        contexts: withContext(term.contexts, context, now, true),
        lastSeen: Math.max(term.lastSeen, now),
        timesSeen: term.timesSeen + 1,
      });
    }
    if (changed.length) await db.terms.bulkPut(changed);
    return changed.map((term) => term.key);
  });
}
