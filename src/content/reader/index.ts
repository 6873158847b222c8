/**
 * The rest of the reader, injected by the background only into frames whose gate
 * (content.js) found Arabic text or whose site is set to "always": it takes over the
 * Reader the gate started (or starts one where the gate could not paint), and adds the
 * page observer (incremental updates), the tooltip (hover and keyboard) and the popup's
 * requests. DOM in, DOM out; no matching happens here.
 */
import type { PageState } from '../../common/messages';
import { sentenceAround } from '../../common/sentence';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  type Settings,
  siteMode,
} from '../../common/settings';
import { label, typeLabel } from '../../ui/labels';
import { segmentsOf } from '../blocks';
import { HighlightPainter, highlightsSupported, type Painter } from '../highlight';
import { entityKey } from '../page-model';
import { Reader } from '../page-reader';
import { onRequest } from '../runtime';
import { markReaderLoaded, readerForced, setReaderStart, stagedReader, stagedSettings } from '../stage';
import { MARK, MarkPainter } from './fallback-marks';
import { hitTest } from './hit-test';
import { applyInterfaceLanguage } from './interface-language';
import { displayShortcut, isEditable, keyAction } from './keyboard';
import { PageWatcher } from './observer';
import { TooltipHost } from './tooltip';

const HIDE_DELAY_MS = 300;

let settings: Settings = DEFAULT_SETTINGS;
let activePosition = -1;
/** The name whose tooltip was open last: keyboard reading goes on from it after Escape. */
let lastPosition = -1;
let pendingShow: ReturnType<typeof setTimeout> | undefined;
let pendingHide: ReturnType<typeof setTimeout> | undefined;

// Scrolled out of view: close, but keep a pending hover on another word.
const tooltip = new TooltipHost(document, () => closeTooltip(false));
const isOurs = (node: Node): boolean =>
  tooltip.contains(node) || node.nodeName.toLowerCase() === MARK || node.parentElement?.localName === MARK;

/** Where the Highlight API is missing, marks (which the gate does not paint with). */
function markPainter(): Painter {
  return new MarkPainter(document, () => {
    // Wrapping split and moved text nodes: re-read them (their text is unchanged).
    for (const block of reader.model.blocks.values()) {
      if (block.entities.length === 0) continue;
      const fresh = segmentsOf(block);
      if (fresh) reader.model.reindex(block, fresh);
    }
    watcher.discard();
  });
}

// The gate usually created the reader already and is reading or painting with it.
const staged = stagedReader();
const reader: Reader =
  staged?.reader ??
  new Reader(settings, highlightsSupported() ? new HighlightPainter(document) : markPainter());
const painter = reader.painter;

const watcher = new PageWatcher(
  (changes) => {
    // A page that never qualified stops being watched after a few looks: no lasting cost.
    if (!reader.update(changes)) watcher.disconnect();
  },
  () => {
    closeTooltip();
    reader.reset();
    if (document.body) watcher.observe(document.body);
    // Give the single-page app a moment to put the new article in place.
    setTimeout(() => void reader.start(false), 400);
  },
  isOurs,
);

reader.connect(
  () => {
    // What is painted changed: an open tooltip may point at an entity that is gone.
    if (tooltip.isOpen && !reader.model.visible(settings).some((ref) => ref.entity === tooltip.entity))
      closeTooltip();
  },
  (root) => watcher.observe(root),
);

function anchorOf(position: number): () => DOMRect | undefined {
  const ref = reader.model.visible(settings)[position];
  return () => {
    const range = ref && reader.model.rangeOf(ref);
    if (!range?.startContainer.isConnected) return undefined;
    return range.getClientRects()[0] ?? range.getBoundingClientRect();
  };
}

function tooltipHint(): string {
  // Keys are isolated left-to-right runs, so the Arabic hint keeps them whole and in order.
  const key = (text: string) => `\u2066${text}\u2069`;
  const next = displayShortcut(settings.shortcuts.next);
  const previous = displayShortcut(settings.shortcuts.previous);
  // "Alt+Shift+↓/↑" when both share their modifiers: the hint stays on one line.
  const cut = next.lastIndexOf('+') + 1;
  const shared =
    cut > 0 && previous.slice(0, cut) === next.slice(0, cut) && !previous.slice(cut).includes('+');
  const keys = shared ? key(`${next}/${previous.slice(cut)}`) : `${key(next)} / ${key(previous)}`;
  return label('reading_tooltip_hint', '$1 save · $2 close · $3 next, previous', [
    key('S'),
    key('Esc'),
    keys,
  ]);
}

