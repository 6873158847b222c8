/** Where the tooltip goes relative to the word it explains. Pure geometry. */

export const GAP = 6;
export const MARGIN = 8;

export interface Placement {
  top: number;
  left: number;
  /** The tooltip scrolls inside this height when neither side has room for all of it. */
  maxHeight: number;
}

/**
 * Below the word when it fits, else above; when neither side has room (200% zoom, a
 * short window) the roomier side, with a smaller height that scrolls. Never over the
 * word, always inside the viewport.
 */
export function placeTooltip(
  anchor: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'width'>,
  width: number,
  height: number,
  viewport: { width: number; height: number },
): Placement {
  const below = Math.max(0, viewport.height - anchor.bottom - GAP - MARGIN);
  const above = Math.max(0, anchor.top - GAP - MARGIN);
  let top: number;
  let maxHeight: number;
  if (height <= below || (height > above && below >= above)) {
    top = anchor.bottom + GAP;
    maxHeight = below;
  } else {
    maxHeight = above;
    top = anchor.top - GAP - Math.min(height, above);
  }
  const left = Math.min(
    Math.max(MARGIN, anchor.left + anchor.width / 2 - width / 2),
    viewport.width - width - MARGIN,
  );
  return { top: Math.round(top), left: Math.round(Math.max(MARGIN, left)), maxHeight: Math.floor(maxHeight) };
}

/** Whether any part of the anchor is inside the viewport (otherwise a hover tooltip closes). */
export function anchorVisible(
  anchor: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>,
  viewport: { width: number; height: number },
): boolean {
  return (
    anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width
  );
}
