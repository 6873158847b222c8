/**
 * Which entity is under the pointer: the caret position under it, mapped through the
 * text nodes Dalil read to a block offset, then to the span that covers it. No listeners
 * on the highlighted words, since there are no elements to listen on.
 */
import type { PageEntity } from '../../common/messages';
import type { PageModel } from '../page-model';

type CaretOptions = { shadowRoots?: ShadowRoot[] };

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]) {
  const byPosition = doc.caretPositionFromPoint as
    | ((x: number, y: number, options?: CaretOptions) => CaretPosition | null)
    | undefined;
  if (typeof byPosition === 'function') {
    // Naming the open shadow roots lets the caret land inside them instead of on their host.
    const position = byPosition.call(doc, x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = (
    doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Index of the entity whose span contains `offset` (entities sorted, non-overlapping). */
export function entityIndexAt(entities: Array<Pick<PageEntity, 'start' | 'end'>>, offset: number): number {
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

export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Position in the visible list of the painted entity under (x, y), or -1. */
export function hitTest(
  doc: Document,
  model: PageModel,
  shadowRoots: ShadowRoot[],
  x: number,
  y: number,
): number {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret?.node.nodeType !== 3) return -1;
  const found = model.locate(caret.node as Text);
  if (!found) return -1;
  const { block, start } = found;
  // The caret can sit just after the last letter of a word: try both sides.
  for (const offset of [start + caret.offset, start + caret.offset - 1]) {
    const index = entityIndexAt(block.entities, offset);
    if (index < 0) continue;
    const position = model.positionOf(block.entities[index]);
    const range = model.rangeOf({ block, index });
    // The caret snaps to the nearest text even in margins; require the pointer on the word.
    if (position >= 0 && range && pointInRange(range, x, y)) return position;
  }
  return -1;
}
