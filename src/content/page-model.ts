/**
 * What Dalil knows about the page: its text blocks, each with the entities found in it
 * and a DOM range per entity. Blocks are added, replaced and removed one at a time as
 * the page changes; the document-ordered list of entities is rebuilt only when needed.
 */
import type { PageEntity } from '../common/messages';
import type { Settings } from '../common/settings';
import { firstOccurrences } from './block-diff';
import type { BlockText } from './blocks';
import { type PaintGroup, paintGroupOf, rangeFor } from './highlight';

export interface Block extends BlockText {
  entities: PageEntity[];
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

function documentOrder(a: Block, b: Block): number {
  if (a.element === b.element) return 0;
  const position = a.element.compareDocumentPosition(b.element);
  if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) return -1;
  if (position & Node.DOCUMENT_POSITION_CONTAINS) return 1;
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class PageModel {
  readonly blocks = new Map<Element, Block>();
  private readonly nodes = new WeakMap<Text, { block: Block; start: number }>();
  private visibleCache: EntityRef[] | undefined;
  private positions = new Map<PageEntity, number>();

  put(text: BlockText, entities: PageEntity[]): Block {
    const block: Block = { ...text, entities, ranges: [] };
    this.blocks.set(block.element, block);
    this.index(block);
    this.visibleCache = undefined;
    return block;
  }

  /** Re-reads ranges after the block's text nodes were split or moved (the fallback painter). */
  reindex(block: Block, text: BlockText): void {
    block.segments = text.segments;
    this.index(block);
  }

  private index(block: Block): void {
    for (const segment of block.segments) this.nodes.set(segment.node, { block, start: segment.start });
    block.ranges = block.entities.map((entity) => rangeFor(block, entity.start, entity.end));
  }

  remove(element: Element): void {
    if (this.blocks.delete(element)) this.visibleCache = undefined;
  }

  clear(): void {
    this.blocks.clear();
    this.visibleCache = undefined;
  }

  /** Saved state or settings changed: recompute what is painted. */
  invalidate(): void {
    this.visibleCache = undefined;
  }

  /** The block and offset of a text node, if it is one Dalil read. */
  locate(node: Text): { block: Block; start: number } | undefined {
    const found = this.nodes.get(node);
    return found && this.blocks.get(found.block.element) === found.block ? found : undefined;
  }

  /** Blocks whose element left the document (removed by the page). */
  detached(): Element[] {
    return [...this.blocks.keys()].filter((element) => !element.isConnected);
  }

  /** Every painted entity, in document order, under the reader's kinds and first-occurrence settings. */
  visible(settings: Pick<Settings, 'kinds' | 'firstOnly'>): EntityRef[] {
    if (this.visibleCache) return this.visibleCache;
    const refs: EntityRef[] = [];
    for (const block of [...this.blocks.values()].sort(documentOrder)) {
      block.entities.forEach((entity, index) => {
        const group = paintGroupOf(entity, settings.kinds);
        if (group && block.ranges[index]) refs.push({ block, index, entity, group });
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

  rangeOf(ref: EntityRef): Range | undefined {
    return ref.block.ranges[ref.index];
  }
}
