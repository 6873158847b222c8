/**
 * Searching and browsing the stored pack through its index (pack-index.ts). Every query
 * reads a bounded number of rows, whatever it matches: a search reads one row per query
 * form for a heavy prefix, or the few rows of sorted keys its prefix falls in; a page of
 * results is one bulk read of its entries by id.
 */
import type { EntityType } from '../common/pack';
import type { GlossaryDb, StoredEntry } from './db';
import { compactLatin, distanceWithin, letterMask, masksWithin, queryBudget } from './latin-search';
import {
  codeFilter,
  facetName,
  INFO_KEY,
  type InfoRow,
  KEY_ROWS_READ,
  type KeyRow,
  keyRowPrefix,
  type LatinRow,
  LIST_CHUNK,
  type ListRow,
  latinKey,
  listKey,
  type Matches,
  SEARCH_LIMIT,
  type TopRow,
  topKey,
} from './pack-index';
import { queryForms } from './search-keys';

export interface EntryFilter {
  text: string;
  type?: EntityType;
  country?: string;
}

/** A result over the pack: how many rows, and a way to read any window of them. */
export interface EntryResult {
  total: number;
  /**
   * True when more matches may exist than the `total` rows given, which are then the first
   * ones by rank (with a type or country filter on a very common prefix, whose precomputed
   * matches are capped, the rest may or may not include some of that type or country).
   */
  truncated: boolean;
  read(offset: number, limit: number): Promise<StoredEntry[]>;
}

const EMPTY: EntryResult = { total: 0, truncated: false, read: async () => [] };

async function readIds(db: GlossaryDb, ids: string[]): Promise<StoredEntry[]> {
  if (ids.length === 0) return [];
  return (await db.entries.bulkGet(ids)).filter((entry): entry is StoredEntry => entry !== undefined);
}

/** The index's description of the stored pack, or undefined while it is being stored. */
export async function packIndexInfo(db: GlossaryDb): Promise<InfoRow | undefined> {
  return (await db.packIndex.get(INFO_KEY)) as InfoRow | undefined;
}

/**
 * The rows of sorted keys that can hold keys starting with `form`, a prefix that is not
 * heavy (at most HEAVY keys): rows are named by their last key, so they are the first
 * KEY_ROWS_READ rows from the prefix on, in one read.
 */
async function keyRows(db: GlossaryDb, form: string): Promise<KeyRow[]> {
  const from = keyRowPrefix + form;
  return (await db.packIndex
    .where('key')
    .between(from, `${keyRowPrefix}\uffff`, true, false)
    .limit(KEY_ROWS_READ)
    .toArray()) as KeyRow[];
}

interface Hit {
  id: string;
  pos: number;
  exact: boolean;
}

/**
 * A Latin query's near misses: the row keys of the lengths it may reach, and a test of
 * one key, or undefined for a query that must match as typed (short, or not Latin).
 */
function typoSearch(
  text: string,
): { rows: string[]; distance: (key: string, mask: number) => number } | undefined {
  const compact = compactLatin(text);
  const budget = queryBudget(compact);
  if (budget === 0) return undefined;
  const rows = [];
  for (let length = compact.length - budget; length <= compact.length + budget; length++)
    rows.push(latinKey(length));
  const mask = letterMask(compact);
  return {
    rows,
    distance: (key, keyMask) =>
      masksWithin(mask, keyMask, budget) ? distanceWithin(compact, key, budget) : -1,
  };
}

/** Near misses kept, the nearest and then the most prominent: they join the prefix matches. */
const NEAR_LIMIT = 50;

/**
 * Exact names first, then prefix matches and, for a Latin query, names a few letters
 * off (latin-search.ts), together in rank order; at most SEARCH_LIMIT.
 */
