/**
 * Gazetteer membership of a word, as bit flags for the tagger's features: is a reading
 * of the word (clitics stripped) a one-word name of a place/organisation/person of the
 * lexicon, and in which rank band; does it begin a longer name. Asked of the lexicon
 * per word (a bit filter rejects most words at once), so the worker starts with no table
 * to build; training asks the pack's lexicon through the same code.
 */
import type { EntityType } from '../../common/pack';
import type { Lexicon } from '../propose/lexicon';
import { readings } from '../read/clitics';

export interface Gazetteer {
  /** Flags of a normalised token (see the bit layout below); 0 when unknown. */
  flags(word: string): number;
  /** Is this (normalised, article-stripped) core a name or the first word of one? */
  knows(core: string): boolean;
}

const TYPE_INDEX: Record<EntityType, number> = { place: 0, organization: 1, person: 2 };
/** Rank bands: countries and governorates, cities and towns, the rest. */
const bandOf = (rank: number): number => (rank >= 70 ? 0 : rank >= 45 ? 1 : 2);

/** One-word name of type t in band b: bits 0..8. */
export const singleBit = (t: number, b: number): number => 1 << (t * 3 + b);
/** First word of a longer name: bit 9. */
export const FIRST_BIT = 1 << 9;
export const FLAG_BITS = 10;

/** Flags of one article-stripped core. */
function coreFlags(lex: Lexicon, core: string): number {
  if (!lex.mayStartName(core)) return 0;
  let f = 0;
  for (const p of lex.postings(core)) f |= singleBit(TYPE_INDEX[p.entry.type], bandOf(p.entry.rank));
  if (lex.maxWords(core) > 1) f |= FIRST_BIT;
  return f;
}

export function lexiconGazetteer(lex: Lexicon): Gazetteer {
  return {
    flags(word: string): number {
      let f = 0;
      for (const r of readings(word)) f |= coreFlags(lex, r.core);
      return f;
    },
    knows: (core: string): boolean => coreFlags(lex, core) !== 0,
  };
}
