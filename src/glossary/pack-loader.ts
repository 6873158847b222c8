/**
 * Loads the bundled pack into IndexedDB in batches, resumably: each batch is its own
 * transaction and records how far it got, so a worker stopped mid-load resumes where
 * it was. The pack's search and browse index (pack-index.ts) is written last, in the
 * transaction that marks the load done: a pack is never searchable half-stored, and a
 * "done" pack always has its index. Only `entries` and `packIndex` are written; the
 * reader's terms are never touched.
 */
import type { Pack, PackEntry } from '../common/pack';
import type { PackProgress } from '../common/replies';
import type { GlossaryDb, StoredEntry } from './db';
import { buildPackIndex, INDEX_FORMAT } from './pack-index';
import { packIndexInfo } from './pack-search';

/** The popup asks the background for it: its schema is the `packStatus` reply's. */
export type { PackProgress };

/**
 * Entries per transaction. Chromium's IndexedDB costs about the same per record written
 * whatever the batch, so this only sets how much a stopped worker redoes.
 */
const BATCH = 2000;
const PROGRESS_KEY = 'packProgress';

/** Entries are stored as the pack has them; search keys live in the pack's index. */
export function toStoredEntry(entry: PackEntry): StoredEntry {
  return entry;
}

export async function packProgress(db: GlossaryDb): Promise<PackProgress | undefined> {
  return (await db.meta.get(PROGRESS_KEY))?.value as PackProgress | undefined;
}

/** Whether the stored pack is this version, whole, with an index this code can read. */
export async function packComplete(db: GlossaryDb, version: string): Promise<boolean> {
  const [progress, info] = await Promise.all([packProgress(db), packIndexInfo(db)]);
  return Boolean(
    progress?.done &&
      progress.version === version &&
      info?.version === version &&
      info.format === INDEX_FORMAT,
  );
}

/** Replaces the index and marks the load done, in one transaction. */
async function finish(db: GlossaryDb, pack: Pack, finished: PackProgress): Promise<void> {
  // Built before the transaction opens: it is CPU work that would only hold the transaction.
  const rows = buildPackIndex(pack.version, pack.entries);
  await db.transaction('rw', db.packIndex, db.meta, async () => {
    await db.packIndex.clear();
    await db.packIndex.bulkPut(rows);
    await db.meta.put({ key: PROGRESS_KEY, value: finished });
  });
}

export async function installPack(
  db: GlossaryDb,
  pack: Pack,
  onProgress: (progress: PackProgress) => void = () => {},
): Promise<PackProgress> {
  const total = pack.entries.length;
  const previous = await packProgress(db);
  if (previous?.version === pack.version && previous.done) {
    if (await packComplete(db, pack.version)) return previous;
    // The entries are whole but the index is missing or of an older format (a database
    // upgraded from schema version 2): build only the index.
    await finish(db, pack, previous);
    onProgress(previous);
    return previous;
  }
  let loaded = previous?.version === pack.version ? previous.loaded : 0;
  if (loaded === 0) {
    // Clearing the old entries and index and saying so is one transaction: a worker stopped
    // right after the clear must not leave a progress row claiming the old pack is stored.
    await db.transaction('rw', db.entries, db.packIndex, db.meta, async () => {
      await db.entries.clear();
      await db.packIndex.clear();
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
  await finish(db, pack, finished);
  onProgress(finished);
  return finished;
}
