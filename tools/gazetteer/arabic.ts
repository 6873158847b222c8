/**
 * Arabic string helpers for the gazetteer build: display cleaning, the matching
 * normalisation used for de-duplication and coverage, and script checks.
 */

import { ARABIC_LETTER, NON_ARABIC_LETTERS } from '../../src/engine/knowledge/letters.js';
import { compactKey, normalizeName } from '../../src/engine/knowledge/names.js';
import { stripArticle } from '../../src/engine/read/clitics.js';

/** Harakat, Quranic marks, dagger alef (U+0670). Shadda (U+0651) is handled apart. */
const HARAKAT_NO_SHADDA = /[\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Zero-width and direction marks (ZWNJ included: it is removed after the Persian check). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/**
 * Persian-keyboard code points in Arabic names (ک keheh, ی Farsi yeh, ە Kurdish ae)
 * → the Arabic letters they stand for. Only for records of Arab states, where
 * "المقیتی" or "السماوە" are Arabic names typed on a Persian layout.
 */
export function fixKeyboardVariants(s: string): string {
  return s
    .replace(/\u06A9/g, '\u0643')
    .replace(/\u06CC/g, '\u064A')
    .replace(/\u06D5/g, '\u0647');
}

/** True if the string contains at least one Arabic letter. */
export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

/** True if the string contains Latin letters. */
export function hasLatin(s: string): boolean {
  return LATIN_LETTER.test(s);
}

/** True if the string has letters that only Persian/Urdu/Kurdish/… use (or ZWNJ). */
export function hasNonArabicLetters(s: string): boolean {
  return NON_ARABIC_LETTERS.test(s);
}

/**
 * Display form of an Arabic name: NFKC (presentation forms → letters), invisible
 * marks, tatweel and harakat removed (shadda kept: عمّان), alef wasla → alef,
 * spaces collapsed, stray quotes/brackets at the ends trimmed.
 */
export function cleanArabic(s: string): string {
  return s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(TATWEEL, '')
    .replace(HARAKAT_NO_SHADDA, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'«»()\-.،,]+|[\s"'«»()\-.،,]+$/g, '')
    .trim();
}

/**
 * A usable Arabic surface form: Arabic letters only (spaces, hyphen allowed), no
 * Latin, no digits, no Persian-only letters, at least two letters.
 */
export function isUsableArabicName(raw: string): boolean {
  if (hasNonArabicLetters(raw) || hasLatin(raw) || DIGIT.test(raw)) return false;
  const s = cleanArabic(raw);
  if (/[^\u0621-\u063A\u0641-\u064A\u0651\u06A4\u06A8 \-']/.test(s)) return false;
  return letterCount(s) >= 2;
}

/** Number of Arabic letters in a string. */
export function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ARABIC_LETTER.test(ch)) n++;
  return n;
}

/** Matching normalisation: the engine's (knowledge/names.ts) after display cleaning. */
export function normalizeArabic(s: string): string {
  return normalizeName(cleanArabic(s));
}

export { stripArticle };

/** Key used to say "same name": normalised, without the article, without spaces. */
export function nameKey(s: string): string {
  return compactKey(cleanArabic(s));
}

/** Similarity in [0, 1] of two Arabic names (Levenshtein on their name keys). */
export function arabicSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return 1 - (prev[y.length] as number) / Math.max(x.length, y.length);
}