export async function searchPack(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  const forms = queryForms(filter.text);
  const typos = typoSearch(filter.text);
  const hits = new Map<string, Hit>();
  // A capped list (a heavy prefix's first matches) says nothing of the entries after its
  // last one: whatever another form found beyond that rank cannot be placed, so it is cut.
  let exactCut = Number.POSITIVE_INFINITY;
  let prefixCut = Number.POSITIVE_INFINITY;
  const found = await db.transaction('r', db.packIndex, async () => {
    // The index's description and the heavy prefixes' rows, in one round trip.
    const [info, tops, latin] = await Promise.all([
      packIndexInfo(db),
      db.packIndex.bulkGet(forms.map(topKey)) as Promise<Array<TopRow | undefined>>,
      db.packIndex.bulkGet(typos?.rows ?? []) as Promise<Array<LatinRow | undefined>>,
    ]);
    if (!info) return false;
    const fits = codeFilter(info, filter.type, filter.country);
    if (!fits) return false;
    const add = (id: string, pos: number, code: number, exact: boolean) => {
      if (!fits(code)) return;
      const hit = hits.get(id);
      if (!hit) hits.set(id, { id, pos, exact });
      else hit.exact ||= exact;
    };
    const addAll = (matches: Matches, exact: boolean) => {
      for (let i = 0; i < matches.ids.length; i++)
        add(matches.ids[i], matches.pos[i], matches.code[i], exact);
      if (matches.count <= matches.ids.length) return;
      const last = matches.pos[matches.pos.length - 1];
      if (exact) {
        exactCut = Math.min(exactCut, last);
        // Exact names come first: with some of them unknown, no other match can follow.
        prefixCut = Number.NEGATIVE_INFINITY;
      } else prefixCut = Math.min(prefixCut, last);
    };
    const near: Array<{ id: string; pos: number; code: number; distance: number }> = [];
    for (const row of latin) {
      if (!row || !typos) continue;
      for (let i = 0; i < row.keys.length; i++) {
        const distance = typos.distance(row.keys[i], row.masks[i]);
        if (distance <= 0) continue; // equal compact names are exact matches already
        for (let j = row.starts[i]; j < row.starts[i + 1]; j++)
          if (fits(row.code[j])) near.push({ id: row.ids[j], pos: row.pos[j], code: row.code[j], distance });
      }
    }
    near.sort((a, b) => a.distance - b.distance || a.pos - b.pos);
    for (const hit of near.slice(0, NEAR_LIMIT)) add(hit.id, hit.pos, hit.code, false);
    await Promise.all(
      forms.map(async (form, i) => {
        const top = tops[i];
        if (top) {
          addAll(top.exact, true);
          addAll(top.prefix, false);
          return;
        }
        for (const row of await keyRows(db, form)) {
          for (let j = 0; j < row.keys.length; j++) {
            const key = row.keys[j];
            if (key.startsWith(form)) add(row.ids[j], row.pos[j], row.code[j], key === form);
            else if (key > form) return; // past the prefix's keys
          }
        }
      }),
    );
    return true;
  });
  if (!found) return EMPTY;
  const byPos = (a: Hit, b: Hit) => a.pos - b.pos;
  const all = [...hits.values()];
  const ordered = [
    ...all.filter((hit) => hit.exact && hit.pos <= exactCut).sort(byPos),
    ...all.filter((hit) => !hit.exact && hit.pos <= prefixCut).sort(byPos),
  ];
  const ids = ordered.slice(0, SEARCH_LIMIT).map((hit) => hit.id);
  const capped = exactCut < Number.POSITIVE_INFINITY || prefixCut < Number.POSITIVE_INFINITY;
  return {
    total: ids.length,
    truncated: capped || ordered.length > SEARCH_LIMIT,
    read: (offset, limit) => readIds(db, ids.slice(offset, offset + limit)),
  };
}

/** The whole pack, or one type and/or country of it, by importance, a page at a time. */
export async function browsePack(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  const info = await packIndexInfo(db);
  const facet = facetName(filter.type, filter.country);
  const total = info?.lengths[facet] ?? 0;
  if (total === 0) return EMPTY;
  return {
    total,
    truncated: false,
    read: async (offset, limit) => {
      const end = Math.min(total, offset + limit);
      if (offset >= end) return [];
      const first = Math.floor(offset / LIST_CHUNK);
      const keys = [];
      for (let page = first; page <= Math.floor((end - 1) / LIST_CHUNK); page++)
        keys.push(listKey(facet, page));
      const rows = (await db.packIndex.bulkGet(keys)) as Array<ListRow | undefined>;
      const ids = rows.flatMap((row) => row?.ids ?? []);
      return readIds(db, ids.slice(offset - first * LIST_CHUNK, end - first * LIST_CHUNK));
    },
  };
}
