/**
 * Reads a subtree as text blocks: each block is the nearest block-level element of its
 * text nodes, with the text and the offset of every node in it. Blocks are the unit of
 * incremental work: a mutation re-reads only the blocks it touched, and a block whose
 * text did not change keeps its entities and ranges.
 *
 * The walk is resumable (`step(budgetMs)`), so a huge page is read in slices that never
 * hold the main thread for long. Open shadow roots are entered; closed ones cannot be.
 */
import { BLOCKS, isSkipped, type TextSegment } from './extract';

export interface BlockText {
  element: Element;
  text: string;
  segments: TextSegment[];
}

interface Frame {
  block: BlockText;
  /** A nested block ended since the last text: start a new line before the next text. */
  broken: boolean;
}

type Item = Node | Frame;

export class BlockReader {
  readonly blocks: BlockText[] = [];
  /** Open shadow roots met on the way: they need the highlight styles and their own observer. */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly stack: Item[];
  private readonly frames: Frame[] = [];

  constructor(root: Element) {
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Reads until done or `budgetMs` has passed; returns whether it is done. */
  step(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const until = performance.now() + budgetMs;
    let count = 0;
    while (this.stack.length > 0) {
      // Checking the clock every node would cost more than the nodes themselves.
      if ((++count & 255) === 0 && performance.now() > until) return false;
      this.visit(this.stack.pop()!);
    }
    return true;
  }

  private visit(item: Item): void {
    if (!('nodeType' in item)) {
      this.close(item as Frame);
      return;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      this.text(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const element = node as Element;
    const isRoot = this.frames.length === 0;
    if (node.nodeType === 1) {
      if (!isRoot && isSkipped(element)) return;
      if (isRoot || BLOCKS.has(element.localName)) {
        const frame: Frame = { block: { element, text: '', segments: [] }, broken: false };
        this.frames.push(frame);
        this.stack.push(frame);
      }
    }
    const shadow = node.nodeType === 1 ? element.shadowRoot : null;
    if (shadow) {
      this.shadowRoots.push(shadow);
    }
    // Light children are pushed first so the shadow tree (what is rendered) is read first.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]);
    if (shadow) for (let i = shadow.childNodes.length - 1; i >= 0; i--) this.stack.push(shadow.childNodes[i]);
  }

  private text(node: Text): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame || node.data.length === 0) return;
    const block = frame.block;
    if (frame.broken && block.text.length > 0 && !block.text.endsWith('\n')) block.text += '\n';
    frame.broken = false;
    block.segments.push({ node, start: block.text.length });
    block.text += node.data;
  }

  private close(frame: Frame): void {
    this.frames.pop();
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

/** The element whose block holds `node`: its nearest block-level ancestor inside `root`. */
export function blockElementOf(node: Node, root: Element): Element {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== root) {
    if (BLOCKS.has(element.localName)) return element;
    element = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host || null);
  }
  return root;
}