function openTooltip(position: number, focus: boolean): void {
  const ref = reader.model.visible(settings)[position];
  if (!ref) return;
  const { entity, block } = ref;
  activePosition = position;
  lastPosition = position;
  painter.active(reader.model.rangeOf(ref));
  tooltip.show(
    {
      entity,
      anchor: anchorOf(position),
      context: {
        sentence: sentenceAround(block.text, entity.start, entity.end),
        url: location.href,
        title: document.title,
      },
      onSavedChange: (saved) => {
        // Every occurrence of the same term changes style together.
        const key = entityKey(entity);
        for (const other of reader.model.blocks.values())
          for (const candidate of other.entities) if (entityKey(candidate) === key) candidate.saved = saved;
        reader.model.invalidate();
        reader.repaint();
        activePosition = reader.model.positionOf(entity);
      },
    },
    focus,
    tooltipHint(),
  );
}

function closeTooltip(cancelPending = true): void {
  if (cancelPending) clearTimeout(pendingShow);
  const position = activePosition;
  const hadFocus = tooltip.hasFocus;
  tooltip.hide();
  painter.active(undefined);
  activePosition = -1;
  if (hadFocus) keepPlace(position);
}

/**
 * After a keyboard tooltip closes, the reader's place is the name it was open on. Where
 * focus did not go back to a control, the browser would go on from the hidden tooltip
 * (the end of the document) or the top: so the name's block is focused for an instant
 * (without scrolling) and let go, which makes it the point Tab goes on from; the
 * attribute it needs for that is removed at once.
 */
function keepPlace(position: number): void {
  const active = document.activeElement;
  if (active && active !== document.body && active !== document.documentElement) return;
  const ref = reader.model.visible(settings)[position];
  const range = ref && reader.model.rangeOf(ref);
  if (!range?.startContainer.isConnected) return;
  const block = range.startContainer.parentElement;
  if (block && !block.hasAttribute('tabindex')) {
    block.setAttribute('tabindex', '-1');
    block.focus({ preventScroll: true });
    block.blur();
    block.removeAttribute('tabindex');
  }
}

function inViewport(position: number): boolean {
  const ref = reader.model.visible(settings)[position];
  const rect = ref && reader.model.rangeOf(ref)?.getBoundingClientRect();
  return Boolean(rect && rect.bottom > 0 && rect.top < innerHeight);
}

function onPointerMove(event: MouseEvent): void {
  if (tooltip.contains(event.target as Node)) {
    clearTimeout(pendingHide);
    return;
  }
  const position = hitTest(document, reader.model, [...reader.shadowRoots], event.clientX, event.clientY);
  clearTimeout(pendingShow);
  if (position >= 0) {
    clearTimeout(pendingHide);
    if (position !== activePosition || !tooltip.isOpen) {
      pendingShow = setTimeout(() => openTooltip(position, false), settings.hoverDelay);
    }
  } else if (tooltip.isOpen && !tooltip.hasPointer && !tooltip.hasFocus) {
    clearTimeout(pendingHide);
    pendingHide = setTimeout(() => {
      if (!tooltip.hasPointer && !tooltip.hasFocus) closeTooltip();
    }, HIDE_DELAY_MS);
  }
}

/**
 * The next or previous painted name: from the open one, else from the last one opened if
 * it is still in view, else from the viewport. At either end it says so and stays.
 */
