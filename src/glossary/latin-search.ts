/**
 * Latin names as readers type them: the same name is written "Kafr Nabl", "Kafr-Nabl",
 * "Kafrnabl" or "Kafranbel", "Çavuşoğlu" or "Cavusoglu", "Ma'arrat" or "Maarat". Names
 * are compared compact (lower case, no diacritics, spaces, hyphens or apostrophes), and
 * a query may be a few letters off, in proportion to its length.
 */

/** Letters NFKD does not take apart. */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** "Ma'arrat an-Nu‘mān" → "maarratannuman": lower case, letters and digits only. */
export function compactLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœþ]/g, (letter) => LETTERS[letter])
    .replace(/[^a-z0-9]/g, '');
}

/** Whether a compact form is a Latin name worth comparing (Arabic text has none). */
export const isLatin = (compact: string): boolean => /[a-z]/.test(compact);

/** Shortest query that may have a typo; below it, "SDF" or "HTS" must be exact. */
export const MIN_FUZZY_LENGTH = 4;

/** Letters a query of this length may be off by: one from 4 letters, two from 8, three from 12. */
export function typoBudget(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return Math.min(3, Math.floor(length / 4));
}

/** Which letters a compact name has, one bit each (digits share one): a cheap first test. */
export function letterMask(compact: string): number {
  let mask = 0;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26;
  }
  return mask;
}

/**
 * Whether two names' letter masks allow them to be `limit` edits apart: an edit adds or
 * removes at most one letter on each side, so at most two bits differ per edit.
 */
export function masksWithin(a: number, b: number, limit: number): boolean {
  let bits = a ^ b;
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  const count = (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  return count <= 2 * limit;
}

/** Letter counts of the query, reused: the bag of letters bounds the distance from below. */
const counts = new Int32Array(128);

/**
 * A lower bound of the edit distance, cheap: letters one string has more of than the
 * other. Each edit changes the count of at most one letter on each side. Only the letters
 * of the two strings are visited, and their counts left at zero.
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 127]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 127]--;
  let more = 0;
  let less = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    if (counts[c] > 0) more += counts[c];
    if (counts[c] >= 0) counts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    if (counts[c] < 0) less -= counts[c];
    counts[c] = 0;
  }
  return Math.max(more, less);
}

/** Three rows of the distance table, grown as needed: the scan allocates nothing per key. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Letters a query (compact) may be off by: none for Arabic, and none with a number in it
 * ("Village 2" is not Village 5).
 */
export function queryBudget(compact: string): number {
  return isLatin(compact) && !/\d/.test(compact) ? typoBudget(compact.length) : 0;
}

/**
 * The edit distance between `a` and `b` (insertions, deletions, substitutions, and
 * swaps of two neighbouring letters, each counting one), or -1 when it exceeds `limit`.
 * Only a band of `2 × limit + 1` cells per row is computed, and the scan stops as soon as
 * a whole row is over the limit.
 */
export function distanceWithin(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return -1;
  if (a === b) return 0;
  if (bagDistance(a, b) > limit) return -1;
  const over = limit + 1;
  if (rows[0].length < m + 1) rows = rows.map(() => new Int32Array(m + 1));
  // The row before the previous one is needed for swaps.
  let [before, previous, current] = rows;
  before.fill(over, 0, m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    current.fill(over, 0, m + 1);
    if (i <= limit) current[0] = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    let best = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        value = Math.min(value, before[j - 2] + 1);
      current[j] = Math.min(value, over);
      if (value < best) best = value;
    }
    if (best > limit) return -1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m] <= limit ? previous[m] : -1;
}
