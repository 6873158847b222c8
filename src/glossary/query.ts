/**
 * Queries behind the glossary page. Saved terms (up to tens of thousands) are held in
 * memory and searched and filtered there; the bundled pack (~80,000 entries) is never
 * loaded whole: a search or a page of browsing reads a few rows of its index
 * (pack-index.ts, pack-search.ts) and then the entries shown.
 */
import type { EntityType } from '../common/pack';
import type { GlossaryDb, LearningStatus, SavedTerm } from './db';
import { compactLatin, distanceWithin, queryBudget } from './latin-search';
import { browsePack, type EntryFilter, type EntryResult, packIndexInfo, searchPack } from './pack-search';
import { queryForms } from './search-keys';

export { SEARCH_LIMIT } from './pack-index';
export type { EntryFilter, EntryResult } from './pack-search';

export interface TermFilter {
  text: string;
  type?: EntityType;
  country?: string;
  status?: LearningStatus;
  tag?: string;
}

export type TermSort = 'recent' | 'arabic' | 'english' | 'seen' | 'edited' | 'status';

const COMPACT = /^[a-z0-9]+$/;

/**
 * Keys of the saved terms with a search key starting with any form of the query, or
 * undefined for an empty query; when none does, those with a Latin name a few letters
 * off it (latin-search.ts): the result is a filter, not ranked, so near misses are only a
 * fallback. The page holds every saved term already, so this scans them in memory (about
 * 3 ms for 10,000 terms): the `searchKeys` index would have to walk every matching key
 * through a cursor, hundreds of milliseconds for one letter.
 */
export function matchTerms(terms: SavedTerm[], text: string): Set<string> | undefined {
  const forms = queryForms(text);
  if (forms.length === 0) return undefined;
  const matching = new Set<string>();
  // Plain loops: the first keystroke runs before the JIT has compiled anything.
  for (const term of terms) {
    const keys = term.searchKeys;
    search: for (let i = 0; i < keys.length; i++) {
      for (let j = 0; j < forms.length; j++) {
        if (keys[i].startsWith(forms[j])) {
          matching.add(term.key);
          break search;
        }
      }
    }
  }
  return matching.size > 0 ? matching : nearTerms(terms, text);
}

/** Saved terms with a compact Latin key (search-keys.ts) a few letters off the query. */
function nearTerms(terms: SavedTerm[], text: string): Set<string> {
  const near = new Set<string>();
  const compact = compactLatin(text);
  const budget = queryBudget(compact);
  if (budget === 0) return near;
  for (const term of terms) {
    for (const key of term.searchKeys) {
      if (Math.abs(key.length - compact.length) > budget || !COMPACT.test(key)) continue;
      if (distanceWithin(compact, key, budget) >= 0) {
        near.add(term.key);
        break;
      }
    }
  }
  return near;
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

/** The pack's entries matching a filter: a search, or the whole pack by importance. */
export async function queryEntries(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  return queryForms(filter.text).length > 0 ? searchPack(db, filter) : browsePack(db, filter);
}

/** Countries present in the pack, for the browse filter. */
export async function entryCountries(db: GlossaryDb): Promise<string[]> {
  return (await packIndexInfo(db))?.countries ?? [];
}
