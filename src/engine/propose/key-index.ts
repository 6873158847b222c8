/**
 * The lexicon's keys in flat typed arrays: the characters of every key one after the
 * other, an open-addressing hash table over them, each key's postings and longest name.
 * Nothing here is an object per key, so a compiled lexicon restores it by taking views
 * of its file: a Map of 70,000 keys costs a cold worker ~50 ms to fill, these cost none.
 * Lookups hash the key (FNV-1a, as the matcher's filters do) and compare its units.
 */

/** FNV-1a state to start a hash with. */
export const HASH_START = 0x811c9dc5;

/** FNV-1a state `h` carried on over s[from, end) (UTF-16 units). */
export function hashOn(h: number, s: string, from: number, end: number): number {
  for (let i = from; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a state `h` carried on over a space and `word`: the key one word longer. */
export function hashWordOn(h: number, word: string): number {
  return hashOn(Math.imul(h ^ 0x20, 0x01000193), word, 0, word.length);
}

export interface KeyArrays {
  /**
   * UTF-16 units of the keys: first every indexed key, then the first words of longer
   * names that are no key themselves (they only answer `maxWords`).
   */
  chars: Uint16Array;
  /** Key i is chars[start[i], start[i + 1]). */
  start: Uint32Array;
  /** Hash table, a power of two at most half full: key index, -1 for an empty slot. */
  slots: Int32Array;
  /** Per key: the longest name, in words, that starts with it. */
  maxWords: Uint8Array;
  /** Postings (`entryIndex * 2 + hasArticle`) of indexed key i: post[postStart[i], postStart[i + 1]). */
  postStart: Uint32Array;
  post: Uint32Array;
  /** The name filters (see `filters`) when they came with the arrays. */
  filters?: NameFilters;
}

/** One-bit-per-hash filters over the indexed keys (FILTER_BITS bits each). */
export interface NameFilters {
  /** Every first word. */
  first: Uint32Array;
  /** Every prefix of two words or more, hashed as the matcher extends a name (see `hashWordOn`). */
  prefix: Uint32Array;
}

/** Size of each name filter in bits (a power of two): 2^20 bits for ~40,000 first words. */
export const FILTER_BITS = 1 << 20;

export function setBit(bits: Uint32Array, h: number): void {
  const b = (h >>> 0) & (FILTER_BITS - 1);
  bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
}

export function hasBit(bits: Uint32Array, h: number): boolean {
  const b = (h >>> 0) & (FILTER_BITS - 1);
  return ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
}

export class KeyIndex {
  /** Number of indexed keys (the first words after them are not counted). */
  readonly size: number;
  private readonly mask: number;

  constructor(readonly arrays: KeyArrays) {
    this.size = arrays.postStart.length - 1;
    this.mask = arrays.slots.length - 1;
  }

  /**
   * The index of indexed keys (`keys`, in their order, with their postings) and of the
   * first words of longer names (`firstMax`: word → longest name in words; a one-word
   * name is its own key and answers 1).
   */
  static build(keys: Map<string, number | number[]>, firstMax: Map<string, number>): KeyIndex {
    const all = [...keys.keys()];
    for (const word of firstMax.keys()) if (!keys.has(word)) all.push(word);
    let units = 0;
    for (const key of all) units += key.length;
    const chars = new Uint16Array(units);
    const start = new Uint32Array(all.length + 1);
    const maxWords = new Uint8Array(all.length);
    const postStart = new Uint32Array(keys.size + 1);
    let postCount = 0;
    for (const v of keys.values()) postCount += typeof v === 'number' ? 1 : v.length;
    const post = new Uint32Array(postCount);
    let slotCount = 16;
    while (slotCount < 2 * all.length) slotCount *= 2;
    const slots = new Int32Array(slotCount).fill(-1);
    let at = 0;
    let p = 0;
    for (let k = 0; k < all.length; k++) {
      const key = all[k] as string;
      for (let j = 0; j < key.length; j++) chars[at + j] = key.charCodeAt(j);
      at += key.length;
      start[k + 1] = at;
      maxWords[k] = firstMax.get(key) ?? 1;
      let s = hashOn(HASH_START, key, 0, key.length) & (slotCount - 1);
      while ((slots[s] as number) >= 0) s = (s + 1) & (slotCount - 1);
      slots[s] = k;
      if (k >= keys.size) continue;
      const v = keys.get(key) as number | number[];
      for (const posting of typeof v === 'number' ? [v] : v) post[p++] = posting;
      postStart[k + 1] = p;
    }
    return new KeyIndex({ chars, start, slots, maxWords, postStart, post });
  }

  /** Index of `key` (indexed key or first word), -1 when it is neither. */
  find(key: string): number {
    const { chars, start, slots } = this.arrays;
    const n = key.length;
    let s = hashOn(HASH_START, key, 0, n) & this.mask;
    // Bounded by the table size, so even a table without an empty slot ends.
    for (let probes = 0; probes <= this.mask; probes++) {
      const k = slots[s] as number;
      if (k < 0) return -1;
      const a = start[k] as number;
      if ((start[k + 1] as number) - a === n) {
        let j = 0;
        while (j < n && chars[a + j] === key.charCodeAt(j)) j++;
        if (j === n) return k;
      }
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** Index of an indexed key, -1 when `key` is none. */
  keyIndex(key: string): number {
    const k = this.find(key);
    return k < this.size ? k : -1;
  }

  maxWords(first: string): number {
    const k = this.find(first);
    return k < 0 ? 0 : (this.arrays.maxWords[k] as number);
  }

  /** The name filters: as they came with the arrays, else hashed from the keys (~20 ms cold). */
  filters(): NameFilters {
    if (this.arrays.filters) return this.arrays.filters;
    const first = new Uint32Array(FILTER_BITS >>> 5);
    const prefix = new Uint32Array(FILTER_BITS >>> 5);
    const { chars, start } = this.arrays;
    for (let k = 0; k < this.size; k++) {
      // One pass per key: the hash at each space is the hash of the words before it.
      let h = HASH_START;
      let words = 1;
      for (let i = start[k] as number; i < (start[k + 1] as number); i++) {
        const c = chars[i] as number;
        if (c === 0x20) {
          setBit(words === 1 ? first : prefix, h);
          words++;
        }
        h = Math.imul(h ^ c, 0x01000193);
      }
      setBit(words === 1 ? first : prefix, h);
    }
    this.arrays.filters = { first, prefix };
    return this.arrays.filters;
  }
}
