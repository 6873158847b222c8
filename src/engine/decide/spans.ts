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
