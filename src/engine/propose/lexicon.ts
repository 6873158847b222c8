/**
 * The compiled matcher over every name and alias of the pack.
 *
 * Keys are folded names (see normalize.ts), tokens joined by one space, with the
 * article stripped from the first word, so "الرقة" and "رقة" meet on one key. Each key
 * holds packed postings `entryIndex * 2 + hasArticle`. The index also gives, per first
 * word of a multi-word name, the longest name (in tokens) that starts with it, so the
 * matcher tries only the lengths that can succeed (key-index.ts holds it in typed
 * arrays). Entries are referenced, not copied.
 */
import type { AdminLevel, Pack, PackEntry } from '../../common/pack';
import { stripArticle } from '../read/clitics';
import { fold, foldUnit } from '../read/normalize';
import { isArabicLetter, tokenize, words } from '../read/tokens';
import { HASH_START, hasBit, hashOn, KeyIndex } from './key-index';

/** Names longer than this (in words) are not indexed: they are descriptions, not names. */
export const MAX_NAME_TOKENS = 8;

export interface Posting {
  entry: PackEntry;
  /** The indexed name form carried the article (الرقة vs رقة). */
  art: boolean;
}

const NO_POSTINGS: readonly Posting[] = Object.freeze([]);

export { HASH_START, hashOn, hashWordOn } from './key-index';

/**
 * Per-unit fold table for U+0000–U+06FF (everything pack names use): the folded unit,
 * DROP for units that vanish, and the token class (1 Arabic, 2 Latin/digit, 0 separator)
 * of the result. Names with other units (presentation forms) take the general path.
 */
const TABLE_SIZE = 0x700;
const DROP = -1;
const FOLDED = new Int32Array(TABLE_SIZE);
const CLASS = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const f = foldUnit(c, String.fromCharCode(c));
  if (f.length === 0) FOLDED[c] = DROP;
  else {
    const fc = f.length === 1 ? f.charCodeAt(0) : c;
    FOLDED[c] = fc;
    CLASS[c] = isArabicLetter(fc) ? 1 : tokenize(f).count > 0 ? 2 : 0;
  }
}
const buf = new Uint16Array(512);

/** Fast key builder over the fold table; undefined when the name needs the general path. */
function fastKey(name: string): { key: string; art: boolean; n: number } | undefined | null {
  let len = 0;
  let n = 0;
  let prev = 0; // class of the previous letter (0 = between tokens)
  let firstEnd = -1;
  if (name.length >= buf.length) return null;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= TABLE_SIZE) return null;
    const f = FOLDED[c] as number;
    if (f === DROP) continue;
    const k = CLASS[c] as number;
    if (k === 0) {
      prev = 0;
      continue;
    }
    if (k !== prev) {
      if (n > 0) {
        if (firstEnd < 0) firstEnd = len;
        buf[len++] = 0x20;
      }
      n++;
    }
    buf[len++] = f;
    prev = k;
  }
  if (n === 0 || n > MAX_NAME_TOKENS) return undefined;
  if (firstEnd < 0) firstEnd = len;
  // Strip the article of the first word when at least two letters remain.
  let start = 0;
  if (buf[0] === 0x0627 && buf[1] === 0x0644 && firstEnd - 2 >= 2) start = 2;
  const key = String.fromCharCode.apply(null, buf.subarray(start, len) as unknown as number[]);
  return { key, art: start === 2, n };
}

/** Key of a name: folded words, first word without its article. */
export function nameKey(name: string): { key: string; art: boolean; n: number } | undefined {
  const fast = fastKey(name);
  if (fast !== null) return fast;
  const w = words(fold(name));
  if (w.length === 0 || w.length > MAX_NAME_TOKENS) return undefined;
  const first = w[0] as string;
  const bare = stripArticle(first);
  w[0] = bare;
  return { key: w.join(' '), art: bare !== first, n: w.length };
}

/**
 * Makes equal admin paths of the entries one shared array (see `Lexicon.fromPack`).
 * Candidates are grouped by the nearest unit's name, so each path is hashed by one
 * short string and compared with the few paths that share it.
 */
