/**
 * Gazetteer matching: at every token, read off the proclitics every possible way and
 * look up the longest run of following words that the lexicon knows. One best
 * candidate per start token; the annotator filters them and resolves overlaps.
 */
import { type Reading, readings } from './clitics';
import type { Lexicon, Posting } from './lexicon';
import type { Tokens } from './tokens';

export interface Candidate {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** Span in the normalised text: proclitics excluded, article included when written. */
  s: number;
  e: number;
  reading: Reading;
  postings: Posting[];
  /** The normalised key that matched (article-stripped first word). */
  key: string;
}

/** Normalised strings of every token (computed once per text). */
export function tokenStrings(norm: string, toks: Tokens): string[] {
  const out = new Array<string>(toks.count);
  for (let i = 0; i < toks.count; i++) out[i] = norm.slice(toks.start[i], toks.end[i]);
  return out;
}

/** Number of tokens from i that are joined by plain spaces (i included), capped. */
export function joinedRun(toks: Tokens, i: number, cap: number): number {
  let n = 1;
  while (n < cap && i + n < toks.count && toks.joined[i + n - 1]) n++;
  return n;
}

export function matchAt(lex: Lexicon, toks: Tokens, strs: string[], i: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const r of readings(strs[i] as string)) {
    const max = lex.maxWords(r.core);
    if (max === 0) continue;
    const avail = joinedRun(toks, i, max);
    // Only a strictly longer match may replace one from a less-stripped reading.
    for (let k = avail; k >= 1 && (!best || k > best.t1 - best.t0); k--) {
      let key = r.core;
      for (let j = 1; j < k; j++) key += ` ${strs[i + j]}`;
      const postings = lex.postings(key);
      if (postings.length === 0) continue;
      const tokStart = toks.start[i] as number;
      best = {
        t0: i,
        t1: i + k,
        s: tokStart + r.pre + (r.art && r.artLen === 1 ? 1 : 0),
        e: toks.end[i + k - 1] as number,
        reading: r,
        postings,
        key,
      };
      break;
    }
  }
  return best;
}

/** Best glossary candidate at every token that starts one. */
export function matchAll(lex: Lexicon, toks: Tokens, strs: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    const c = matchAt(lex, toks, strs, i);
    if (c) out.push(c);
  }
  return out;
}
