/**
 * Search keys make the glossary searchable the way readers type: without diacritics,
 * with any hamza form, ة or ه, with or without proclitics and the article.
 */
import { normalize } from '../engine/read/normalize';

const ARTICLE_AND_PROCLITICS = /^(?:[وف]?(?:[بكل]?ال|لل)|[وف]?[بكل]|[وف])(?=..)/;

/** The folded form of one Arabic word or phrase, as the search box also folds it. */
export function foldArabic(text: string): string {
  return normalize(text).text.trim().replace(/\s+/g, ' ');
}

/** A word without its article: "الرقة" → "رقه"; words of two letters are left as they are. */
export function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

/** Keys for Dexie's multi-entry index: whole names, each word, and each word without ال. */
export function searchKeysFor(arabicNames: string[], english: string[]): string[] {
  const keys = new Set<string>();
  for (const name of arabicNames) {
    const folded = foldArabic(name);
    if (!folded) continue;
    keys.add(folded);
    for (const word of folded.split(' ')) {
      keys.add(word);
      keys.add(stripArticle(word));
    }
  }
  for (const name of english) {
    const lower = name.toLowerCase().trim();
    if (!lower) continue;
    keys.add(lower);
    for (const word of lower.split(/[\s\-–'’]+/)) if (word) keys.add(word);
  }
  return [...keys];
}

/** What a query is looked up as: folded, and for one Arabic word, also without its clitics. */
export function queryForms(query: string): string[] {
  const folded = foldArabic(query).toLowerCase();
  if (!folded) return [];
  const forms = new Set([folded]);
  if (!folded.includes(' ')) {
    const bare = folded.replace(ARTICLE_AND_PROCLITICS, '');
    forms.add(bare);
    forms.add(stripArticle(bare));
  }
  return [...forms];
}
