/**
 * Reading blocks and asking the background about them: the content script's two costly
 * steps, both sliced. Text goes to the background in batches; spans come back and are
 * split to the blocks they came from.
 */
import type { AnnotateResult, PageEntity } from '../common/messages';
import { send } from '../common/send';
import type { Settings } from '../common/settings';
import { splitSpans } from './block-diff';
import { BlockReader, type BlockText } from './blocks';
import { findArticleRoot, isSkipped } from './extract';
import { SLICE_MS, yieldToMain } from './schedule';
import { pageSignals } from './signals';

/** Characters per annotate request: large articles in a few requests, never one giant message. */
const BATCH_CHARS = 150_000;

export interface ReadResult {
  blocks: BlockText[];
  shadowRoots: ShadowRoot[];
}

/** The article's root; an articleBody grows to its <article>, so the headline is read too. */
function articleRoot(): Element {
  const root = findArticleRoot(document);
  return (root.matches('[itemprop="articleBody"]') && root.closest('article')) || root;
}

/** Where the reader reads under its scope setting: the article, or the whole page. */
export function pageRoots(scope: Settings['scope']): Element[] {
  return scope === 'page' ? [document.body ?? document.documentElement] : [articleRoot()];
}

/** A page read and annotated: what the reader needs to paint it. */
export interface Scan extends ReadResult, Annotated {
  roots: Element[];
}

/** The first look at a page: its blocks read, then annotated (with the verdict). */
export async function scanPage(
  roots: Element[],
  force: boolean,
  cancelled: () => boolean,
): Promise<Scan | undefined> {
  const read = await readSliced(roots, cancelled);
  if (!read || cancelled()) return undefined;
  return { roots, ...read, ...(await annotateBlocks(read.blocks, force, true)) };
}

/** Reads the blocks under `roots` in slices; undefined when cancelled. */
export async function readSliced(
  roots: Element[],
  cancelled: () => boolean,
): Promise<ReadResult | undefined> {
  const blocks: BlockText[] = [];
  const shadowRoots: ShadowRoot[] = [];
  for (const root of roots) {
    const reader = new BlockReader(root);
    while (!reader.step(SLICE_MS)) {
      await yieldToMain();
      if (cancelled()) return undefined;
    }
    blocks.push(...reader.blocks);
    shadowRoots.push(...reader.shadowRoots);
  }
  return { blocks, shadowRoots };
}

function visible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(element, { visibilityProperty: true });
}

/**
 * Drops the entities of blocks hidden by the page's styles (a class, not an attribute,
 * which the walk already skips). Asked only of blocks that have entities: a style query
 * per block of a live blog would cost more than reading it.
 */
export function withoutHidden(blocks: BlockText[], perBlock: PageEntity[][]): PageEntity[][] {
  return perBlock.map((entities, i) => (entities.length > 0 && !visible(blocks[i].element) ? [] : entities));
}

export interface Annotated {
  detection?: AnnotateResult['detection'];
  perBlock: PageEntity[][];
}

/** [from, to) block ranges of at most about BATCH_CHARS characters each (one block at least). */
function batchesOf(blocks: BlockText[]): Array<[number, number]> {
  const batches: Array<[number, number]> = [];
  for (let from = 0; from < blocks.length; ) {
    let to = from;
    let size = 0;
    while (to < blocks.length && (to === from || size + blocks[to].text.length < BATCH_CHARS)) {
      size += blocks[to].text.length + 1;
      to++;
    }
    batches.push([from, to]);
    from = to;
  }
  return batches;
}

interface BatchResult {
  detection: AnnotateResult['detection'];
  perBlock: PageEntity[][];
  found: number;
}

/**
 * Annotates blocks in batches. With `detect`, the first batch decides whether the page
 * is wanted (its detection is returned); when it is not, the rest is not sent. When it
 * is, the rest is sent at once: the worker annotates one batch while the replies of the
 * others travel, instead of waiting for each round trip in turn.
 */
export async function annotateBlocks(
  blocks: BlockText[],
  force: boolean,
  detect: boolean,
): Promise<Annotated> {
  const signals = pageSignals(document);
  const request = async ([from, to]: [number, number], judged: boolean): Promise<BatchResult> => {
    const batch = blocks.slice(from, to);
    const result = await send({
      type: 'annotate',
      text: batch.map((block) => block.text).join('\n'),
      signals,
      force: !judged,
    });
    return {
      detection: result.detection,
      perBlock: splitSpans(
        batch.map((block) => block.text.length),
        result.entities,
      ),
      found: result.entities.length,
    };
  };
  const [first, ...rest] = batchesOf(blocks);
  if (!first) return { detection: undefined, perBlock: [] };
  // After the first batch the page is accepted: later batches are not judged alone.
  const head = await request(first, detect && !force);
  const { detection } = head;
  const perBlock = head.perBlock;
  const wanted = force || !detect || head.found > 0 || (detection.isArabic && detection.isPolitical);
  if (wanted) {
    for (const part of await Promise.all(rest.map((batch) => request(batch, false))))
      perBlock.push(...part.perBlock);
  }
  while (perBlock.length < blocks.length) perBlock.push([]);
  return { detection, perBlock };
}

/** Whether `node` is inside a part of the page Dalil never reads (nav, form, code…) below `root`. */
export function insideSkipped(node: Node, root: Element): boolean {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
    if (isSkipped(element)) return true;
  }
  return false;
}

/** `node`'s ancestor chain crossing shadow boundaries contains `root`. */
export function composedContains(root: Node, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === root) return true;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return false;
}
