/** Where the tooltip goes relative to the word it explains. Pure geometry. */

export const GAP = 6;
const MARGIN = 8;

/** Below the word when it fits, else above; never over it; always inside the viewport. */
export function placeTooltip(
  anchor: DOMRect,
  width: number,
  height: number,
  viewport: { width: number; height: number },
) {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - height;
  const top = below + height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  const left = Math.min(
    Math.max(MARGIN, anchor.left + anchor.width / 2 - width / 2),
    viewport.width - width - MARGIN,
  );
  return { top: Math.max(MARGIN, top), left: Math.max(MARGIN, left) };
}
