/**
 * Which entity is under the pointer: the caret position under it, mapped through the
 * extraction's text nodes to a text offset, then to the span that covers it. No
 * listeners on the highlighted words, since there are no elements to listen on.
 */
import type { PageEntity } from '../common/messages';
import type { Extraction } from './extract';
import { rangeFor } from './highlight';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Index of the entity whose span contains `offset` (entities sorted, non-overlapping). */
export function entityIndexAt(entities: PageEntity[], offset: number): number {
  let low = 0;
  let high = entities.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entity = entities[mid];
    if (offset < entity.start) high = mid - 1;
    else if (offset >= entity.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

export interface Hit {
  index: number;
  rect: DOMRect;
}

export function hitTest(
  doc: Document,
  extraction: Extraction,
  nodeStarts: Map<Text, number>,
  entities: PageEntity[],
  x: number,
  y: number,
): Hit | undefined {
  const caret = caretAt(doc, x, y);
  if (caret?.node.nodeType !== 3) return undefined;
  const start = nodeStarts.get(caret.node as Text);
  if (start === undefined) return undefined;
  // The caret can sit just after the last letter of a word: try both sides.
  for (const offset of [start + caret.offset, start + caret.offset - 1]) {
    const index = entityIndexAt(entities, offset);
    if (index < 0) continue;
    const range = rangeFor(extraction, entities[index].start, entities[index].end);
    // The caret snaps to the nearest text even in margins; require the pointer on the word.
    for (const rect of Array.from(range?.getClientRects() ?? [])) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
        return { index, rect };
    }
  }
  return undefined;
}
