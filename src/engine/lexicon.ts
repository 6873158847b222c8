/**
 * The compiled matcher over every name and alias of the pack.
 *
 * Keys are folded names (see normalize.ts), tokens joined by one space, with the
 * article stripped from the first word, so "الرقة" and "رقة" meet on one key. Each key
 * holds packed postings `entryIndex * 2 + hasArticle`. A second small map gives, per
 * first word, the longest name (in tokens) that starts with it, so the matcher tries
 * only the lengths that can succeed. Entries are referenced, not copied.
 */
import type { Pack, PackEntry } from '../common/pack';
import { stripArticle } from './clitics';
import { fold, foldUnit } from './normalize';
import { isArabicLetter, tokenize, words } from './tokens';

/** Names longer than this (in words) are not indexed: they are descriptions, not names. */
export const MAX_NAME_TOKENS = 8;

export interface Posting {
  entry: PackEntry;
  /** The indexed name form carried the article (الرقة vs رقة). */
  art: boolean;
}

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

/** The lexicon's internal index, for serialising it at build time. */
export interface LexiconParts {
  entries: PackEntry[];
  /** Key → postings (`entryIndex * 2 + hasArticle`), one number or several. */
  keys: Map<string, number | number[]>;
  /** First word → the longest name, in words, that starts with it. */
  firstMax: Map<string, number>;
}

export class Lexicon {
  private readonly entries: PackEntry[];
  private readonly byId: Map<string, number>;
  private readonly keys: Map<string, number | number[]>;
  private readonly firstMax: Map<string, number>;

  private constructor(
    entries: PackEntry[],
    keys = new Map<string, number | number[]>(),
    firstMax = new Map<string, number>(),
  ) {
    this.entries = entries;
    this.byId = new Map();
    this.keys = keys;
    this.firstMax = firstMax;
  }

  /**
   * A lexicon from its parts as `parts()` gave them (see lexicon-compiled.ts): the
   * service worker restores a prebuilt index instead of folding 100k names at start.
   */
  static fromParts(parts: LexiconParts): Lexicon {
    const lx = new Lexicon(parts.entries, parts.keys, parts.firstMax);
    for (let i = 0; i < parts.entries.length; i++) lx.byId.set((parts.entries[i] as PackEntry).id, i);
    return lx;
  }

  parts(): LexiconParts {
    return { entries: this.entries, keys: this.keys, firstMax: this.firstMax };
  }

  static fromPack(pack: Pack): Lexicon {
    return Lexicon.fromEntries(pack.entries);
  }

  static fromEntries(entries: PackEntry[]): Lexicon {
    const lx = new Lexicon(entries);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as PackEntry;
      lx.byId.set(e.id, i);
      lx.add(e.ar, i);
      if (e.aliases) for (const a of e.aliases) lx.add(a, i);
    }
    return lx;
  }

  private add(name: string, idx: number): void {
    const k = nameKey(name);
    if (!k) return;
    const posting = idx * 2 + (k.art ? 1 : 0);
    const cur = this.keys.get(k.key);
    if (cur === undefined) this.keys.set(k.key, posting);
    else if (typeof cur === 'number') {
      if (cur !== posting) this.keys.set(k.key, [cur, posting]);
    } else if (!cur.includes(posting)) cur.push(posting);
    const sp = k.key.indexOf(' ');
    const first = sp < 0 ? k.key : k.key.slice(0, sp);
    if ((this.firstMax.get(first) ?? 0) < k.n) this.firstMax.set(first, k.n);
  }

  /** Number of distinct indexed keys. */
  get size(): number {
    return this.keys.size;
  }

  get entryCount(): number {
    return this.entries.length;
  }

  entry(id: string): PackEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  /** Longest indexed name (in words) whose first word is `first` (article stripped); 0 if none. */
  maxWords(first: string): number {
    return this.firstMax.get(first) ?? 0;
  }

  /** Postings for an exact key (already folded and article-stripped), best rank first. */
  postings(key: string): Posting[] {
    const v = this.keys.get(key);
    if (v === undefined) return [];
    const list = typeof v === 'number' ? [v] : v;
    const out: Posting[] = [];
    const seen = new Set<number>();
    for (const p of list) {
      const idx = p >> 1;
      // The same entry may be indexed with and without the article: keep the first.
      if (seen.has(idx)) continue;
      seen.add(idx);
      out.push({ entry: this.entries[idx] as PackEntry, art: (p & 1) === 1 });
    }
    out.sort((a, b) => b.entry.rank - a.entry.rank);
    return out;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Entries for a name as a user would type it (any spelling, with or without ال), best first. */
  lookup(name: string): PackEntry[] {
    const k = nameKey(name);
    if (!k) return [];
    return this.postings(k.key).map((p) => p.entry);
  }
}
