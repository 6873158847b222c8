/**
 * Feature extraction, shared by training (tools/train) and inference.
 *
 * Every feature depends on one word alone, so that a document's emission scores cost
 * one small vector per distinct word and offset (see tagger.ts): the word's own
 * features ("local": the word, its clitic readings and their affixes, shape, gazetteer
 * flags) score the token itself; its "near" features (the word, its bare core, shape,
 * two-letter ends, flags) score the tokens up to `window` positions away, each offset
 * with its own weights. Features are hashed (FNV-1a) into a table of 2^bits rows.
 */
import { type Reading, readings } from '../read/clitics';
import { FLAG_BITS } from './gazetteer';

export interface FeatureConfig {
  /** Hash table size: 2^bits rows. */
  bits: number;
  /** Neighbours seen on each side (1 or 2). */
  window: number;
  /** Use gazetteer flags. */
  gazetteer: boolean;
  /** Add the word pairs (previous, this) and (this, next) of each token. */
  bigrams: boolean;
  /** Add each word's neighbours elsewhere in the document (see `docRows`). */
  docContext: boolean;
}

/** Words of people's names the model carries (folded): first names, and the other words. */
export interface NameWords {
  given: readonly string[];
  family: readonly string[];
}

const FNV = 0x811c9dc5;

function hashStr(h: number, s: string, from: number, end: number): number {
  for (let i = from; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Final avalanche, so low bits of similar strings differ (murmur3 finaliser). */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seed of a feature template: the template's name hashed. */
const tpl = (name: string): number => hashStr(FNV, `${name}\u0001`, 0, name.length + 1);

const T = {
  bias: tpl('bias'),
  word: tpl('w'),
  shape: tpl('shape'),
  len: tpl('len'),
  pre: tpl('p'),
  suf: tpl('s'),
  reading: tpl('r'),
  core: tpl('c'),
  corePre: tpl('cp'),
  coreSuf: tpl('cs'),
  clitic: tpl('cl'),
  stem: tpl('x'),
  flag: tpl('g'),
  nWord: tpl('nw'),
  nCore: tpl('nc'),
  nShape: tpl('ns'),
  nPre: tpl('np'),
  nSuf: tpl('nx'),
  nFlag: tpl('ng'),
  given: tpl('pg'),
  family: tpl('pf'),
  nGiven: tpl('npg'),
  nFamily: tpl('npf'),
  pairLeft: tpl('bl'),
  pairRight: tpl('br'),
  pairWord: tpl('bw'),
  docPrev: tpl('dp'),
  docNext: tpl('dn'),
  pad: tpl('pad'),
  breakBefore: tpl('bb'),
  breakAfter: tpl('ba'),
};

/** Distinct neighbours per side a word's document features keep. */
const DOC_CONTEXT = 8;

/** Pronoun suffixes whose stem is worth a feature (ه and ي are too often the word's own). */
const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا'];

/** Shape of a token: A(rabic), L(atin), D(igits) or LD, and a length band. */
export function shapeOf(w: string): string {
  let arabic = false;
  let latin = false;
  let digit = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c < 0x600 || c > 0x6ff) latin = true;
    else arabic = true;
  }
  return arabic ? 'A' : latin && digit ? 'LD' : latin ? 'L' : 'D';
}

/** The most stripped reading's core (the shortest; the word itself when nothing strips). */
export function deepCore(w: string): { core: string; sig: string } {
  let best: Reading | undefined;
  for (const r of readings(w)) if (!best || r.core.length < best.core.length) best = r;
  return best ? { core: best.core, sig: `${best.pre}${best.art ? 'a' : ''}` } : { core: w, sig: '-' };
}

export class FeatureHasher {
  readonly mask: number;
  private readonly given: ReadonlySet<string>;
  private readonly family: ReadonlySet<string>;
  constructor(
    readonly config: FeatureConfig,
    names: NameWords = { given: [], family: [] },
  ) {
    this.mask = (1 << config.bits) - 1;
    this.given = new Set(names.given);
    this.family = new Set(names.family);
  }

  /** 1: a first name, 2: another word of a person's name (the word or its bare core). */
  private nameFlags(w: string, core: string): number {
    return (
      (this.given.has(w) || this.given.has(core) ? 1 : 0) |
      (this.family.has(w) || this.family.has(core) ? 2 : 0)
    );
  }

  private idx(h: number): number {
    return finish(h) & this.mask;
  }

  /** Row of a feature: template seed, then a string slice. */
  private row(seed: number, s: string, from = 0, end = s.length): number {
    return this.idx(hashStr(seed, s, from, end));
  }

  /** Rows of the word's own features (scores of the token itself). */
  local(w: string, flags: number, out: number[]): void {
    out.push(this.idx(T.bias));
    out.push(this.row(T.word, w));
    const shape = shapeOf(w);
    out.push(this.row(T.shape, shape));
    out.push(this.row(T.len, String(Math.min(w.length, 9))));
    if (shape !== 'A') return;
    for (let n = 1; n <= 3 && n < w.length; n++) {
      out.push(this.row(T.pre + n, w, 0, n));
      out.push(this.row(T.suf + n, w, w.length - n));
    }
    const rs = readings(w);
    for (let k = 1; k < rs.length; k++) out.push(this.row(T.reading, (rs[k] as { core: string }).core));
    const { core, sig } = deepCore(w);
    out.push(this.row(T.clitic, sig));
    if (core !== w) {
      out.push(this.row(T.core, core));
      for (let n = 2; n <= 3 && n < core.length; n++) {
        out.push(this.row(T.corePre + n, core, 0, n));
        out.push(this.row(T.coreSuf + n, core, core.length - n));
      }
    }
    const nf = this.nameFlags(w, core);
    if (nf & 1) out.push(this.idx(T.given));
    if (nf & 2) out.push(this.idx(T.family));
    for (const sfx of SUFFIXES) {
      if (w.length - sfx.length >= 3 && w.endsWith(sfx)) {
        out.push(this.row(T.stem, w, 0, w.length - sfx.length));
        break;
      }
    }
    if (this.config.gazetteer) this.flagRows(T.flag, flags, out);
  }

