/**
 * A text prepared once for every recogniser: normalised form, tokens, token strings,
 * and the token strings' distinct words (types).
 *
 * News text repeats its words (function words, the article's places and heads), so
 * every fact that depends on a word alone (is it a trigger, its clitic readings, its
 * lexicon starts) is computed once per distinct word of the document, not once per
 * occurrence: `wordFact` memoises such facts by type id.
 */

import { type Normalized, normalize, toOriginal } from './normalize';
import { type Tokens, tokenize } from './tokens';

export interface Doc {
  original: string;
  norm: Normalized;
  toks: Tokens;
  /** Normalised token strings. */
  strs: string[];
  /** Type id of each token: tokens with the same string share one. */
  ids: Int32Array;
  /** The distinct token strings, by type id. */
  types: string[];
  /** Word-fact memos of this document, by the fact's slot (see `wordFact`). */
  memos: unknown[][];
}

/**
 * A fact about a word alone, e.g. "is it a place trigger". Defined once at module level
 * with `defineWordFact`; its slot indexes every document's memos (an array read, where a
 * map keyed by the function cost a hash look-up at each of the hits' many questions).
 */
export interface WordFact<T> {
  readonly compute: (word: string) => T;
  readonly slot: number;
}

let slots = 0;

/** `compute` must be pure and should not return undefined (the memo's "not yet"; use null). */
export function defineWordFact<T>(compute: (word: string) => T): WordFact<T> {
  return { compute, slot: slots++ };
}

export function prepare(text: string): Doc {
  const norm = normalize(text);
  const toks = tokenize(norm.text);
  const strs = new Array<string>(toks.count);
  const ids = new Int32Array(toks.count);
  const types: string[] = [];
  const typeOf = new Map<string, number>();
  for (let i = 0; i < toks.count; i++) {
    const s = norm.text.slice(toks.start[i], toks.end[i]);
    let id = typeOf.get(s);
    if (id === undefined) {
      id = types.push(s) - 1;
      typeOf.set(s, id);
    }
    // The first occurrence's string stands for all: equal words are one object (their
    // hash is computed once, and the slices of later occurrences die young).
    strs[i] = types[id] as string;
    ids[i] = id;
  }
  return { original: text, norm, toks, strs, ids, types, memos: [] };
}

function memoOf<T>(doc: Doc, fact: WordFact<T>): T[] {
  let memo = doc.memos[fact.slot] as T[] | undefined;
  if (memo === undefined) {
    memo = new Array<T>(doc.types.length);
    doc.memos[fact.slot] = memo;
  }
  return memo;
}

/** `fact` of token i's word, computed once per distinct word of the document. */
export function wordFact<T>(doc: Doc, fact: WordFact<T>, i: number): T {
  const memo = memoOf(doc, fact);
  const id = doc.ids[i] as number;
  let v = memo[id];
  if (v === undefined) {
    v = fact.compute(doc.types[id] as string);
    memo[id] = v;
  }
  return v;
}

/** `wordFact` bound to one fact, for loops over every token. */
export function wordFacts<T>(doc: Doc, fact: WordFact<T>): (i: number) => T {
  const memo = memoOf(doc, fact);
  const { ids, types } = doc;
  return (i: number): T => {
    const id = ids[i] as number;
    let v = memo[id];
    if (v === undefined) {
      v = fact.compute(types[id] as string);
      memo[id] = v;
    }
    return v;
  };
}

/** Original-text offsets of a normalised span. */
export function origSpan(doc: Doc, s: number, e: number): [number, number] {
  return toOriginal(doc.norm, doc.original, s, e);
}
