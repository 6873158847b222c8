/**
 * The geometry and look of the overlay's marks (overlay-marks.ts), without the DOM: which
 * names get a mark under the reader's known-terms style, and which part of each text box
 * is drawn (the part inside the drawn region and inside every box that clips the text).
 */
import type { KnownTermsStyle } from '../../common/settings';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How a name is marked: like any other, faintly, or not at all. */
export type MarkLook = 'full' | 'quiet' | undefined;

export function markLook(known: boolean, style: KnownTermsStyle): MarkLook {
  if (!known || style === 'shown') return 'full';
  return style === 'quiet' ? 'quiet' : undefined;
}

export function intersect(a: Box, b: Box): Box | undefined {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.right > box.left && box.bottom > box.top ? box : undefined;
}

/** The drawn parts of a name's text boxes: empty ones (collapsed line ends) and hidden parts left out. */
export function visibleParts(rects: Iterable<Box>, clip: Box | undefined): Box[] {
  if (!clip) return [];
  const parts: Box[] = [];
  for (const rect of rects) {
    const part = intersect(rect, clip);
    if (part) parts.push(part);
  }
  return parts;
}