  private flagRows(seed: number, flags: number, out: number[]): void {
    for (let b = 0; b < FLAG_BITS; b++)
      if (flags & (1 << b)) out.push(this.idx(Math.imul(seed ^ (b + 1), 0x01000193)));
    if (flags === 0) out.push(this.idx(Math.imul(seed ^ 0xff, 0x01000193)));
  }

  /** Hashes (not yet rows) of the word's features as a neighbour; `nearRow` places them per offset. */
  near(w: string, flags: number, out: number[]): void {
    out.push(hashStr(T.nWord, w, 0, w.length));
    const shape = shapeOf(w);
    out.push(hashStr(T.nShape, shape, 0, shape.length));
    if (shape !== 'A') return;
    const { core } = deepCore(w);
    if (core !== w) out.push(hashStr(T.nCore, core, 0, core.length));
    const nf = this.nameFlags(w, core);
    if (nf & 1) out.push(T.nGiven);
    if (nf & 2) out.push(T.nFamily);
    if (w.length > 2) {
      out.push(hashStr(T.nPre, w, 0, 2));
      out.push(hashStr(T.nSuf, w, w.length - 2, w.length));
    }
    if (this.config.gazetteer && flags !== 0)
      for (let b = 0; b < FLAG_BITS; b++)
        if (flags & (1 << b)) out.push(Math.imul(T.nFlag ^ (b + 1), 0x01000193));
  }

  /** Row of a near-feature hash seen at offset d (d ≠ 0) from the token it scores. */
  nearRow(h: number, d: number): number {
    return this.idx(Math.imul(h ^ (d + 16), 0x01000193));
  }

  /**
   * Document features of each distinct word: the bare words met right before and right
   * after its occurrences anywhere in the document (up to DOC_CONTEXT each, in text
   * order), so "نجاد" alone inherits the "الرئيس" met before another of its occurrences.
   * Rows per type id; they score the token itself like its local features.
   */
  docRows(n: number, ids: Int32Array, keys: ArrayLike<number>, joined: Uint8Array): number[][] {
    const out: number[][] = Array.from({ length: keys.length }, () => []);
    if (!this.config.docContext) return out;
    const prevCount = new Uint8Array(keys.length);
    const nextCount = new Uint8Array(keys.length);
    const add = (t: number, row: number, counts: Uint8Array): void => {
      const list = out[t] as number[];
      if ((counts[t] as number) >= DOC_CONTEXT || list.includes(row)) return;
      list.push(row);
      counts[t] = (counts[t] as number) + 1;
    };
    for (let i = 0; i + 1 < n; i++) {
      if (!joined[i]) continue;
      const a = ids[i] as number;
      const b = ids[i + 1] as number;
      add(b, this.idx(Math.imul(T.docPrev ^ (keys[a] as number), 0x01000193)), prevCount);
      add(a, this.idx(Math.imul(T.docNext ^ (keys[b] as number), 0x01000193)), nextCount);
    }
    return out;
  }

  /** A word's key for the document features (see `docRows`): its bare core hashed. */
  docKey(w: string): number {
    const c = deepCore(w).core;
    return hashStr(FNV, c, 0, c.length);
  }

  /** A word's key for the pair features (see `pairRow`). */
  pairKey(w: string): number {
    return hashStr(T.pairWord, w, 0, w.length);
  }

  /** Row of the pair (previous word, this word) when `left`, else (this word, next word). */
  pairRow(a: number, b: number, left: boolean): number {
    return this.idx(Math.imul(Math.imul(a ^ (left ? T.pairLeft : T.pairRight), 0x01000193) ^ b, 0x01000193));
  }

  /** Near-hash standing for "no word here" (before the first or after the last token). */
  readonly padHash = T.pad;

  /** Rows of "punctuation or a line break before / after this token". */
  breakRows(): { before: number; after: number } {
    return { before: this.idx(T.breakBefore), after: this.idx(T.breakAfter) };
  }

  /**
   * Rows of token i that depend on its neighbours, not on one word: the breaks around
   * it and the word pairs; `keys` gives the tokens' pair keys. (The tagger inlines the
   * same, see Tagger.emissions; a test holds the two equal.)
   */
  tokenRows(i: number, n: number, joined: Uint8Array, keys: (j: number) => number, out: number[]): void {
    const { before, after } = this.breakRows();
    const cut = i === 0 || !joined[i - 1];
    const end = i === n - 1 || !joined[i];
    if (cut) out.push(before);
    if (end) out.push(after);
    if (!this.config.bigrams) return;
    const k = keys(i);
    out.push(this.pairRow(cut ? T.pad : keys(i - 1), k, true));
    out.push(this.pairRow(k, end ? T.pad : keys(i + 1), false));
  }
}
