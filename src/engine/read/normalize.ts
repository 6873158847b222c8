/**
 * Arabic normalisation for matching, with an offset map back to the original text.
 *
 * Matching happens on a folded form (no diacritics, one alef, ه for ة, ي for ى …)
 * but every span the engine reports must be in offsets of the ORIGINAL string, so
 * each produced UTF-16 unit remembers the index of the source unit it came from.
 * Folding is per source unit (never across units), which keeps the map monotone.
 */

import { LETTER_FOLDS as FOLD } from '../knowledge/letters';

export interface Normalized {
  /** The folded text used for matching. */
  text: string;
  /** For each unit of `text`, the index of its source unit in the original string. */
  map: Int32Array;
}

/** Units dropped entirely: harakat, Quranic marks, tatweel, zero-width and bidi controls. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, small hamza …
    c === 0x0670 || // superscript (dagger) alef
    (c >= 0x0610 && c <= 0x061a) || // honorific signs, small marks
    (c >= 0x06d6 && c <= 0x06dc) || // Quranic annotation marks
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff) || // extended Arabic marks
    c === 0x0640 || // tatweel
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x061c || // Arabic letter mark
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x00ad // soft hyphen
  );
}

/**
 * Fold one source unit into zero or more output units (as a string).
 * Presentation forms go through NFKC, and the result is folded again letter by letter,
 * so "ﻹ" becomes "لا" with both letters pointing at the one source unit.
 */
export function foldUnit(c: number, ch: string): string {
  if (isDropped(c)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  const f = FOLD[c];
  if (f !== undefined) return f;
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32); // ASCII lower case
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    const k = ch.normalize('NFKC');
    if (k === ch) return ch;
    let out = '';
    for (let i = 0; i < k.length; i++) out += foldUnit(k.charCodeAt(i), k[i] as string);
    return out;
  }
  return ch;
}

/** Fast check: does this unit need any work? Most Arabic letters and ASCII do not. */
function isPlain(c: number): boolean {
  if (c < 0x80) return !(c >= 0x41 && c <= 0x5a);
  return c >= 0x0627 && c <= 0x064a && c !== 0x0629 && c !== 0x0640 && c !== 0x0649;
}

export function normalize(text: string): Normalized {
  const n = text.length;
  const map = new Int32Array(n * 2 + 4);
  const parts: string[] = [];
  let out = 0;
  let runStart = 0; // start of the current run of plain units, copied as one slice
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPlain(c)) {
      map[out++] = i;
      continue;
    }
    if (runStart < i) parts.push(text.slice(runStart, i));
    runStart = i + 1;
    const f = foldUnit(c, text[i] as string);
    for (let k = 0; k < f.length; k++) map[out++] = i;
    if (f) parts.push(f);
  }
  if (runStart < n) parts.push(text.slice(runStart));
  return { text: parts.join(''), map: map.slice(0, out) };
}

/** Folded form only (no map): for dictionary keys, where speed matters more. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += isPlain(c) ? (text[i] as string) : foldUnit(c, text[i] as string);
  }
  return out;
}

/**
 * Map a span [s, e) of the normalised text back to the original string. The end
 * covers the whole source unit of the last normalised unit (a surrogate pair or a
 * ligature that produced several letters).
 */
export function toOriginal(norm: Normalized, original: string, s: number, e: number): [number, number] {
  const start = norm.map[s] as number;
  const last = norm.map[e - 1] as number;
  let end = last + 1;
  const c = original.charCodeAt(last);
  if (c >= 0xd800 && c <= 0xdbff && end < original.length) end++;
  return [start, end];
}
