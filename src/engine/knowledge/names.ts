/**
 * What makes two written names the same name. One definition for the engine's lexicon
 * and for the pack builder's de-duplication, so that names the builder merges are the
 * names the engine cannot tell apart.
 */
import { stripArticle } from '../read/clitics';
import { fold } from '../read/normalize';

/** A name folded for matching (see read/normalize.ts), hyphens as spaces, spaces collapsed. */
export function normalizeName(s: string): string {
  return fold(s).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Same name" key: folded, without the article, without spaces (كفر نبل = كفرنبل). */
export function compactKey(s: string): string {
  return stripArticle(normalizeName(s)).replace(/ /g, '');
}
