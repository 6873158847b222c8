/**
 * The glossary of record: the bundled pack's entries and the reader's saved terms,
 * in one Dexie database. Every schema change adds a version here with its upgrade.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AdminLevel, EntityType, LearningStatus, PackEntry } from '../common/pack';
import type { PackIndexRow } from './pack-index';

export type { LearningStatus };

/** One place the reader met a term. */
export interface SeenContext {
  sentence: string;
  url: string;
  title: string;
  seenAt: number;
  /**
   * Recorded by Dalil when a saved term turned up on a page again, not by the reader's
   * own action: such contexts make room for the reader's, never the other way round.
   */
  auto?: true;
}

/** A term the reader saved, from the pack or of their own. */
export interface SavedTerm {
  /** The pack entry id, or "user:<normalised Arabic>" for a user-defined term. */
  key: string;
  entryId?: string;
  ar: string;
  en: string;
  type: EntityType;
  kind?: string;
  country?: string;
  path?: AdminLevel[];
  note: string;
  tags: string[];
  status: LearningStatus;
  /** Most recent first, at most MAX_CONTEXTS. */
  contexts: SeenContext[];
  firstSeen: number;
  lastSeen: number;
  timesSeen: number;
  updatedAt: number;
  /** Normalised Arabic and lower-cased English words, for search. */
  searchKeys: string[];
}

/**
 * A pack entry as stored. Schema versions 1 and 2 stored each with its search keys (for
 * an index that version 3 replaced by the `packIndex` table); such rows stay until the
 * next pack version replaces them.
 */
export interface StoredEntry extends PackEntry {
  searchKeys?: string[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class GlossaryDb extends Dexie {
  entries!: EntityTable<StoredEntry, 'id'>;
  terms!: EntityTable<SavedTerm, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  packIndex!: EntityTable<PackIndexRow, 'key'>;

  constructor(name = 'dalil') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Version 2: compound indexes so the whole pack can be browsed by type or country in
    // rank order, page by page; and every stored term gets the fields later code relies on.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<SavedTerm, string>('terms')
          .toCollection()
          .modify((term) => {
            completeTerm(term);
          }),
      );
    // Version 3: the pack's search and browse indexes move out of IndexedDB's per-entry
    // indexes into the few large rows of `packIndex` (see pack-index.ts for why). The
    // entries are kept; the worker builds the missing index at its next start.
    this.version(3).stores(SCHEMA_V3);
  }
}

export const SCHEMA_V1 = {
  entries: 'id, type, kind, country, rank, *searchKeys',
  terms: 'key, entryId, type, status, country, lastSeen, updatedAt, *tags, *searchKeys',
  meta: 'key',
};

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  entries: 'id, type, kind, country, rank, *searchKeys, [type+rank], [country+rank]',
};

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  entries: 'id',
  packIndex: 'key',
};

/** The current schema version (what a backup records as `databaseVersion`). */
export const DB_VERSION = 3;

/** Fills fields a term written by an older version may lack. Mutates and returns it. */
export function completeTerm(term: SavedTerm): SavedTerm {
  term.note ??= '';
  term.tags ??= [];
  term.status ??= 'new';
  term.contexts ??= [];
  term.timesSeen ??= Math.max(1, term.contexts.length);
  term.firstSeen ??= term.contexts.at(-1)?.seenAt ?? term.updatedAt ?? 0;
  term.lastSeen ??= term.contexts[0]?.seenAt ?? term.firstSeen;
  term.updatedAt ??= term.lastSeen;
  term.searchKeys ??= [];
  return term;
}

export const MAX_CONTEXTS = 5;

let shared: GlossaryDb | undefined;

/** The database of this browser profile, opened once per context. */
export function glossaryDb(): GlossaryDb {
  shared ??= new GlossaryDb();
  return shared;
}