function navigate(step: 1 | -1): void {
  const visible = reader.model.visible(settings);
  if (visible.length === 0) {
    tooltip.announce(label('reading_none', 'No highlighted names on this page.'));
    return;
  }
  const from = activePosition >= 0 ? activePosition : inViewport(lastPosition) ? lastPosition : -1;
  let position: number;
  if (from >= 0 && from < visible.length) {
    position = from + step;
    if (position < 0 || position >= visible.length) {
      if (activePosition < 0) reveal(from, true);
      else tooltip.focus();
      tooltip.announce(
        step === 1
          ? label('reading_last', 'This is the last name on the page ($1 of $1).', [visible.length])
          : label('reading_first', 'This is the first name on the page (1 of $1).', [visible.length]),
      );
      return;
    }
  } else {
    const boxes = visible.map((ref) => reader.model.rangeOf(ref)?.getBoundingClientRect());
    const firstInView = boxes.findIndex((box) => box !== undefined && box.bottom > 0);
    // Up from the viewport is the last name above it; down, the first name in it.
    position = step === 1 ? firstInView : firstInView - 1;
    if (firstInView < 0) position = visible.length - 1;
    if (position < 0) position = 0;
  }
  reveal(position, true);
  const { entity } = visible[position];
  tooltip.announce(
    label('reading_announce', '$1 of $2: $3, $4 — $5', [
      position + 1,
      visible.length,
      typeLabel(entity.type),
      entity.name_ar,
      entity.name_en,
    ]),
  );
}

/** Scrolls a painted name into view (only if needed) and opens its tooltip. */
function reveal(position: number, focus: boolean): void {
  const ref = reader.model.visible(settings)[position];
  const range = ref && reader.model.rangeOf(ref);
  if (!range) return;
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight)
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  openTooltip(position, focus);
}

function onKeyDown(event: KeyboardEvent): void {
  // A page can dispatch keys of its own: only the reader's own keys drive the tooltip.
  if (!event.isTrusted) return;
  const inTooltip = tooltip.contains(event.target as Node);
  if (inTooltip && event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
    // Tab cycles inside the open tooltip: leaving it would jump the page to its first link.
    event.preventDefault();
    event.stopPropagation();
    tooltip.cycleFocus(event.shiftKey ? -1 : 1);
    return;
  }
  if (!inTooltip && isEditable(event.composedPath()[0] ?? event.target)) return;
  const action = keyAction(event, settings.shortcuts, tooltip.isOpen);
  if (!action || (action !== 'close' && !reader.isAccepted)) return;
  if (
    action === 'save' &&
    !inTooltip &&
    event.target !== document.body &&
    (event.target as Element).closest?.('a, button')
  )
    return;
  event.preventDefault();
  event.stopPropagation();
  if (action === 'next') navigate(1);
  else if (action === 'previous') navigate(-1);
  else if (action === 'close') closeTooltip();
  else tooltip.toggleSave(event);
}

function listen(): void {
  let frame = 0;
  let last: MouseEvent | undefined;
  document.addEventListener(
    'mousemove',
    (event) => {
      // A page's synthetic mousemove must not open the tooltip (and so read it).
      if (!event.isTrusted) return;
      last = event;
      if (frame || !reader.isAccepted) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) onPointerMove(last);
      });
    },
    { passive: true },
  );
  document.addEventListener('keydown', onKeyDown, true);
}

onRequest((request) => {
  switch (request.type) {
    case 'pageState':
      return Promise.resolve(reader.state);
    case 'annotateNow':
      return reader.start(true);
    case 'reveal':
      if (!Number.isInteger(request.index)) return undefined;
      reveal(request.index, true);
      return Promise.resolve<PageState>(reader.state);
    default:
      return undefined;
  }
});

function onSettings(next: Settings): void {
  const before = settings;
  settings = next;
  closeTooltip();
  void applyInterfaceLanguage(next.uiLanguage);
  const host = location.hostname;
  if (siteMode(before, host) !== siteMode(next, host) || before.scope !== next.scope) {
    reader.applySettings(next);
    if (siteMode(next, host) === 'never') reader.reset();
    else void reader.start(false);
  } else {
    reader.applySettings(next);
  }
}

async function main(): Promise<void> {
  // The settings the reader was made with (the gate's, when it made it).
  settings = stagedSettings() ?? settings;
  // Listening first, then reading: a change made since the gate read them is not lost.
  onSettingsChanged(onSettings);
  const current = await loadSettings();
  if (JSON.stringify(current) !== JSON.stringify(settings)) {
    if (staged) onSettings(current);
    else {
      settings = current;
      reader.applySettings(current);
    }
  }
  void applyInterfaceLanguage(settings.uiLanguage);
  listen();
  if (document.body) watcher.observe(document.body);
  await (staged?.start ?? reader.start(readerForced()));
}

// The background may inject this file twice (a second "annotate this page"): run once.
if (markReaderLoaded()) setReaderStart(main().then(() => reader.state));
