/**
 * Loads the bundled pack into IndexedDB in batches, resumably: each batch is its own
 * transaction and records how far it got, so a worker stopped mid-load resumes where
 * it was. Only the `entries` table is written; the reader's terms are never touched.
 */
import type { Pack, PackEntry } from '../common/pack';
import type { GlossaryDb, StoredEntry } from './db';
import { searchKeysFor } from './search-keys';

export interface PackProgress {
  version: string;
  loaded: number;
  total: number;
  done: boolean;
}

const BATCH = 2000;
const PROGRESS_KEY = 'packProgress';

export function toStoredEntry(entry: PackEntry): StoredEntry {
  return { ...entry, searchKeys: searchKeysFor([entry.ar, ...(entry.aliases ?? [])], [entry.en]) };
}

export async function packProgress(db: GlossaryDb): Promise<PackProgress | undefined> {
  return (await db.meta.get(PROGRESS_KEY))?.value as PackProgress | undefined;
}

export async function installPack(
  db: GlossaryDb,
  pack: Pack,
  onProgress: (progress: PackProgress) => void = () => {},
): Promise<PackProgress> {
  const total = pack.entries.length;
  const previous = await packProgress(db);
  if (previous?.version === pack.version && previous.done) return previous;
  let loaded = previous?.version === pack.version ? previous.loaded : 0;
  if (loaded === 0) {
    // Clearing the old entries and saying so is one transaction: a worker stopped right
    // after the clear must not leave a progress row claiming the old pack is still stored.
    await db.transaction('rw', db.entries, db.meta, async () => {
      await db.entries.clear();
      await db.meta.put({
        key: PROGRESS_KEY,
        value: { version: pack.version, loaded: 0, total, done: false },
      });
    });
  }
  while (loaded < total) {
    const batch = pack.entries.slice(loaded, loaded + BATCH).map(toStoredEntry);
    const next = loaded + batch.length;
    await db.transaction('rw', db.entries, db.meta, async () => {
      await db.entries.bulkPut(batch);
      await db.meta.put({
        key: PROGRESS_KEY,
        value: { version: pack.version, loaded: next, total, done: false },
      });
    });
    loaded = next;
    onProgress({ version: pack.version, loaded, total, done: false });
  }
  const finished: PackProgress = { version: pack.version, loaded, total, done: true };
  await db.meta.put({ key: PROGRESS_KEY, value: finished });
  onProgress(finished);
  return finished;
}
