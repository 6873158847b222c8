/**
 * Queries behind the glossary page. Saved terms (up to tens of thousands) are held in
 * memory and filtered there, with the text search answered by the `searchKeys` index;
 * the bundled pack (~80,000 entries) is never loaded whole: a search reads the index's
 * matches, and browsing reads pages of the rank-ordered compound indexes.
 */
import Dexie from 'dexie';
import type { EntityType } from '../common/pack';
import type { GlossaryDb, LearningStatus, SavedTerm, StoredEntry } from './db';
import { queryForms } from './search-keys';

export interface TermFilter {
  text: string;
  type?: EntityType;
  country?: string;
  status?: LearningStatus;
  tag?: string;
}

export type TermSort = 'recent' | 'arabic' | 'english' | 'seen' | 'edited' | 'status';

/** Keys of saved terms whose search keys start with any form of the query (index query). */
export async function searchTermKeys(db: GlossaryDb, text: string): Promise<Set<string> | undefined> {
  const forms = queryForms(text);
  if (forms.length === 0) return undefined;
  return new Set(await db.terms.where('searchKeys').startsWithAnyOf(forms).primaryKeys());
}

export function filterTerms(sorted: SavedTerm[], filter: TermFilter, matching?: Set<string>): SavedTerm[] {
  return sorted.filter(
    (term) =>
      (!matching || matching.has(term.key)) &&
      (!filter.type || term.type === filter.type) &&
      (!filter.country || term.country === filter.country) &&
      (!filter.status || term.status === filter.status) &&
      (!filter.tag || term.tags.includes(filter.tag)),
  );
}

const arabicOrder = new Intl.Collator('ar');
const englishOrder = new Intl.Collator('en', { sensitivity: 'base' });
const STATUS_ORDER: Record<LearningStatus, number> = { new: 0, learning: 1, known: 2 };

export function sortTerms(terms: SavedTerm[], sort: TermSort): SavedTerm[] {
  const out = [...terms];
  switch (sort) {
    case 'recent':
      return out.sort((a, b) => b.lastSeen - a.lastSeen);
    case 'arabic':
      return out.sort((a, b) => arabicOrder.compare(a.ar, b.ar));
    case 'english':
      return out.sort((a, b) => englishOrder.compare(a.en, b.en));
    case 'seen':
      return out.sort((a, b) => b.timesSeen - a.timesSeen || b.lastSeen - a.lastSeen);
    case 'edited':
      return out.sort((a, b) => b.updatedAt - a.updatedAt);
    case 'status':
      return out.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.lastSeen - a.lastSeen);
  }
}

/** Distinct values for the filter menus. */
export function facets(terms: SavedTerm[]): { countries: string[]; tags: string[] } {
  const countries = new Set<string>();
  const tags = new Set<string>();
  for (const term of terms) {
    if (term.country) countries.add(term.country);
    for (const tag of term.tags) tags.add(tag);
  }
  return { countries: [...countries].sort(), tags: [...tags].sort(englishOrder.compare) };
}

export interface EntryFilter {
  text: string;
  type?: EntityType;
  country?: string;
}

/** A result over the pack: how many rows, and a way to read any window of them. */
export interface EntryResult {
  total: number;
  /** True when a search had more matches than were read. */
  truncated: boolean;
  read(offset: number, limit: number): Promise<StoredEntry[]>;
}

export const SEARCH_LIMIT = 2000;

async function searchEntries(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  const forms = queryForms(filter.text);
  const fits = (entry: StoredEntry) =>
    (!filter.type || entry.type === filter.type) && (!filter.country || entry.country === filter.country);
  // Exact names first (all of them), then prefix matches up to the limit.
  const exact = await db.entries.where('searchKeys').anyOf(forms).distinct().filter(fits).toArray();
  const prefix = await db.entries
    .where('searchKeys')
    .startsWithAnyOf(forms)
    .distinct()
    .filter(fits)
    .limit(SEARCH_LIMIT + 1)
    .toArray();
  const seen = new Set(exact.map((entry) => entry.id));
  const rest = prefix.filter((entry) => !seen.has(entry.id));
  const byRank = (a: StoredEntry, b: StoredEntry) => b.rank - a.rank;
  const rows = [...exact.sort(byRank), ...rest.sort(byRank)].slice(0, SEARCH_LIMIT);
  return {
    total: rows.length,
    truncated: prefix.length > SEARCH_LIMIT,
    read: async (offset, limit) => rows.slice(offset, offset + limit),
  };
}

function browseCollection(db: GlossaryDb, filter: EntryFilter) {
  if (filter.country) {
    const collection = db.entries
      .where('[country+rank]')
      .between([filter.country, Dexie.minKey], [filter.country, Dexie.maxKey])
      .reverse();
    return filter.type ? collection.filter((entry) => entry.type === filter.type) : collection;
  }
  if (filter.type) {
    return db.entries
      .where('[type+rank]')
      .between([filter.type, Dexie.minKey], [filter.type, Dexie.maxKey])
      .reverse();
  }
  return db.entries.orderBy('rank').reverse();
}

/** The pack's entries matching a filter: a search, or the whole pack by importance. */
export async function queryEntries(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  if (queryForms(filter.text).length > 0) return searchEntries(db, filter);
  const total = await browseCollection(db, filter).count();
  return {
    total,
    truncated: false,
    read: (offset, limit) => browseCollection(db, filter).offset(offset).limit(limit).toArray(),
  };
}

/** Countries present in the pack, for the browse filter (a key-only index walk). */
export async function entryCountries(db: GlossaryDb): Promise<string[]> {
  return (await db.entries.orderBy('country').uniqueKeys()).map(String);
}
