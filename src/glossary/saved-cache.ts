/**
 * The saved terms, held in memory by the worker, with the reader's own terms compiled
 * into a small lexicon for the engine. Every annotate request asks which of a page's
 * names are saved and what the reader wrote for them; an IndexedDB read per request cost
 * as much as the engine on a short article. Dexie announces each committed write to every
 * context of the extension (this worker, the glossary page) over a BroadcastChannel, so
 * the snapshot is dropped whenever the terms table changes anywhere and read whole on the
 * next request: adding, editing or deleting a term takes effect on the next annotation.
 */
import Dexie from 'dexie';
import type { PackEntry } from '../common/pack';
import { Lexicon } from '../engine';
import type { GlossaryDb, SavedTerm } from './db';

type MutatedParts = Record<string, unknown>;

/** What the worker needs of a saved term on every page (not its sentences). */
export type SavedFacts = Pick<
  SavedTerm,
  'key' | 'entryId' | 'ar' | 'en' | 'type' | 'kind' | 'note' | 'status'
>;

export interface SavedSnapshot {
  terms: Map<string, SavedFacts>;
  /** The reader's own terms (not from the bundled glossary) as a candidate source. */
  own: Lexicon;
}

/**
 * The reader's own terms as lexicon entries. A term saved from the bundled glossary is
 * left to the bundled entry (its aliases, its context rules); the entry id is the term's
 * key, so a match leads back to the term.
 */
export function ownEntries(terms: Iterable<SavedFacts>): PackEntry[] {
  const out: PackEntry[] = [];
  for (const term of terms) {
    if (term.entryId || !term.ar.trim()) continue;
    out.push({
      id: term.key,
      type: term.type,
      kind: term.kind ?? '',
      ar: term.ar,
      en: term.en,
      rank: 0,
      src: ['own'],
    });
  }
  return out;
}

export class SavedKeyCache {
  private snapshotting: Promise<SavedSnapshot> | undefined;

  constructor(private readonly db: GlossaryDb) {
    const table = `idb://${db.name}/terms/`;
    Dexie.on('storagemutated', (parts: MutatedParts) => {
      if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(table)))
        this.snapshotting = undefined;
    });
  }

  /** The saved terms by key and the own-terms lexicon, read once per change of the table. */
  async snapshot(): Promise<SavedSnapshot> {
    this.snapshotting ??= this.db.terms
      .toCollection()
      .toArray()
      .then((rows) => {
        const terms = new Map<string, SavedFacts>();
        for (const { key, entryId, ar, en, type, kind, note, status } of rows)
          terms.set(key, { key, entryId, ar, en, type, kind, note, status });
        return { terms, own: Lexicon.fromEntries(ownEntries(terms.values())) };
      });
    const loading = this.snapshotting;
    try {
      return await loading;
    } catch (error) {
      // Unavailable now (a full disk, a private window): ask again next time.
      if (this.snapshotting === loading) this.snapshotting = undefined;
      throw error;
    }
  }

  /** Which of `keys` are saved. */
  async among(keys: string[]): Promise<Set<string>> {
    const { terms } = await this.snapshot();
    return new Set(keys.filter((key) => terms.has(key)));
  }
}
