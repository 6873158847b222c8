/**
 * The pack's search and browse index, built in memory once per pack version and stored
 * as about two thousand large rows of the `packIndex` table.
 *
 * Why not IndexedDB indexes on the entries: Chromium's IndexedDB costs about the same for
 * every record written or read, whatever its size. With six indexes and a multi-entry
 * index of search keys, the ~80,000 entries meant ~1,000,000 index records to write (a
 * first install of half a minute), and a one-letter search read thousands of records
 * through a cursor. Here a search reads at most a handful of rows: a prefix matching many
 * keys has its own precomputed row (its matches in rank order, capped), any other prefix
 * falls inside a few rows of the sorted keys. Browsing by rank, type or country reads one
 * row of ids per page. The entries themselves stay one row each, keyed by id.
 */
import { ENTITY_TYPES, type EntityType, type PackEntry } from '../common/pack';
import { letterMask } from './latin-search';
import { latinCompacts, searchKeysFor } from './search-keys';

/** Bumped when the rows' shape changes: a stored index of another format is rebuilt. */
/** Version 2: acronyms and compounds without spaces are searchable. */
/** Version 3: compact Latin keys, and the rows of Latin names by length for typo-tolerant search. */
export const INDEX_FORMAT = 3;
/** Search-key pairs per row of sorted keys. */
export const KEY_CHUNK = 500;
/** A prefix matching more key pairs than this gets its own row, so no search reads more. */
export const HEAVY = 1000;
/** Rows of sorted keys that can hold the keys of a prefix that is not heavy. */
export const KEY_ROWS_READ = Math.ceil(HEAVY / KEY_CHUNK) + 1;
/** At most this many results of a search (a heavy prefix keeps this many, by rank). */
export const SEARCH_LIMIT = 2000;
/** Ids per row of a browse list. */
export const LIST_CHUNK = 1000;

export const TYPES: readonly EntityType[] = ENTITY_TYPES;

/**
 * Sorted search keys, each with the entry it belongs to: its id, its position in rank
 * order (`pos`, smaller is more important) and its `code` for the type and country filters.
 */
export interface KeyRow {
  key: string;
  keys: string[];
  ids: string[];
  pos: Int32Array;
  code: Int32Array;
}

/** Matches in rank order, distinct, at most SEARCH_LIMIT, with how many there are in all. */
export interface Matches {
  count: number;
  ids: string[];
  pos: Int32Array;
  code: Int32Array;
}

/** A heavy prefix: the entries with a key starting with it, and those with a key equal to it. */
export interface TopRow {
  key: string;
  prefix: Matches;
  exact: Matches;
}

/**
 * The compact Latin names and words of one length (latin-search.ts), distinct and sorted,
 * for typo-tolerant search: the entries of `keys[i]` are pairs `starts[i]` to
 * `starts[i + 1]` of `ids`, `pos` and `code` (as in KeyRow); `masks[i]` is its letter mask.
 */
export interface LatinRow {
  key: string;
  keys: string[];
  masks: Int32Array;
  starts: Int32Array;
  ids: string[];
  pos: Int32Array;
  code: Int32Array;
}

/** One page of a browse list: entry ids in rank order. */
export interface ListRow {
  key: string;
  ids: string[];
}

export interface InfoRow {
  key: 'info';
  format: number;
  version: string;
  /** Countries with entries, sorted; a code's country is `countries[(code >> 2) - 1]`. */
  countries: string[];
  /** Length of each browse list (see `facetName`); absent means empty. */
  lengths: Record<string, number>;
}

export type PackIndexRow = KeyRow | TopRow | ListRow | LatinRow | InfoRow;

export const INFO_KEY = 'info';
export const keyRowPrefix = 'k:';
export const topKey = (prefix: string) => `t:${prefix}`;
export const listKey = (facet: string, page: number) => `l:${facet}:${page}`;
export const latinKey = (length: number) => `f:${length}`;

/** The browse list for a filter: all entries, or those of one type and/or country. */
export function facetName(type?: string, country?: string): string {
  return [type && `type=${type}`, country && `country=${country}`].filter(Boolean).join('&') || 'all';
}

