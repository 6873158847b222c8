/**
 * Scorer examples: every candidate the engine proposes on a gold document, with its
 * features and whether the gold has exactly that span and type (CoNLL exact match on
 * the Doc's tokens). Proposers that read earlier candidates (organisation heads,
 * titles, repeated names) see the gold's answer for them here, as they see the
 * scorer's at run time.
 */
import { detectWith, otherGenreRate, textEvidence } from '../../src/engine/detect/detect';
import type { Lexicon } from '../../src/engine/propose/lexicon';
import { recognise } from '../../src/engine/recognise';
import { KINDS } from '../../src/engine/tagger/labels';
import type { TaggedSpan, TaggerDoubt } from '../../src/engine/tagger/tagger';
import { entityKeys, type Example as Gold } from './examples';
import type { Example } from './logistic';

/** Is the genre strict (annotate's first look at the text)? */
export function strictGenre(text: string): boolean {
  const evidence = textEvidence(text);
  const first = detectWith(evidence);
  return first.isArabic && !first.isPolitical && otherGenreRate(evidence) >= 0.02;
}

/**
 * The examples of one document, with the tagger's spans and again without them, so
 * that one set of weights serves an engine with or without a tagger ("noTagger").
 */
export function examplesOf(g: Gold, lexicon: Lexicon, tagging: Tagging, weight = 1): Example[] {
  return [...examplesWith(g, lexicon, tagging, weight), ...examplesWith(g, lexicon, undefined, weight)];
}

/** What the tagger says of a document (Tagger.tagWithDoubt). */
export interface Tagging {
  spans: readonly TaggedSpan[];
  doubt: TaggerDoubt;
}

function examplesWith(g: Gold, lexicon: Lexicon, tagging: Tagging | undefined, weight: number): Example[] {
  const gold = new Set(entityKeys(g.gold));
  const isGold = (t0: number, t1: number, type: (typeof KINDS)[number]): boolean =>
    gold.has(`${t0}:${t1}:${KINDS.indexOf(type)}`);
  return recognise(
    g.doc,
    lexicon,
    { strict: strictGenre(g.doc.original), tagged: tagging?.spans, doubt: tagging?.doubt },
    (sp) => (isGold(sp.t0, sp.t1, sp.type) ? 1 : -1),
  ).map((sp) => ({ feats: [...sp.feats], label: (sp.score ?? 0) > 0, weight, type: sp.type }));
}
