/**
 * The keys of the saved terms, held in memory by the worker. Every annotate request asks
 * which of a page's names are saved; an IndexedDB read per request cost as much as the
 * engine on a short article. Dexie announces each committed write to every context of
 * the extension (this worker, the glossary page) over a BroadcastChannel, so the set is
 * dropped whenever the terms table changes anywhere and read whole on the next request.
 */
import Dexie from 'dexie';
import type { GlossaryDb } from './db';

type MutatedParts = Record<string, unknown>;

export class SavedKeyCache {
  private keys: Promise<Set<string>> | undefined;

  constructor(private readonly db: GlossaryDb) {
    const table = `idb://${db.name}/terms/`;
    Dexie.on('storagemutated', (parts: MutatedParts) => {
      if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(table))) this.keys = undefined;
    });
  }

  /** Which of `keys` are saved. */
  async among(keys: string[]): Promise<Set<string>> {
    this.keys ??= this.db.terms
      .toCollection()
      .primaryKeys()
      .then((all) => new Set(all as string[]));
    const loading = this.keys;
    let saved: Set<string>;
    try {
      saved = await loading;
    } catch (error) {
      // Unavailable now (a full disk, a private window): ask again next time.
      if (this.keys === loading) this.keys = undefined;
      throw error;
    }
    return new Set(keys.filter((key) => saved.has(key)));
  }
}