/** Rank order as the old `rank` index read backwards: rank descending, then id descending. */
function rankOrder(entries: PackEntry[]): PackEntry[] {
  return [...entries].sort((a, b) => b.rank - a.rank || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

function listRows(ranked: PackEntry[]): { rows: ListRow[]; lengths: Record<string, number> } {
  const lists = new Map<string, string[]>();
  const add = (facet: string, id: string) => {
    const list = lists.get(facet);
    if (list) list.push(id);
    else lists.set(facet, [id]);
  };
  for (const entry of ranked) {
    add('all', entry.id);
    add(facetName(entry.type), entry.id);
    if (entry.country) {
      add(facetName(undefined, entry.country), entry.id);
      add(facetName(entry.type, entry.country), entry.id);
    }
  }
  const rows: ListRow[] = [];
  const lengths: Record<string, number> = {};
  for (const [facet, ids] of lists) {
    lengths[facet] = ids.length;
    for (let page = 0; page * LIST_CHUNK < ids.length; page++)
      rows.push({ key: listKey(facet, page), ids: ids.slice(page * LIST_CHUNK, (page + 1) * LIST_CHUNK) });
  }
  return { rows, lengths };
}

/** Distinct positions (ascending), capped at SEARCH_LIMIT, as Matches. */
function matches(positions: number[], ranked: PackEntry[], codes: Int32Array): Matches {
  const sorted = Int32Array.from(new Set(positions)).sort();
  const pos = sorted.slice(0, SEARCH_LIMIT);
  return {
    count: sorted.length,
    ids: Array.from(pos, (p) => ranked[p].id),
    pos,
    code: pos.map((p) => codes[p]),
  };
}

function searchRows(ranked: PackEntry[], codes: Int32Array): Array<KeyRow | TopRow> {
  const pairKeys: string[] = [];
  const pairPos: number[] = [];
  ranked.forEach((entry, pos) => {
    // Weak aliases ("الأسد", "عباس") are not matched in pages, but a reader searching the
    // glossary for one means the person.
    const names = [entry.ar, ...(entry.aliases ?? []), ...(entry.weakAliases ?? [])];
    const latin = [entry.en, ...(entry.enAliases ?? []), ...(entry.acronym ? [entry.acronym] : [])];
    for (const key of searchKeysFor(names, latin)) {
      pairKeys.push(key);
      pairPos.push(pos);
    }
  });
  // A stable sort by key: pairs of one key stay in rank order.
  const order = pairKeys
    .map((_, i) => i)
    .sort((a, b) => (pairKeys[a] < pairKeys[b] ? -1 : pairKeys[a] > pairKeys[b] ? 1 : 0));
  const keys = order.map((i) => pairKeys[i]);
  const pos = Int32Array.from(order, (i) => pairPos[i]);

  const rows: Array<KeyRow | TopRow> = [];
  for (let start = 0, n = 0; start < keys.length; start += KEY_CHUNK, n++) {
    const end = Math.min(keys.length, start + KEY_CHUNK);
    const chunk = pos.slice(start, end);
    rows.push({
      // Named by its last key, so the first row a prefix's keys can be in is the first row
      // at or after the prefix (one bounded read); unique, and in order, even when several
      // rows end with the same key.
      key: `${keyRowPrefix}${keys[end - 1]}\u0000${String(n).padStart(6, '0')}`,
      keys: keys.slice(start, end),
      ids: Array.from(chunk, (p) => ranked[p].id),
      pos: chunk,
      code: chunk.map((p) => codes[p]),
    });
  }
  // Heavy prefixes: walk the sorted keys by prefix length, descending only into groups
  // that are heavy, so every prefix without a row matches at most HEAVY pairs.
  const walk = (lo: number, hi: number, length: number) => {
    for (let i = lo; i < hi; ) {
      if (keys[i].length < length) {
        i++;
        continue;
      }
      const prefix = keys[i].slice(0, length);
      let j = i;
      while (j < hi && keys[j].startsWith(prefix)) j++;
      if (j - i > HEAVY) {
        // Keys equal to the prefix sort first in its group.
        let k = i;
        while (k < j && keys[k] === prefix) k++;
        rows.push({
          key: topKey(prefix),
          prefix: matches(Array.from(pos.subarray(i, j)), ranked, codes),
          exact: matches(Array.from(pos.subarray(i, k)), ranked, codes),
        });
        walk(i, j, length + 1);
      }
      i = j;
    }
  };
  walk(0, keys.length, 1);
  return rows;
}

function latinRows(ranked: PackEntry[], codes: Int32Array): LatinRow[] {
  const byLength = new Map<number, Map<string, number[]>>();
  ranked.forEach((entry, pos) => {
    const names = [entry.en, ...(entry.enAliases ?? []), ...(entry.acronym ? [entry.acronym] : [])];
    for (const key of new Set(names.flatMap(latinCompacts))) {
      const keys = byLength.get(key.length) ?? new Map<string, number[]>();
      byLength.set(key.length, keys);
      const positions = keys.get(key);
      if (positions) positions.push(pos);
      else keys.set(key, [pos]);
    }
  });
  return [...byLength].map(([length, keys]) => {
    const sorted = [...keys.keys()].sort();
    const starts = new Int32Array(sorted.length + 1);
    const pos: number[] = [];
    sorted.forEach((key, i) => {
      starts[i] = pos.length;
      pos.push(...keys.get(key)!);
    });
    starts[sorted.length] = pos.length;
    const positions = Int32Array.from(pos);
    return {
      key: latinKey(length),
      keys: sorted,
      masks: Int32Array.from(sorted, letterMask),
      starts,
      ids: Array.from(positions, (p) => ranked[p].id),
      pos: positions,
      code: positions.map((p) => codes[p]),
    };
  });
}

/** Every row of the index of a pack's entries. */
export function buildPackIndex(version: string, entries: PackEntry[]): PackIndexRow[] {
  const ranked = rankOrder(entries);
  const countries = [...new Set(ranked.flatMap((entry) => (entry.country ? [entry.country] : [])))].sort();
  const country = new Map(countries.map((code, i) => [code, i + 1]));
  const codes = Int32Array.from(
    ranked,
    (entry) => ((entry.country && country.get(entry.country)) || 0) * 4 + TYPES.indexOf(entry.type) + 1,
  );
  const { rows, lengths } = listRows(ranked);
  const info: InfoRow = { key: INFO_KEY, format: INDEX_FORMAT, version, countries, lengths };
  return [...rows, ...searchRows(ranked, codes), ...latinRows(ranked, codes), info];
}

/**
 * A test of a row's `code` against a type and country filter, or undefined when nothing
 * in the pack can pass it (a country without entries).
 */
export function codeFilter(
  info: InfoRow,
  type?: EntityType,
  country?: string,
): ((code: number) => boolean) | undefined {
  const typeCode = type ? TYPES.indexOf(type) + 1 : 0;
  const countryCode = country ? info.countries.indexOf(country) + 1 : 0;
  if (country && countryCode === 0) return undefined;
  return (code) => (!typeCode || (code & 3) === typeCode) && (!countryCode || code >> 2 === countryCode);
}
