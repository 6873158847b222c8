/**
 * What Dalil knows about the page: its text blocks, each with the entities found in it.
 * Blocks are added, replaced and removed one at a time as the page changes; the
 * document-ordered list of entities is rebuilt only when needed. A DOM range is made for
 * an entity only when something needs it (painting near the viewport, the tooltip), and
 * only blocks with entities keep their text nodes: a live blog has tens of thousands.
 */
import type { PageEntity } from '../common/messages';
import type { Settings } from '../common/settings';
import { firstOccurrences } from './block-diff';
import type { BlockText } from './blocks';
import { type PaintGroup, paintGroupOf, rangeFor, spanCovered } from './highlight';

export interface Block extends BlockText {
  entities: PageEntity[];
  /** Made on demand, per entity. */
  ranges: Array<Range | undefined>;
}

/** One painted entity: where it is, and how it is painted. */
export interface EntityRef {
  block: Block;
  index: number;
  entity: PageEntity;
  group: PaintGroup;
}

export const entityKey = (entity: PageEntity): string => entity.id ?? `ar:${entity.name_ar}`;

/** Node.DOCUMENT_POSITION_* (the constants, so this runs where `Node` is not a global). */
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;

function documentOrder(a: Block, b: Block): number {
  if (a.element === b.element) return 0;
  const position = a.element.compareDocumentPosition(b.element);
  if (position & CONTAINED_BY) return -1;
  if (position & CONTAINS) return 1;
  return position & FOLLOWING ? -1 : 1;
}

export class PageModel {
  readonly blocks = new Map<Element, Block>();
  private visibleCache: EntityRef[] | undefined;
  private positions = new Map<PageEntity, number>();
  /** The last block with entities added; a new one before it means the list needs sorting. */
  private lastNamed: Block | undefined;
  private inOrder = true;

  put(text: BlockText, entities: PageEntity[]): Block {
    const replaced = this.blocks.has(text.element);
    const block: Block = {
      element: text.element,
      text: text.text,
      // Text nodes are needed only to make ranges: a block without names lets them go.
      segments: entities.length > 0 ? text.segments : [],
      entities,
      ranges: [],
    };
    this.blocks.set(block.element, block);
    // A replaced block keeps its place in the map; an added one goes last.
    if (block.entities.length > 0 && !replaced) {
      if (this.lastNamed && documentOrder(this.lastNamed, block) > 0) this.inOrder = false;
      this.lastNamed = block;
    }
    this.visibleCache = undefined;
    return block;
  }

  /** Re-reads a block's text nodes after they were split or moved (the fallback painter). */
  reindex(block: Block, text: BlockText): void {
    block.segments = block.entities.length > 0 ? text.segments : [];
    block.ranges = [];
  }

  remove(element: Element): void {
    if (this.blocks.delete(element)) this.visibleCache = undefined;
  }

  clear(): void {
    this.blocks.clear();
    this.lastNamed = undefined;
    this.inOrder = true;
    this.visibleCache = undefined;
  }

  /** Saved state or settings changed: recompute what is painted. */
  invalidate(): void {
    this.visibleCache = undefined;
  }

  /** The block and offset of a text node, if it is one Dalil read in a block with entities. */
  locate(node: Text): { block: Block; start: number } | undefined {
    for (let element: Node | null = node.parentNode; element; ) {
      const block = this.blocks.get(element as Element);
      if (block) {
        const segment = block.segments.find((candidate) => candidate.node === node);
        return segment && { block, start: segment.start };
      }
      element = element.parentNode ?? (element as ShadowRoot).host ?? null;
    }
    return undefined;
  }

  /** Blocks whose element left the document (removed by the page). */
  detached(): Element[] {
    return [...this.blocks.keys()].filter((element) => !element.isConnected);
  }

  /** Every painted entity, in document order, under the reader's kinds and first-occurrence settings. */
  visible(settings: Pick<Settings, 'kinds' | 'firstOnly'>): EntityRef[] {
    if (this.visibleCache) return this.visibleCache;
    const named = [...this.blocks.values()].filter((block) => block.entities.length > 0);
    if (!this.inOrder) {
      named.sort(documentOrder);
      this.inOrder = true;
      // Re-put in order, so the next additions compare against the true last block.
      for (const block of named) {
        this.blocks.delete(block.element);
        this.blocks.set(block.element, block);
      }
      this.lastNamed = named[named.length - 1];
    }
    const refs: EntityRef[] = [];
    for (const block of named) {
      block.entities.forEach((entity, index) => {
        const group = paintGroupOf(entity, settings.kinds);
        if (group && spanCovered(block, entity.start, entity.end)) refs.push({ block, index, entity, group });
      });
    }
    const kept = settings.firstOnly ? firstOccurrences(refs, (ref) => entityKey(ref.entity)) : undefined;
    this.visibleCache = kept ? refs.filter((ref) => kept.has(ref)) : refs;
    this.positions = new Map(this.visibleCache.map((ref, position) => [ref.entity, position]));
    return this.visibleCache;
  }

  /** Position of an entity in the visible list (after `visible()`), or -1 when it is not painted. */
  positionOf(entity: PageEntity): number {
    return this.positions.get(entity) ?? -1;
  }

  rangeOf(ref: Pick<EntityRef, 'block' | 'index'>): Range | undefined {
    const { block, index } = ref;
    const entity = block.entities[index];
    if (!entity) return undefined;
    block.ranges[index] ??= rangeFor(block, entity.start, entity.end);
    return block.ranges[index];
  }
}
