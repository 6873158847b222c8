/**
 * Paints entity spans with the CSS Custom Highlight API: the page's DOM is not
 * modified, so site scripts, selection and copy/paste keep working.
 */
import type { PageEntity } from '../common/messages';
import type { Extraction, TextSegment } from './extract';

export const HIGHLIGHT_NAMES = {
  place: 'dalil-place',
  organization: 'dalil-organization',
  person: 'dalil-person',
  saved: 'dalil-saved',
  active: 'dalil-active',
} as const;

/** Kinds differ by colour and by underline style, so they stay apart without colour vision. */
const HIGHLIGHT_CSS = `
::highlight(dalil-place) { background-color: rgba(255, 190, 40, 0.32); text-decoration: underline solid rgba(200, 130, 0, 0.95) 2px; }
::highlight(dalil-organization) { background-color: rgba(90, 160, 255, 0.28); text-decoration: underline dashed rgba(40, 100, 220, 0.95) 2px; }
::highlight(dalil-person) { background-color: rgba(180, 120, 255, 0.25); text-decoration: underline dotted rgba(120, 60, 200, 0.95) 2px; }
::highlight(dalil-saved) { background-color: rgba(40, 200, 120, 0.32); text-decoration: underline double rgba(0, 140, 80, 0.95) 3px; }
::highlight(dalil-active) { background-color: rgba(255, 120, 40, 0.45); }
`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let styleInstalled = false;

/** Adopted style sheets style the page without adding a node to its DOM. */
function installHighlightStyles(doc: Document): void {
  if (styleInstalled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styleInstalled = true;
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

export function rangeFor(extraction: Extraction, start: number, end: number): Range | undefined {
  const first = segmentAt(extraction.segments, start);
  const last = segmentAt(extraction.segments, end - 1);
  if (!first || !last) return undefined;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, start - first.start);
  range.setEnd(last.node, end - last.start);
  return range;
}

export type PaintGroup = keyof typeof HIGHLIGHT_NAMES;

export function paintGroupOf(entity: PageEntity): PaintGroup {
  return entity.saved ? 'saved' : entity.type;
}

/** Replaces every Dalil highlight with the given ranges. */
export function paint(doc: Document, ranges: Array<{ group: PaintGroup; range: Range }>): void {
  installHighlightStyles(doc);
  const groups = new Map<PaintGroup, Range[]>();
  for (const { group, range } of ranges) {
    const list = groups.get(group) ?? [];
    list.push(range);
    groups.set(group, list);
  }
  for (const group of Object.keys(HIGHLIGHT_NAMES) as PaintGroup[]) {
    if (group === 'active') continue;
    CSS.highlights.set(HIGHLIGHT_NAMES[group], new Highlight(...(groups.get(group) ?? [])));
  }
}

export function paintActive(range: Range | undefined): void {
  if (range) CSS.highlights.set(HIGHLIGHT_NAMES.active, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT_NAMES.active);
}

export function clearAll(): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
