/**
 * Gazetteer matching: at every token, read off the proclitics every possible way and
 * look up the longest run of following words that the lexicon knows. One best
 * candidate per start token; the annotator filters them and resolves overlaps.
 *
 * Which readings of a word can start a name at all is a fact about the word, so it is
 * worked out once per distinct word of the document (most words start none and are
 * rejected by one array read); only multi-word lookups depend on the neighbours.
 */
import { type Reading, readings } from '../read/clitics';
import { type Doc, defineWordFact, type WordFact, wordFacts } from '../read/doc';
import type { Tokens } from '../read/tokens';
import { HASH_START, hashOn, hashWordOn, type Lexicon, type Posting } from './lexicon';

export interface Candidate {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** Span in the normalised text: proclitics excluded, article included when written. */
  s: number;
  e: number;
  reading: Reading;
  postings: readonly Posting[];
  /** The normalised key that matched (article-stripped first word). */
  key: string;
}

/**
 * A name prefix met in this document: its key and postings, and the prefixes one word
 * longer, by the next word's type id. Multi-word lookups thus walk a small per-document
 * trie instead of building and hashing a new key string at every occurrence.
 */
interface Node {
  key: string;
  /** FNV-1a state of the key (see lexicon.ts `hashWordOn`). */
  hash: number;
  /** Postings of the key (empty when it is only the start of longer names). */
  postings: readonly Posting[];
  /** Longer prefixes by the next word's type id; DEAD where no indexed name continues. */
  next?: Map<number, Node>;
}

/** A continuation no indexed name takes (remembered, so its hash is computed once). */
const DEAD: Node = { key: '', hash: 0, postings: [] };

/** A reading of a word whose core starts at least one indexed name; the trie's root. */
interface Start extends Node {
  r: Reading;
  /** Longest name (in words) starting with the core. */
  max: number;
}

/** Number of tokens from i that are joined by plain spaces (i included), capped. */
export function joinedRun(toks: Tokens, i: number, cap: number): number {
  let n = 1;
  while (n < cap && i + n < toks.count && toks.joined[i + n - 1]) n++;
  return n;
}

/** The readings of a word that can start a name, in reading order. */
function startsOf(lex: Lexicon, word: string): Start[] {
  const out: Start[] = [];
  for (const r of readings(word)) {
    if (!lex.mayStartName(r.core)) continue;
    const max = lex.maxWords(r.core);
    if (max === 0) continue;
    const hash = hashOn(HASH_START, r.core, 0, r.core.length);
    out.push({ r, max, key: r.core, hash, postings: lex.postings(r.core) });
  }
  return out;
}

/** The prefix one word longer, or DEAD when the lexicon has no name that begins so. */
function child(lex: Lexicon, doc: Doc, node: Node, id: number): Node {
  if (node.next === undefined) node.next = new Map();
  let c = node.next.get(id);
  if (c === undefined) {
    const word = doc.types[id] as string;
    const hash = hashWordOn(node.hash, word);
    if (lex.mayContinueName(hash)) {
      const key = `${node.key} ${word}`;
      c = { key, hash, postings: lex.postings(key) };
    } else c = DEAD;
    node.next.set(id, c);
  }
  return c;
}

/**
 * Fills `out` with the best candidate at token i; false when none. The caller's one
 * scratch candidate is reused at every token (the hits copy what they keep).
 */
function matchAt(lex: Lexicon, doc: Doc, starts: readonly Start[], i: number, out: Candidate): boolean {
  const { toks, ids } = doc;
  let bestLen = 0;
  for (const start of starts) {
    const avail = joinedRun(toks, i, start.max);
    // Only a strictly longer match may replace one from a less-stripped reading.
    if (avail <= bestLen) continue;
    // The longest run of words from i that the lexicon knows.
    let found: Node | undefined = start.postings.length > 0 ? start : undefined;
    let k = found ? 1 : 0;
    let node: Node = start;
    for (let n = 2; n <= avail; n++) {
      node = child(lex, doc, node, ids[i + n - 1] as number);
      if (node === DEAD) break; // no longer name begins with these words
      if (node.postings.length > 0) {
        found = node;
        k = n;
      }
    }
    if (!found || k <= bestLen) continue;
    const r = start.r;
    out.t0 = i;
    out.t1 = i + k;
    out.s = (toks.start[i] as number) + r.pre + (r.art && r.artLen === 1 ? 1 : 0);
    out.e = toks.end[i + k - 1] as number;
    out.reading = r;
    out.postings = found.postings;
    out.key = found.key;
    bestLen = k;
  }
  return bestLen > 0;
}

/** Per-lexicon word facts: the memo is keyed by function, so each lexicon needs its own. */
const startFacts = new WeakMap<Lexicon, WordFact<Start[]>>();

/**
 * The best glossary candidate at a token, if one starts there. Callers walk the tokens
 * in order and copy what they keep: the candidate returned is one scratch object,
 * overwritten by the next call, so no object per token outlives the walk.
 */
export function matcher(lex: Lexicon, doc: Doc): (i: number) => Candidate | undefined {
  let fact = startFacts.get(lex);
  if (!fact) {
    fact = defineWordFact((word: string) => startsOf(lex, word));
    startFacts.set(lex, fact);
  }
  const startsAt = wordFacts(doc, fact);
  const scratch: Candidate = { t0: 0, t1: 0, s: 0, e: 0, reading: NO_READING, postings: [], key: '' };
  return (i: number): Candidate | undefined => {
    const starts = startsAt(i);
    return starts.length > 0 && matchAt(lex, doc, starts, i, scratch) ? scratch : undefined;
  };
}

const NO_READING: Reading = { pre: 0, art: false, artLen: 0, core: '' };
