/**
 * Searching and browsing the stored pack through its index (pack-index.ts). Every query
 * reads a bounded number of rows, whatever it matches: a search reads one row per query
 * form for a heavy prefix, or the few rows of sorted keys its prefix falls in; a page of
 * results is one bulk read of its entries by id.
 */
import type { EntityType } from '../common/pack';
import type { GlossaryDb, StoredEntry } from './db';
import {
  codeFilter,
  facetName,
  INFO_KEY,
  type InfoRow,
  KEY_ROWS_READ,
  type KeyRow,
  keyRowPrefix,
  LIST_CHUNK,
  type ListRow,
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

/** Exact names first, then prefix matches, each in rank order; at most SEARCH_LIMIT. */
export async function searchPack(db: GlossaryDb, filter: EntryFilter): Promise<EntryResult> {
  const forms = queryForms(filter.text);
  const hits = new Map<string, Hit>();
  // A capped list (a heavy prefix's first matches) says nothing of the entries after its
  // last one: whatever another form found beyond that rank cannot be placed, so it is cut.
  let exactCut = Number.POSITIVE_INFINITY;
  let prefixCut = Number.POSITIVE_INFINITY;
  const found = await db.transaction('r', db.packIndex, async () => {
    // The index's description and the heavy prefixes' rows, in one round trip.
    const [info, tops] = await Promise.all([
      packIndexInfo(db),
      db.packIndex.bulkGet(forms.map(topKey)) as Promise<Array<TopRow | undefined>>,
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
