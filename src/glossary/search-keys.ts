/**
 * Search keys make the glossary searchable the way readers type: without diacritics,
 * with any hamza form, ة or ه, with or without proclitics and the article.
 */
import { normalize } from '../engine/read/normalize';
import { compactLatin, isLatin } from './latin-search';

const ARTICLE_AND_PROCLITICS = /^(?:[وف]?(?:[بكل]?ال|لل)|[وف]?[بكل]|[وف])(?=..)/;

/** The folded form of one Arabic word or phrase, as the search box also folds it. */
export function foldArabic(text: string): string {
  return normalize(text).text.trim().replace(/\s+/g, ' ');
}

/** A word without its article: "الرقة" → "رقه"; words of two letters are left as they are. */
export function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

const LATIN_SEPARATORS = /[\s\-–'’‘ʿʾ]+/;

/** A Latin name's compact forms (latin-search.ts): the whole name and each word. */
export function latinCompacts(name: string): string[] {
  const forms = new Set<string>();
  for (const part of [name, ...name.split(LATIN_SEPARATORS)]) {
    const compact = compactLatin(part);
    if (isLatin(compact)) forms.add(compact);
  }
  return [...forms];
}

/**
 * Keys for Dexie's multi-entry index: whole names, each word, each word without ال, and a
 * compound without its spaces (كفر نبل is also written كفرنبل); English names and
 * acronyms lower-cased, whole and word by word, and compact (latin-search.ts).
 */
export function searchKeysFor(arabicNames: string[], english: string[]): string[] {
  const keys = new Set<string>();
  for (const name of arabicNames) {
    const folded = foldArabic(name);
    if (!folded) continue;
    keys.add(folded);
    if (folded.includes(' ')) keys.add(folded.replace(/ /g, ''));
    for (const word of folded.split(' ')) {
      keys.add(word);
      keys.add(stripArticle(word));
    }
  }
  for (const name of english) {
    const lower = name.toLowerCase().trim();
    if (!lower) continue;
    keys.add(lower);
    for (const word of lower.split(LATIN_SEPARATORS)) if (word) keys.add(word);
    // "Kafr-Nabl" is also found as "kafrnabl", "Çavuşoğlu" as "cavusoglu".
    for (const compact of latinCompacts(name)) keys.add(compact);
  }
  return [...keys];
}

/** Words readers put before a place's name that the name itself does not have («ريف حلب»). */
const PLACE_WORDS = new Set(['ريف', 'مدينة', 'محافظة', 'بلدة', 'قرية', 'منطقة'].map(foldArabic));

/**
 * What a query is looked up as: folded; a compound also without its spaces; «ريف X» also
 * as X; one Arabic word also without its clitics; a Latin one also compact.
 */
export function queryForms(query: string): string[] {
  const folded = foldArabic(query).toLowerCase();
  if (!folded) return [];
  const forms = new Set([folded]);
  const compact = compactLatin(query);
  if (isLatin(compact)) forms.add(compact);
  const space = folded.indexOf(' ');
  if (space > 0) {
    forms.add(folded.replace(/ /g, ''));
    const rest = folded.slice(space + 1);
    if (PLACE_WORDS.has(folded.slice(0, space).replace(ARTICLE_AND_PROCLITICS, '')))
      for (const form of queryForms(rest)) forms.add(form);
  } else {
    const bare = folded.replace(ARTICLE_AND_PROCLITICS, '');
    forms.add(bare);
    forms.add(stripArticle(bare));
  }
  return [...forms];
}
