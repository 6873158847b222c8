/**
 * The content script: decides cheaply whether the page is worth reading, extracts the
 * article's text, asks the background for spans, paints them and opens the tooltip on
 * hover. DOM in, DOM out; no matching happens here.
 */
import browser from 'webextension-polyfill';
import type { AnnotateResult, PageEntity, PageState } from '../common/messages';
import { parseContentRequest } from '../common/messages';
import { sendToBackground } from '../common/send';
import { type Extraction, extractArticle } from './extract';
import { gatePage } from './gate';
import { highlightsSupported, paint, paintActive, paintGroupOf, rangeFor } from './highlight';
import { hitTest } from './hit-test';
import { sentenceAround } from './sentence';
import { pageSignals } from './signals';
import { TooltipHost } from './tooltip';

const HOVER_DELAY_MS = 250;
const HIDE_DELAY_MS = 300;

let extraction: Extraction | undefined;
let entities: PageEntity[] = [];
let nodeStarts = new Map<Text, number>();
let state: PageState = { status: 'idle', counts: { place: 0, organization: 0, person: 0 }, entities: [] };
let activeIndex = -1;
let pendingShow: ReturnType<typeof setTimeout> | undefined;
let pendingHide: ReturnType<typeof setTimeout> | undefined;
let listening = false;
const tooltip = new TooltipHost(document);

function summarise(result: AnnotateResult): PageState {
  const counts = { place: 0, organization: 0, person: 0 };
  for (const entity of result.entities) counts[entity.type]++;
  return {
    status: 'annotated',
    detection: result.detection,
    counts,
    entities: result.entities.map(({ text, type, name_en, saved }) => ({ text, type, name_en, saved })),
  };
}

function repaint(): void {
  if (!extraction) return;
  const ranges = [];
  for (const entity of entities) {
    const range = rangeFor(extraction, entity.start, entity.end);
    if (range) ranges.push({ group: paintGroupOf(entity), range });
  }
  paint(document, ranges);
}

function openTooltip(index: number, anchor: DOMRect): void {
  if (!extraction) return;
  const entity = entities[index];
  activeIndex = index;
  paintActive(rangeFor(extraction, entity.start, entity.end));
  tooltip.show({
    entity,
    anchor,
    context: {
      sentence: sentenceAround(extraction.text, entity.start, entity.end),
      url: location.href,
      title: document.title,
    },
    onSavedChange: (saved) => {
      // Every occurrence of the same term changes style together.
      for (const other of entities) {
        if (other.id === entity.id && other.name_ar === entity.name_ar) other.saved = saved;
      }
      repaint();
      state = summarise({ detection: state.detection!, entities });
    },
  });
}

function closeTooltip(): void {
  tooltip.hide();
  paintActive(undefined);
  activeIndex = -1;
}

function onPointerMove(event: MouseEvent): void {
  if (!extraction || tooltip.contains(event.target as Node)) {
    clearTimeout(pendingHide);
    return;
  }
  const hit = hitTest(document, extraction, nodeStarts, entities, event.clientX, event.clientY);
  clearTimeout(pendingShow);
  if (hit) {
    clearTimeout(pendingHide);
    if (hit.index !== activeIndex || !tooltip.isOpen) {
      pendingShow = setTimeout(() => openTooltip(hit.index, hit.rect), HOVER_DELAY_MS);
    }
  } else if (tooltip.isOpen && !tooltip.hasPointer) {
    clearTimeout(pendingHide);
    pendingHide = setTimeout(() => {
      if (!tooltip.hasPointer) closeTooltip();
    }, HIDE_DELAY_MS);
  }
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Escape' && tooltip.isOpen) closeTooltip();
}

function listen(): void {
  if (listening) return;
  listening = true;
  let frame = 0;
  let last: MouseEvent | undefined;
  document.addEventListener(
    'mousemove',
    (event) => {
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) onPointerMove(last);
      });
    },
    { passive: true },
  );
  document.addEventListener('keydown', onKeyDown, true);
}

async function annotatePage(force: boolean): Promise<PageState> {
  if (!highlightsSupported()) {
    state = { ...state, status: 'error', error: 'This browser cannot highlight text.' };
    return state;
  }
  if (!force && !gatePage(document).worthScanning) {
    state = { ...state, status: 'skipped' };
    return state;
  }
  state = { ...state, status: 'annotating' };
  extraction = extractArticle(document);
  nodeStarts = new Map(extraction.segments.map((segment) => [segment.node, segment.start]));
  try {
    const result = await sendToBackground<AnnotateResult>({
      type: 'annotate',
      text: extraction.text,
      signals: pageSignals(document),
      force,
    });
    entities = result.entities;
    state = summarise(result);
    if (entities.length > 0 || force) {
      repaint();
      listen();
    }
  } catch (error) {
    state = { ...state, status: 'error', error: error instanceof Error ? error.message : String(error) };
  }
  return state;
}

function reveal(index: number): void {
  const entity = entities[index];
  const range = entity && extraction ? rangeFor(extraction, entity.start, entity.end) : undefined;
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  openTooltip(index, range.getBoundingClientRect());
}

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = parseContentRequest(message);
  if (!request) return undefined;
  switch (request.type) {
    case 'pageState':
      return Promise.resolve(state);
    case 'annotateNow':
      return annotatePage(true);
    case 'reveal':
      reveal(request.index);
      return Promise.resolve(state);
  }
});

void annotatePage(false);
