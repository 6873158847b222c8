/**
 * Saved terms: save, forget, and remember every new sighting with its sentence.
 * Each change is one Dexie transaction, so a stopped worker leaves no half-written term.
 */

import type { TermContext, TermDraft } from '../common/messages';
import type { PackEntry } from '../common/pack';
import { type GlossaryDb, MAX_CONTEXTS, type SavedTerm } from './db';
import { foldArabic, searchKeysFor } from './search-keys';

/** Pack terms are keyed by entry id; the reader's own terms by their folded Arabic. */
export function termKey(draft: Pick<TermDraft, 'entryId' | 'ar'>): string {
  return draft.entryId ?? `user:${foldArabic(draft.ar)}`;
}

function withContext(contexts: SavedTerm['contexts'], context: TermContext, now: number) {
  const others = contexts.filter((c) => !(c.url === context.url && c.sentence === context.sentence));
  return [{ ...context, seenAt: now }, ...others].slice(0, MAX_CONTEXTS);
}

/** Saves a term, or records one more sighting of a term already saved. */
export async function saveTerm(
  db: GlossaryDb,
  draft: TermDraft,
  context: TermContext,
  entry?: PackEntry,
  now = Date.now(),
): Promise<SavedTerm> {
  const key = termKey(draft);
  return db.transaction('rw', db.terms, async () => {
    const existing = await db.terms.get(key);
    const term: SavedTerm = existing
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
          searchKeys: searchKeysFor([draft.ar, ...(entry?.aliases ?? [])], [draft.en]),
        };
    await db.terms.put(term);
    return term;
  });
}

export async function unsaveTerm(db: GlossaryDb, key: string): Promise<void> {
  await db.terms.delete(key);
}

/** All saved terms, most recently seen first. */
export async function listTerms(db: GlossaryDb): Promise<SavedTerm[]> {
  return db.terms.orderBy('lastSeen').reverse().toArray();
}

/** Which of these keys are saved: used to paint saved terms in their own style. */
export async function savedKeys(db: GlossaryDb, keys: string[]): Promise<Set<string>> {
  const rows = await db.terms.bulkGet(keys);
  return new Set(rows.filter((row): row is SavedTerm => row !== undefined).map((row) => row.key));
}
