/** A text prepared once for every recogniser: normalised form, tokens, token strings. */

import { tokenStrings } from './match';
import { type Normalized, normalize, toOriginal } from './normalize';
import { type Tokens, tokenize } from './tokens';

export interface Doc {
  original: string;
  norm: Normalized;
  toks: Tokens;
  /** Normalised token strings. */
  strs: string[];
}

export function prepare(text: string): Doc {
  const norm = normalize(text);
  const toks = tokenize(norm.text);
  return { original: text, norm, toks, strs: tokenStrings(norm.text, toks) };
}

/** Original-text offsets of a normalised span. */
export function origSpan(doc: Doc, s: number, e: number): [number, number] {
  return toOriginal(doc.norm, doc.original, s, e);
}
