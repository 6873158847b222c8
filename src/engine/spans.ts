/** The internal span every recogniser emits, and overlap resolution. */

import type { EntityType, PackEntry } from '../common/pack';
import type { SpanSource } from './api';

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
  /** Higher wins an overlap of equal length (glossary 3, variant 2, context 1). */
  weight: number;
}

/**
 * Keep a non-overlapping subset: longer spans first (a name inside a longer name is
 * part of it), then heavier sources, then earlier. Sorted by start.
 */
export function resolve(spans: Span[], textLength: number): Span[] {
  const order = [...spans].sort((a, b) => b.e - b.s - (a.e - a.s) || b.weight - a.weight || a.s - b.s);
  // Occupancy per normalised unit: spans are short, so checking is linear in text size.
  const used = new Uint8Array(textLength);
  const kept: Span[] = [];
  for (const sp of order) {
    let clash = false;
    for (let p = sp.s; p < sp.e; p++) {
      if (used[p]) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    used.fill(1, sp.s, sp.e);
    kept.push(sp);
  }
  return kept.sort((a, b) => a.s - b.s);
}
