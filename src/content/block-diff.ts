/**
 * What changed in a re-read subtree: which blocks are new, which changed their text, and
 * which are gone. Blocks are keyed by their element; a block whose text is unchanged keeps
 * its entities and highlights, so a mutation costs only the text that actually changed.
 */

export interface BlockDiff<K, B> {
  /** New blocks and blocks whose text changed: to annotate. */
  fresh: B[];
  /** Blocks whose element and text are as before: nothing to do. */
  same: B[];
  /** Keys of stored blocks that are no longer there: to unpaint. */
  gone: K[];
}

/**
 * `stored` are the blocks known before inside the re-read subtree (key → text);
 * `current` are the blocks read now from the same subtree.
 */
export function diffBlocks<K, B extends { element: K; text: string }>(
  stored: Map<K, string>,
  current: B[],
): BlockDiff<K, B> {
  const fresh: B[] = [];
  const same: B[] = [];
  const seen = new Set<K>();
  for (const block of current) {
    seen.add(block.element);
    if (stored.get(block.element) === block.text) same.push(block);
    else fresh.push(block);
  }
  const gone = [...stored.keys()].filter((key) => !seen.has(key));
  return { fresh, same, gone };
}

/** Keeps only the outermost of a set of nodes (a node inside another needs no re-read of its own). */
export function outermost<N extends { contains(other: N): boolean }>(nodes: Iterable<N>): N[] {
  const list = [...new Set(nodes)];
  return list.filter((node) => !list.some((other) => other !== node && other.contains(node)));
}

/** The first occurrence of each entity key, in document order: the "first occurrence only" setting. */
export function firstOccurrences<E>(ordered: E[], keyOf: (entity: E) => string): Set<E> {
  const seen = new Set<string>();
  const first = new Set<E>();
  for (const entity of ordered) {
    const key = keyOf(entity);
    if (seen.has(key)) continue;
    seen.add(key);
    first.add(entity);
  }
  return first;
}

/**
 * Splits spans found in texts joined by "\n" back to the blocks they came from, with
 * offsets relative to each block. Spans crossing a block boundary are dropped.
 */
export function splitSpans<S extends { start: number; end: number }>(lengths: number[], spans: S[]): S[][] {
  const perBlock: S[][] = lengths.map(() => []);
  let block = 0;
  let offset = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (block < lengths.length && span.start >= offset + lengths[block] + 1) {
      offset += lengths[block] + 1;
      block++;
    }
    if (block >= lengths.length) break;
    if (span.end > offset + lengths[block]) continue;
    perBlock[block].push({ ...span, start: span.start - offset, end: span.end - offset });
  }
  return perBlock;
}
