/**
 * Paints entity spans with the CSS Custom Highlight API: the page's DOM is not
 * modified, so site scripts, selection and copy/paste keep working. Where the API is
 * missing, fallback-marks.ts wraps the ranges instead.
 *
 * Only the names near the viewport are in the highlight registry (paint-window.ts): the
 * browser revalidates every registered range whenever a highlight changes, and a live
 * blog names thousands of places; with all of them registered, the first frame after
 * painting took hundreds of milliseconds. A block's ranges are made when it comes near.
 */
import type { PageEntity } from '../common/messages';
import type { Settings } from '../common/settings';
import type { TextSegment } from './extract';
import { HIGHLIGHT_NAMES, PAINT_GROUPS, type PaintGroup } from './highlight-style';
import { LookSheet } from './look-sheet';
import { PaintWindow } from './paint-window';

export type { PaintGroup } from './highlight-style';

/**
 * The paint group of an entity under the reader's settings, or undefined when its kind is
 * off. Never whether it is saved: page scripts read `CSS.highlights` (and the fallback's
 * marks), so saved and unsaved names must land in the same highlights (docs/privacy.md).
 */
export function paintGroupOf(
  entity: Pick<PageEntity, 'type'>,
  kinds: Settings['kinds'],
): PaintGroup | undefined {
  return kinds[entity.type] ? entity.type : undefined;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Relative luminance of the page's own background: dark pages get lighter underlines. */
export function pageIsDark(doc: Document): boolean {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(
      getComputedStyle(element).backgroundColor,
    );
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((value) => Number(value) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return false;
}

/** Index of the segment holding offset `at` (binary search over sorted starts), or -1. */
export function segmentIndexAt(segments: TextSegment[], at: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    if (at < segment.start) high = mid - 1;
    else if (at >= segment.start + segment.node.data.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether a DOM range can be made for `[start, end)`: both ends fall in text Dalil read. */
export function spanCovered(source: { segments: TextSegment[] }, start: number, end: number): boolean {
  return segmentIndexAt(source.segments, start) >= 0 && segmentIndexAt(source.segments, end - 1) >= 0;
}

export function rangeFor(source: { segments: TextSegment[] }, start: number, end: number): Range | undefined {
  const first = source.segments[segmentIndexAt(source.segments, start)];
  const last = source.segments[segmentIndexAt(source.segments, end - 1)];
  if (!first || !last) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

/**
 * One painted name: its kind, the block element it is in, its range, made on demand, and
 * whether the reader marked it known. Only the overlay (reader/overlay-marks.ts), which the
 * page cannot read, may draw a known name differently.
 */
export interface PaintItem {
  group: PaintGroup;
  block: Element;
  range: () => Range | undefined;
  known: boolean;
}

/** How the highlights look on this page: the stylesheet text, and the settings it came from. */
export interface Look {
  css: string;
  colors: Settings['colors'];
  dark: boolean;
  knownTerms: Settings['knownTerms'];
}

export interface Painter {
  /** Replaces every Dalil highlight with these (a thunk: the fallback must unwrap first). */
  paint(items: () => PaintItem[]): void;
  /** The highlight of the entity whose tooltip is open. */
  active(range: Range | undefined): void;
  /** (Re)installs the styles in the document (when not the default look) and in these open shadow roots. */
  style(look: Look, roots: Iterable<ShadowRoot>): void;
  clear(): void;
}

export class HighlightPainter implements Painter {
  private readonly sheet: LookSheet;
  private readonly highlights = new Map<PaintGroup, Highlight>();
  private byBlock = new Map<Element, PaintItem[]>();
  /** Blocks whose ranges are registered, with the highlight each range is in. */
  private readonly shown = new Map<Element, Array<[Highlight, Range]>>();
  private readonly window: PaintWindow | undefined;

  constructor(doc: Document) {
    this.sheet = new LookSheet(doc);
    const view = doc.defaultView;
    this.window = view
      ? new PaintWindow(
          view,
          (block) => this.show(block),
          (block) => this.hide(block),
        )
      : undefined;
  }

  style(look: Look, roots: Iterable<ShadowRoot>): void {
    this.sheet.apply(look, roots);
  }

  paint(items: () => PaintItem[]): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.shown.clear();
    this.byBlock = new Map();
    for (const item of items()) {
      const list = this.byBlock.get(item.block);
      if (list) list.push(item);
      else this.byBlock.set(item.block, [item]);
    }
    this.register();
    this.window?.reset([...this.byBlock.keys()]);
  }

  private register(): void {
    for (const group of PAINT_GROUPS) {
      let highlight = this.highlights.get(group);
      if (!highlight) {
        highlight = new Highlight();
        this.highlights.set(group, highlight);
      }
      if (CSS.highlights.get(HIGHLIGHT_NAMES[group]) !== highlight)
        CSS.highlights.set(HIGHLIGHT_NAMES[group], highlight);
    }
  }

  private show(block: Element): void {
    if (this.shown.has(block)) return;
    const registered: Array<[Highlight, Range]> = [];
    for (const item of this.byBlock.get(block) ?? []) {
      const range = item.range();
      const highlight = this.highlights.get(item.group);
      if (!range || !highlight) continue;
      highlight.add(range);
      registered.push([highlight, range]);
    }
    this.shown.set(block, registered);
  }

  private hide(block: Element): void {
    for (const [highlight, range] of this.shown.get(block) ?? []) highlight.delete(range);
    this.shown.delete(block);
  }

  active(range: Range | undefined): void {
    if (range) CSS.highlights.set(HIGHLIGHT_NAMES.active, new Highlight(range));
    else CSS.highlights.delete(HIGHLIGHT_NAMES.active);
  }

  clear(): void {
    this.window?.clear();
    this.byBlock = new Map();
    this.shown.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
