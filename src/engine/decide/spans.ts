/** The internal span every recogniser emits, and overlap resolution. */

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
  /** Higher wins an overlap of equal length (glossary 3, variant 2, context 1). */
  weight: number;
}

/**
 * Keep a non-overlapping subset: longer spans first (a name inside a longer name is
 * part of it), then heavier sources, then earlier. Sorted by start.
 */
export function resolve(spans: Span[], textLength: number): Span[] {
  // Spans by start, then by priority: two stable counting sorts (starts, lengths and
  // weights are small integers), linear where comparator sorts were a visible cost.
  const byStart = countingSort(spans, (sp) => sp.s, textLength + 1);
  const maxLen = spans.reduce((m, sp) => Math.max(m, sp.e - sp.s), 0);
  const order = byStart && countingSort(byStart, (sp) => priority(sp, maxLen), (maxLen + 1) * 4);
  if (!byStart || !order)
    return keep(
      [...spans].sort((a, b) => b.e - b.s - (a.e - a.s) || b.weight - a.weight || a.s - b.s),
      textLength,
    ).kept.sort((a, b) => a.s - b.s);
  const { kept, empty } = keep(order, textLength);
  // Kept spans do not overlap, so by-start order is theirs, unless empty spans share a start.
  if (empty) return kept.sort((a, b) => a.s - b.s);
  const isKept = new Set(kept);
  return byStart.filter((sp) => isKept.has(sp));
}

/** Rank of a span in the priority order (0 first): longer, then heavier; -1 if unusual. */
function priority(sp: Span, maxLen: number): number {
  const w = sp.weight;
  if (!(w === 0 || w === 1 || w === 2 || w === 3)) return -1;
  return (maxLen - (sp.e - sp.s)) * 4 + (3 - w);
}

/** Greedy pass in priority order: a span is kept unless it overlaps one kept before. */
function keep(order: Span[], textLength: number): { kept: Span[]; empty: boolean } {
  // Occupancy per normalised unit: spans are short, so checking is linear in text size.
  const used = new Uint8Array(textLength);
  const kept: Span[] = [];
  let empty = false;
  for (const sp of order) {
    let clash = false;
    for (let p = sp.s; p < sp.e; p++) {
      if (used[p]) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    for (let p = sp.s; p < sp.e; p++) used[p] = 1; // names are short: no fill() call per span
    kept.push(sp);
    if (sp.e <= sp.s) empty = true;
  }
  return { kept, empty };
}

/**
 * Stable sort by an integer key in [0, bound); undefined when a key is outside it
 * (the caller then sorts with a comparator).
 */
function countingSort<T>(items: T[], key: (item: T) => number, bound: number): T[] | undefined {
  const keys = new Int32Array(items.length);
  const count = new Int32Array(bound + 1);
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (!(Number.isInteger(k) && k >= 0 && k < bound)) return undefined;
    keys[i] = k;
    count[k + 1]++;
  }
  for (let k = 1; k <= bound; k++) count[k] = (count[k] as number) + (count[k - 1] as number);
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[count[keys[i] as number]++ as number] = items[i] as T;
  return out;
}
