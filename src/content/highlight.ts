/**
 * Paints entity spans with the CSS Custom Highlight API: the page's DOM is not
 * modified, so site scripts, selection and copy/paste keep working. One highlight per
 * kind; kinds differ by colour and by underline style, so they stay apart without
 * colour vision. Where the API is missing, fallback-marks.ts wraps the ranges instead.
 */
import type { PageEntity } from '../common/messages';
import type { HighlightKind, Settings } from '../common/settings';
import type { TextSegment } from './extract';

export type PaintGroup = HighlightKind;

export const HIGHLIGHT_NAMES = {
  place: 'dalil-place',
  organization: 'dalil-organization',
  person: 'dalil-person',
  saved: 'dalil-saved',
  active: 'dalil-active',
} as const;

const UNDERLINE: Record<PaintGroup, string> = {
  place: 'solid',
  organization: 'dashed',
  person: 'dotted',
  saved: 'double',
};

/** Declarations for one kind; on a dark page the underline is lightened to keep its contrast. */
export function kindStyle(group: PaintGroup, color: string, dark: boolean): string {
  const line = dark ? `color-mix(in srgb, ${color} 55%, white)` : color;
  const fill = `color-mix(in srgb, ${color} ${dark ? 38 : 24}%, transparent)`;
  const thickness = group === 'saved' ? 3 : 2;
  return `background-color: ${fill}; text-decoration: underline ${UNDERLINE[group]} ${line} ${thickness}px; text-underline-offset: 3px;`;
}

export function highlightCss(settings: Settings, dark: boolean): string {
  const rules = (Object.keys(UNDERLINE) as PaintGroup[]).map(
    (group) => `::highlight(${HIGHLIGHT_NAMES[group]}) { ${kindStyle(group, settings.colors[group], dark)} }`,
  );
  const active = dark ? 'rgba(255, 200, 90, 0.45)' : 'rgba(255, 150, 40, 0.42)';
  rules.push(`::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${active}; }`);
  return rules.join('\n');
}

/** The paint group of an entity under the reader's settings, or undefined when its kind is off. */
export function paintGroupOf(entity: PageEntity, kinds: Settings['kinds']): PaintGroup | undefined {
  if (entity.saved && kinds.saved) return 'saved';
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

/** The segment holding offset `at` (binary search over sorted starts). */
export function segmentAt(segments: TextSegment[], at: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    if (at < segment.start) high = mid - 1;
    else if (at >= segment.start + segment.node.data.length) low = mid + 1;
    else return segment;
  }
  return undefined;
}

export function rangeFor(source: { segments: TextSegment[] }, start: number, end: number): Range | undefined {
  const first = segmentAt(source.segments, start);
  const last = segmentAt(source.segments, end - 1);
  if (!first || !last) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

export interface Painter {
  /** Replaces every Dalil highlight with these ranges (a thunk: the fallback must unwrap first). */
  paint(items: () => Array<{ group: PaintGroup; range: Range }>): void;
  /** The highlight of the entity whose tooltip is open. */
  active(range: Range | undefined): void;
  /** (Re)installs the styles in the document and in these open shadow roots. */
  style(css: string, roots: Iterable<ShadowRoot>): void;
  clear(): void;
}

/** Adopted style sheets style the page (and its open shadow roots) without adding a node. */
export class HighlightPainter implements Painter {
  private readonly sheet = new CSSStyleSheet();
  private readonly styled = new WeakSet<Document | ShadowRoot>();

  constructor(private readonly doc: Document) {}

  style(css: string, roots: Iterable<ShadowRoot>): void {
    this.sheet.replaceSync(css);
    for (const root of [this.doc, ...roots]) {
      if (this.styled.has(root)) continue;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.styled.add(root);
    }
  }

  paint(items: () => Array<{ group: PaintGroup; range: Range }>): void {
    const groups = new Map<PaintGroup, Range[]>();
    for (const { group, range } of items()) {
      const list = groups.get(group) ?? [];
      list.push(range);
      groups.set(group, list);
    }
    for (const group of Object.keys(UNDERLINE) as PaintGroup[]) {
      const ranges = groups.get(group);
      if (ranges?.length) CSS.highlights.set(HIGHLIGHT_NAMES[group], new Highlight(...ranges));
      else CSS.highlights.delete(HIGHLIGHT_NAMES[group]);
    }
  }

  active(range: Range | undefined): void {
    if (range) CSS.highlights.set(HIGHLIGHT_NAMES.active, new Highlight(range));
    else CSS.highlights.delete(HIGHLIGHT_NAMES.active);
  }

  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }
}
