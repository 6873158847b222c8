/**
 * Gazetteer membership of a word, as bit flags for the tagger's features: is a reading
 * of the word (clitics stripped) a one-word name of a place/organisation/person of the
 * pack, and in which rank band; does it start a longer name; does the word occur inside
 * a longer name. The same code builds the flags from the pack at training time and
 * from the lexicon at run time, so the model sees the same facts in both.
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
/** First word of a longer name of type t: bits 9..11. */
export const firstBit = (t: number): number => 1 << (9 + t);
/** A later word of a longer name of type t: bits 12..14. */
export const insideBit = (t: number): number => 1 << (12 + t);
export const FLAG_BITS = 15;

/** Per-word facts of a name list: core → single/first bits, word as written → inside bits. */
export interface NameTable {
  starts: Map<string, number>;
  inner: Map<string, number>;
}

/** Adds one indexed key (folded words, first word article-stripped) of type and rank. */
export function addKey(table: NameTable, key: string, type: EntityType, rank: number): void {
  const t = TYPE_INDEX[type];
  const sp = key.indexOf(' ');
  if (sp < 0) {
    table.starts.set(key, (table.starts.get(key) ?? 0) | singleBit(t, bandOf(rank)));
    return;
  }
  const first = key.slice(0, sp);
  table.starts.set(first, (table.starts.get(first) ?? 0) | firstBit(t));
  for (const w of key.slice(sp + 1).split(' ')) table.inner.set(w, (table.inner.get(w) ?? 0) | insideBit(t));
}

/** The name table of a lexicon: one pass over its keys and postings. */
export function nameTableOf(lex: Lexicon): NameTable {
  const { entries, keys } = lex.parts();
  const table: NameTable = { starts: new Map(), inner: new Map() };
  for (const [key, v] of keys) {
    const list = typeof v === 'number' ? [v] : v;
    for (const p of list) {
      const e = entries[p >> 1];
      if (e) addKey(table, key, e.type, e.rank);
    }
  }
  return table;
}

export function gazetteerOf(table: NameTable): Gazetteer {
  return {
    flags(word: string): number {
      let f = table.inner.get(word) ?? 0;
      for (const r of readings(word)) {
        f |= table.starts.get(r.core) ?? 0;
        if (r.pre > 0) f |= table.inner.get(word.slice(r.pre)) ?? 0;
      }
      return f;
    },
    knows: (core: string): boolean => table.starts.has(core),
  };
}

/** The gazetteer of a lexicon (its name table is built once per lexicon). */
const byLexicon = new WeakMap<Lexicon, Gazetteer>();
export function lexiconGazetteer(lex: Lexicon): Gazetteer {
  let g = byLexicon.get(lex);
  if (!g) {
    g = gazetteerOf(nameTableOf(lex));
    byLexicon.set(lex, g);
  }
  return g;
}