function sharePaths(entries: PackEntry[]): void {
  const byParent = new Map<string, AdminLevel[][]>();
  for (const e of entries) {
    const path = e.path;
    if (!path || path.length === 0) continue;
    const parent = (path[0] as AdminLevel)[0];
    const known = byParent.get(parent);
    if (known === undefined) {
      byParent.set(parent, [path]);
      continue;
    }
    const shared = known.find((p) => samePath(p, path));
    if (shared) e.path = shared;
    else known.push(path);
  }
}

function samePath(a: AdminLevel[], b: AdminLevel[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AdminLevel;
    const y = b[i] as AdminLevel;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/**
 * The entries behind a lexicon's postings: the pack's own objects, or a compiled
 * lexicon's columns, which make an entry only when a match first reaches it.
 */
export interface EntrySource {
  readonly count: number;
  at(index: number): PackEntry;
  idOf(index: number): string;
  /** Indexes of the people that have weak aliases, ascending. */
  weakIndexes(): number[];
}

function arraySource(entries: PackEntry[]): EntrySource {
  return {
    count: entries.length,
    at: (i) => entries[i] as PackEntry,
    idOf: (i) => (entries[i] as PackEntry).id,
    weakIndexes: () => entries.flatMap((e, i) => (e.type === 'person' && e.weakAliases?.length ? [i] : [])),
  };
}

/** The lexicon's internal index, for serialising it at build time. */
export interface LexiconParts {
  entries: EntrySource;
  index: KeyIndex;
}

export class Lexicon {
  private readonly entries: EntrySource;
  /** Entry index by id, built on the first `entry()` call (matching never needs it). */
  private byId?: Map<string, number>;
  private readonly index: KeyIndex;
  /** Posting lists built so far, by key (see `postings`). */
  private readonly cache = new Map<string, readonly Posting[]>();
  /** People by the keys of their weak aliases (see `weakPeople`), built on first use. */
  private weak?: Map<string, PackEntry[]>;
  /** Hash bits of every first word and of every multi-word prefix (see `filters`). */
  private firstBits?: Uint32Array;
  private prefixBits?: Uint32Array;

  private constructor(entries: EntrySource, index: KeyIndex) {
    this.entries = entries;
    this.index = index;
  }

  /**
   * A lexicon from its parts as `parts()` gave them (see lexicon-compiled.ts): the
   * service worker restores a prebuilt index instead of folding 100k names at start.
   */
  static fromParts(parts: LexiconParts): Lexicon {
    return new Lexicon(parts.entries, parts.index);
  }

  parts(): LexiconParts {
    return { entries: this.entries, index: this.index };
  }

  /**
   * The lexicon over a parsed pack. The entries are referenced, not copied, and equal
   * admin paths among them are made one shared array: a parsed pack holds a separate
   * copy of "district, governorate, country" for each of 78,000 villages (19 MB of its
   * 44), where 2,500 distinct paths exist. Entries are read-only data from here on.
   */
  static fromPack(pack: Pack): Lexicon {
    return Lexicon.fromEntries(pack.entries);
  }

  static fromEntries(entries: PackEntry[]): Lexicon {
    sharePaths(entries);
    const keys = new Map<string, number | number[]>();
    const firstMax = new Map<string, number>();
    const add = (name: string, idx: number): void => {
      const k = nameKey(name);
      if (!k) return;
      const posting = idx * 2 + (k.art ? 1 : 0);
      const cur = keys.get(k.key);
      if (cur === undefined) keys.set(k.key, posting);
      else if (typeof cur === 'number') {
        if (cur !== posting) keys.set(k.key, [cur, posting]);
      } else if (!cur.includes(posting)) cur.push(posting);
      // A one-word name is its own first word: only longer names need the table.
      if (k.n < 2) return;
      const first = k.key.slice(0, k.key.indexOf(' '));
      if ((firstMax.get(first) ?? 0) < k.n) firstMax.set(first, k.n);
    };
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as PackEntry;
      add(e.ar, i);
      if (e.aliases) for (const a of e.aliases) add(a, i);
    }
    return new Lexicon(arraySource(entries), KeyIndex.build(keys, firstMax));
  }

  /** Number of distinct indexed keys. */
  get size(): number {
    return this.index.size;
  }

  get entryCount(): number {
    return this.entries.count;
  }

  entry(id: string): PackEntry | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.entries.count; i++) this.byId.set(this.entries.idOf(i), i);
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries.at(i);
  }

  /**
   * False when no indexed name starts with `word` (article stripped); true when one may.
   * A one-bit-per-hash filter over the first words (128 KB, no false negatives): most
   * readings of most words start no name, and a bit test is much cheaper than the
   * look-ups in a table of 60,000 keys that `maxWords` needs to say so.
   */
  mayStartName(word: string): boolean {
    if (!this.firstBits) this.buildFilters();
    return hasBit(this.firstBits as Uint32Array, hashOn(HASH_START, word, 0, word.length));
  }

  /**
   * False when no indexed key of two words or more begins with the words hashed into
   * `h` (see `hashWordOn`); true when one may. The matcher stops extending a name there
   * instead of building and looking up every longer key.
   */
  mayContinueName(h: number): boolean {
    if (!this.prefixBits) this.buildFilters();
    return hasBit(this.prefixBits as Uint32Array, h);
  }

  /** The two name filters (128 KB each), on first use: a compiled lexicon ships them, else they are hashed from the keys. */
  private buildFilters(): void {
    const { first, prefix } = this.index.filters();
    this.firstBits = first;
    this.prefixBits = prefix;
  }

  /** Longest indexed name (in words) whose first word is `first` (article stripped); 0 if none. */
  maxWords(first: string): number {
    return this.index.maxWords(first);
  }

  /**
   * Postings for an exact key (already folded and article-stripped), best rank first.
   * Built once per key and shared (callers must not modify them): the same names
   * recur in every article, and a fresh list per occurrence was a large share of the
   * engine's garbage.
   * Only keys that exist are cached, so the cache never outgrows the index.
   */
  postings(key: string): readonly Posting[] {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const k = this.index.keyIndex(key);
    if (k < 0) return NO_POSTINGS;
    const { post, postStart } = this.index.arrays;
    const out: Posting[] = [];
    const seen = new Set<number>();
    for (let i = postStart[k] as number; i < (postStart[k + 1] as number); i++) {
      const p = post[i] as number;
      const idx = p >> 1;
      // The same entry may be indexed with and without the article: keep the first.
      if (seen.has(idx)) continue;
      seen.add(idx);
      out.push({ entry: this.entries.at(idx), art: (p & 1) === 1 });
    }
    out.sort((a, b) => b.entry.rank - a.entry.rank);
    this.cache.set(key, out);
    return out;
  }

  has(key: string): boolean {
    return this.index.keyIndex(key) >= 0;
  }

  /**
   * People a short form names that is also an everyday word or given name ("الأسد",
   * "عون"): never matched on its own, but the entry of a person that a title or the
   * tagger found by that name. Best rank first.
   */
  weakPeople(key: string): readonly PackEntry[] {
    if (!this.weak) {
      this.weak = new Map();
      for (const i of this.entries.weakIndexes()) {
        const e = this.entries.at(i);
        for (const a of e.weakAliases ?? []) {
          const k = nameKey(a);
          if (!k) continue;
          const list = this.weak.get(k.key);
          if (list) list.push(e);
          else this.weak.set(k.key, [e]);
        }
      }
      for (const list of this.weak.values()) list.sort((a, b) => b.rank - a.rank);
    }
    return this.weak.get(key) ?? [];
  }

  /** Entries for a name as a user would type it (any spelling, with or without ال), best first. */
  lookup(name: string): PackEntry[] {
    const k = nameKey(name);
    if (!k) return [];
    return this.postings(k.key).map((p) => p.entry);
  }
}
