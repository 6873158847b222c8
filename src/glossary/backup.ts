/**
 * Full backup and restore with dexie-export-import. A backup is Dexie's export format
 * (`formatName: "dexie"`, `formatVersion`, the database's schema version) of the reader's
 * tables: `terms` and `meta`, never the bundled pack's `entries` and `packIndex` (the
 * extension ships them) nor the pack's loading progress. Restore validates every term
 * first, then replaces the reader's terms in one transaction (and the other meta rows only
 * when asked). The file is read whole and checked with valibot before anything is written.
 */
import { exportDB } from 'dexie-export-import';
import * as v from 'valibot';
import { DB_VERSION, type GlossaryDb, type MetaRow, type SavedTerm } from './db';
import { breathe, type ParsedImport, ProblemList, type Progress } from './import';
import { issueField, issueMessage, TermSchema, termFromInput } from './term-schema';
import { termSearchKeys, UNSAVED_META } from './terms';

/** Meta rows that describe this installation or this session, not the reader's data. */
const LOCAL_META = new Set(['packProgress', UNSAVED_META]);

export async function createBackup(db: GlossaryDb): Promise<Blob> {
  return exportDB(db, {
    skipTables: ['entries', 'packIndex'],
    filter: (table, value) => table !== 'meta' || !LOCAL_META.has((value as MetaRow).key),
    prettyJson: false,
  });
}

export function backupFilename(now = Date.now()): string {
  return `dalil-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

const BackupSchema = v.object({
  formatName: v.literal('dexie'),
  formatVersion: v.literal(1),
  data: v.object({
    databaseVersion: v.number(),
    data: v.array(v.object({ tableName: v.string(), rows: v.array(v.unknown()) })),
  }),
});

/**
 * A row as Dexie wrote it, back to what was stored. dexie-export-import (Typeson) writes a
 * field that was `undefined` as `0` and lists it in the row's `$types` as "undef" (and
 * marks every array "arrayNonindexKeys"); validating the raw JSON would read such a
 * term's missing `entryId` as the number 0 and refuse the reader's own backup.
 */
export function reviveRow(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || !('$types' in row)) return row;
  const { $types, ...rest } = row as { $types: unknown } & Record<string, unknown>;
  if (typeof $types !== 'object' || $types === null) return rest;
  for (const [path, type] of Object.entries($types)) {
    if (type !== 'undef') continue;
    const keys = path.split('.');
    const last = keys.pop() as string;
    let holder: unknown = rest;
    for (const key of keys) holder = (holder as Record<string, unknown> | undefined)?.[key];
    if (typeof holder === 'object' && holder !== null) delete (holder as Record<string, unknown>)[last];
  }
  return rest;
}

export interface ParsedBackup extends ParsedImport {
  meta: MetaRow[];
  databaseVersion: number;
}

/** Reads and checks a backup without writing anything. */
export async function readBackup(blob: Blob, onProgress: Progress = () => {}): Promise<ParsedBackup> {
  const problems = new ProblemList();
  const empty = (): ParsedBackup => ({
    terms: [],
    meta: [],
    problems: problems.list,
    problemCount: problems.count,
    rows: 0,
    databaseVersion: 0,
  });
  let data: unknown;
  try {
    data = JSON.parse(await blob.text());
  } catch {
    problems.add({ message: 'The backup is damaged or not a Dalil backup (it is not valid JSON).' });
    return empty();
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    problems.add({
      field: issueField(parsed.issues[0]),
      message: `${issueMessage(parsed.issues[0])}: not a Dalil backup.`,
    });
    return empty();
  }
  const { databaseVersion, data: tables } = parsed.output.data;
  if (databaseVersion > DB_VERSION) {
    problems.add({ message: `The backup comes from a newer Dalil (database version ${databaseVersion}).` });
    return empty();
  }
  const rawTerms = tables.find((table) => table.tableName === 'terms')?.rows;
  if (!rawTerms) {
    problems.add({ message: 'The backup holds no terms table: not a Dalil backup.' });
    return empty();
  }
  const now = Date.now();
  const terms: SavedTerm[] = [];
  for (let i = 0; i < rawTerms.length; i++) {
    const result = v.safeParse(TermSchema, reviveRow(rawTerms[i]));
    if (result.success) terms.push(termFromInput(result.output, now));
    else
      problems.add({
        row: i + 1,
        field: issueField(result.issues[0]),
        message: issueMessage(result.issues[0]),
      });
    if ((i + 1) % 2000 === 0) {
      onProgress(i + 1, rawTerms.length);
      await breathe();
    }
  }
  const meta = (tables.find((table) => table.tableName === 'meta')?.rows ?? [])
    .map(reviveRow)
    .filter(
      (row): row is MetaRow =>
        typeof row === 'object' &&
        row !== null &&
        typeof (row as MetaRow).key === 'string' &&
        !LOCAL_META.has((row as MetaRow).key),
    );
  return {
    terms,
    meta,
    problems: problems.list,
    problemCount: problems.count,
    rows: rawTerms.length,
    databaseVersion,
  };
}

/**
 * Replaces the reader's terms with the backup's (and, with `everything`, the other meta
 * rows too), in one transaction: all of it or nothing.
 */
export async function restoreBackup(
  db: GlossaryDb,
  backup: ParsedBackup,
  options: { everything?: boolean } = {},
): Promise<number> {
  if (backup.problemCount > 0) throw new Error('The backup has problems; nothing was restored.');
  await db.transaction('rw', db.terms, db.meta, db.entries, async () => {
    const entries = await db.entries.bulkGet(backup.terms.map((term) => term.entryId ?? '\u0000'));
    await db.terms.clear();
    await db.terms.bulkPut(
      backup.terms.map((term, i) => ({ ...term, searchKeys: termSearchKeys(term, entries[i]) })),
    );
    if (options.everything) {
      const keep = (await db.meta.toArray()).filter((row) => LOCAL_META.has(row.key));
      await db.meta.clear();
      await db.meta.bulkPut([...keep, ...backup.meta]);
    }
  });
  return backup.terms.length;
}
