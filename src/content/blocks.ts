/**
 * Reads a subtree as text blocks: each block is the nearest block-level element of its
 * text nodes, with the text and the offset of every node in it. Blocks are the unit of
 * incremental work: a mutation re-reads only the blocks it touched, and a block whose
 * text did not change keeps its entities and ranges.
 *
 * The walk is resumable (`step(budgetMs)`), so a huge page is read in slices that never
 * hold the main thread for long. Open shadow roots are entered; closed ones cannot be.
 */
import { BLOCKS, isSkipped, SKIPPED, type TextSegment } from './extract';

export interface BlockText {
  element: Element;
  text: string;
  segments: TextSegment[];
}

interface Frame {
  block: BlockText;
  /** The walk's stack height when the block opened: back at it, the block's subtree is done. */
  height: number;
  /** A nested block ended since the last text: start a new line before the next text. */
  broken: boolean;
}

/**
 * The walk touches every node of the page, so it is written for the DOM bindings' cost:
 * siblings instead of `childNodes` lists, a block's end found from the stack height
 * instead of a marker object, attributes read only on elements that have any.
 */
export class BlockReader {
  readonly blocks: BlockText[] = [];
  /** Open shadow roots met on the way: they need the highlight styles and their own observer. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly stack: Node[] = [];
  private readonly frames: Frame[] = [];

  constructor(root: Element) {
    this.open(root);
    this.pushChildren(root);
  }

  get done(): boolean {
    return this.stack.length === 0 && this.frames.length === 0;
  }

  /** Reads until done or `budgetMs` has passed; returns whether it is done. */
  step(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const until = performance.now() + budgetMs;
    const { stack, frames } = this;
    let count = 0;
    for (;;) {
      while (frames.length > 0 && frames[frames.length - 1].height === stack.length) this.close();
      if (stack.length === 0) return true;
      // Checking the clock every node would cost more than the nodes themselves.
      if ((++count & 1023) === 0 && performance.now() > until) return false;
      const node = stack.pop()!;
      const type = node.nodeType;
      if (type === 3) this.text(node as Text);
      else if (type === 1) this.element(node as Element);
      // Comments, processing instructions: nothing to read.
    }
  }

  private element(element: Element): void {
    const name = element.localName;
    if (SKIPPED.has(name) || isSkipped(element)) return;
    if (BLOCKS.has(name)) this.open(element);
    this.pushChildren(element);
  }

  private pushChildren(element: Element): void {
    const stack = this.stack;
    // Light children first, so the shadow tree (what is rendered) is read first.
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    const shadow = element.shadowRoot;
    if (shadow) {
      this.shadowRoots.push(shadow);
      for (let child = shadow.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }

  private open(element: Element): void {
    this.frames.push({
      block: { element, text: '', segments: [] },
      height: this.stack.length,
      broken: false,
    });
  }

  private text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const frame = this.frames[this.frames.length - 1];
    const block = frame.block;
    if (frame.broken && block.text.length > 0 && block.text.charCodeAt(block.text.length - 1) !== 10)
      block.text += '\n';
    frame.broken = false;
    block.segments.push({ node, start: block.text.length });
    block.text += data;
  }

  private close(): void {
    const frame = this.frames.pop()!;
    const parent = this.frames[this.frames.length - 1];
    if (parent) parent.broken = true;
    // Blocks of only whitespace carry nothing to annotate.
    if (/\S/.test(frame.block.text)) this.blocks.push(frame.block);
  }
}

/** Reads a whole subtree at once (tests and small subtrees). */
export function readBlocks(root: Element): BlockText[] {
  const reader = new BlockReader(root);
  reader.step();
  return reader.blocks;
}

/**
 * `block` read again with its text nodes, or undefined when its text is no longer what
 * was read (the page changed it; the observer will bring the new text).
 */
export function segmentsOf(block: BlockText): BlockText | undefined {
  const again = new BlockReader(block.element);
  again.step();
  const fresh = again.blocks.find((candidate) => candidate.element === block.element);
  return fresh && fresh.text === block.text ? fresh : undefined;
}

/** The element whose block holds `node`: its nearest block-level ancestor inside `root`. */
export function blockElementOf(node: Node, root: Element): Element {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== root) {
    if (BLOCKS.has(element.localName)) return element;
    element = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host || null);
  }
  return root;
}
