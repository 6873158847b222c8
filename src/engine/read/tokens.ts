/**
 * Word tokens over normalised text. A token is a run of Arabic-script letters or a run
 * of Latin letters/digits; everything else separates tokens. Multi-word names may only
 * span tokens separated by plain spaces (not by commas, quotes or line breaks), which
 * keeps list items ("كنصفرة، وبليون") apart.
 */

export interface Tokens {
  /** Start/end (exclusive) of each token in the normalised text. */
  start: Int32Array;
  end: Int32Array;
  /** joined[i]: token i and token i+1 are separated only by spaces/tabs. */
  joined: Uint8Array;
  count: number;
}

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff)
  );
}

function isLatinWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** 0 = separator, 1 = Arabic letter, 2 = Latin letter or digit. */
function cls(c: number): number {
  if (isArabicLetter(c)) return 1;
  if (isLatinWord(c)) return 2;
  return 0;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    const k = cls(text.charCodeAt(i));
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && cls(text.charCodeAt(j)) === k) j++;
    if (count === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
    }
    start[count] = i;
    end[count] = j;
    count++;
    i = j;
  }
  const joined = new Uint8Array(count);
  for (let t = 0; t + 1 < count; t++) {
    let ok = 1;
    const a = end[t] as number;
    const b = start[t + 1] as number;
    if (b - a > 3) ok = 0;
    for (let p = a; ok && p < b; p++) {
      const c = text.charCodeAt(p);
      if (c !== 0x20 && c !== 0x09) ok = 0;
    }
    joined[t] = ok;
  }
  return { start: start.subarray(0, count), end: end.subarray(0, count), joined, count };
}

/** Token strings of a normalised phrase (used to build dictionary keys). */
export function words(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(text.slice(t.start[i], t.end[i]));
  return out;
}
