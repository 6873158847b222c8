/**
 * Spelling variants of known names, tried only where context already expects a place:
 * Arabic news spells village names by ear (كنصفرة/كنسفرة، سفوهن/سفوهون، سورية/سوريا).
 * One edit at a time: an emphatic/plain consonant swap, a long-vowel letter added or
 * dropped, or a final ه/ا swap. The highest-ranked place that answers wins.
 */
import type { PackEntry } from '../../common/pack';
import { stripArticle } from '../read/clitics';
import type { Lexicon } from './lexicon';

const SWAPS: Record<string, string> = {
  ص: 'س',
  س: 'صث',
  ط: 'ت',
  ت: 'ط',
  ض: 'د',
  د: 'ض',
  ظ: 'ز',
  ز: 'ظذ',
  ذ: 'ز',
  ث: 'س',
  ق: 'ك',
  ك: 'ق',
  ه: 'ا',
  ا: 'ه',
};
const VOWELS = 'اوي';
const MAX_VARIANTS = 400;

/** One-edit variants of a folded name (first word article-stripped by the caller). */
export function variants(name: string): string[] {
  const out = new Set<string>();
  const n = name.length;
  for (let i = 0; i < n && out.size < MAX_VARIANTS; i++) {
    const ch = name[i] as string;
    if (ch === ' ') continue;
    const sw = SWAPS[ch];
    // ه/ا swap only at a word end (ta marbuta written as alef: سورية/سوريا).
    const atEnd = i === n - 1 || name[i + 1] === ' ';
    if (sw)
      for (const r of sw)
        if ((ch !== 'ه' && ch !== 'ا') || atEnd) out.add(name.slice(0, i) + r + name.slice(i + 1));
    if (VOWELS.includes(ch) && i > 0 && name[i - 1] !== ' ') out.add(name.slice(0, i) + name.slice(i + 1));
    if (i > 0 && name[i - 1] !== ' ') for (const v of VOWELS) out.add(name.slice(0, i) + v + name.slice(i));
  }
  out.delete(name);
  return [...out];
}

export function variantLookup(lex: Lexicon, folded: string): PackEntry | undefined {
  const words = folded.split(' ');
  words[0] = stripArticle(words[0] as string);
  const key = words.join(' ');
  if (key.replace(/ /g, '').length < 4) return undefined; // short words have too many neighbours
  let best: PackEntry | undefined;
  for (const v of variants(key)) {
    // Most of the ~400 variants start no name at all: a bit test rejects them before a look-up.
    const sp = v.indexOf(' ');
    if (!lex.mayStartName(sp < 0 ? v : v.slice(0, sp))) continue;
    for (const p of lex.postings(v)) {
      if (p.entry.type !== 'place') continue;
      if (!best || p.entry.rank > best.rank) best = p.entry;
    }
  }
  return best;
}
