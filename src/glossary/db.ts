/**
 * The glossary of record: the bundled pack's entries and the reader's saved terms,
 * in one Dexie database. Every schema change adds a version here with its upgrade.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AdminLevel, EntityType, PackEntry } from '../common/pack';

export type LearningStatus = 'new' | 'learning' | 'known';

/** One place the reader met a term. */
export interface SeenContext {
  sentence: string;
  url: string;
  title: string;
  seenAt: number;
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

/** A pack entry as stored, with its search keys. */
export interface StoredEntry extends PackEntry {
  searchKeys: string[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class GlossaryDb extends Dexie {
  entries!: EntityTable<StoredEntry, 'id'>;
  terms!: EntityTable<SavedTerm, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'dalil') {
    super(name);
    this.version(1).stores({
      entries: 'id, type, kind, country, rank, *searchKeys',
      terms: 'key, entryId, type, status, country, lastSeen, updatedAt, *tags, *searchKeys',
      meta: 'key',
    });
  }
}

export const MAX_CONTEXTS = 5;

let shared: GlossaryDb | undefined;

/** The database of this browser profile, opened once per context. */
export function glossaryDb(): GlossaryDb {
  shared ??= new GlossaryDb();
  return shared;
}
