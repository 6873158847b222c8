/**
 * For browsers without the CSS Custom Highlight API: wraps each highlighted piece of
 * text in a <dalil-mark> element. This does change the DOM, so it is only the fallback;
 * marks carry no id or class the page could depend on, and unwrapping puts the very same
 * text nodes back where they were. Splitting leaves adjacent text nodes, which render
 * and copy exactly like one.
 */
import type { Look, Painter, PaintItem } from '../highlight';
import { MARK } from '../highlight-style';
import { LookSheet } from '../look-sheet';

export { MARK } from '../highlight-style';

/** Wraps `[start, end)` of a text node in `mark`; returns the wrapped node. */
export function wrapPiece(node: Text, start: number, end: number, mark: Element): Text {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.data.length) middle.splitText(end - start);
  middle.parentNode?.insertBefore(mark, middle);
  mark.appendChild(middle);
  return middle;
}

/** Replaces every mark under `root` by its children. */
export function unwrapAll(root: ParentNode): number {
  const marks = Array.from(root.querySelectorAll(MARK));
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  return marks.length;
}

/** The text nodes a range covers, with the covered offsets in each. */
function pieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    return [{ node: startContainer as Text, start: startOffset, end: endOffset }];
  }
  const result: Array<{ node: Text; start: number; end: number }> = [];
  const doc = startContainer.ownerDocument ?? document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === startContainer ? startOffset : 0;
    const end = node === endContainer ? endOffset : node.data.length;
    if (end > start) result.push({ node, start, end });
  }
  return result;
}

/** Marks are styled by their kind (`data-kind`), from the same stylesheet as the highlights. */
export class MarkPainter implements Painter {
  private readonly sheet: LookSheet;

  /** `changed` runs after every DOM change, so the caller can re-read its text nodes. */
  constructor(
    private readonly doc: Document,
    private readonly changed: () => void,
  ) {
    this.sheet = new LookSheet(doc);
  }

  style(look: Look, roots: Iterable<ShadowRoot>): void {
    this.sheet.apply(look, roots);
  }

  paint(items: () => PaintItem[]): void {
    // Unwrap first and let the caller re-read its ranges, which unwrapping invalidated.
    if (unwrapAll(this.doc) > 0) this.changed();
    // Last piece first: wrapping splits text nodes after the pieces still to be wrapped.
    const all = items().flatMap(({ group, range }) => {
      const made = range();
      return made ? pieces(made).map((piece) => ({ group, ...piece })) : [];
    });
    for (const piece of all.reverse()) {
      const mark = this.doc.createElement(MARK);
      mark.setAttribute('data-kind', piece.group);
      wrapPiece(piece.node, piece.start, piece.end, mark);
    }
    if (all.length > 0) this.changed();
  }

  active(): void {
    // The open tooltip is marker enough; restyling marks would mean more DOM changes.
  }

  clear(): void {
    if (unwrapAll(this.doc) > 0) this.changed();
  }
}
