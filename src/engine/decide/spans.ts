/** The candidate span every proposer emits: where, what, and the evidence for it. */

import type { EntityType, PackEntry } from '../../common/pack';
import type { SpanSource } from '../api';

export interface Span {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** Normalised-text offsets (proclitics excluded). */
  s: number;
  e: number;
  type: EntityType;
  source: SpanSource;
  entry?: PackEntry;
  kind?: string;
  /** The lexicon key of a glossary hit (its other mentions share it). */
  key?: string;
  /** Named evidence for the span (see decide/features.ts); the scorer weighs it. */
  feats: string[];
  /** The scorer's log-odds that the span is a name of its type (set by the decide stage). */
  score?: number;
}

export type SpanInit = Omit<Span, 'score'>;

/**
 * A candidate with every field present, in one order: the candidates of every proposer
 * share one object shape, so the loops that read them all (judging, choosing) stay fast.
 */
export function candidate(p: SpanInit): Span {
  return {
    t0: p.t0,
    t1: p.t1,
    s: p.s,
    e: p.e,
    type: p.type,
    source: p.source,
    entry: p.entry,
    kind: p.kind,
    key: p.key,
    feats: p.feats,
    score: undefined,
  };
}
