/**
 * One frame's reader session: all the state of the rest of the reader, injected by the background only into frames whose gate
 * (content.js) found Arabic text or whose site is set to "always": it takes over the
 * Reader the gate started (or starts one where the gate could not paint), and adds the
 * page observer (incremental updates), the tooltip (hover and keyboard) and the popup's
 * requests. DOM in, DOM out; no matching happens here.
 */
import type { PageEntity, PageState } from '../../common/messages';
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
import { readerForced, stagedReader, stagedSettings } from '../stage';
import { MARK, MarkPainter } from './fallback-marks';
import { hitTest } from './hit-test';
import { applyInterfaceLanguage } from './interface-language';
import { displayShortcut, isEditable, keyAction } from './keyboard';
import { PageWatcher } from './observer';
import { OVERLAY, OverlayPainter } from './overlay-marks';
import { TooltipHost } from './tooltip';

const HIDE_DELAY_MS = 300;

/**
 * The reader's state lives here, not in module variables: constructing it is what starts
 * the tooltip, the page watcher and the reader's callbacks, so index.ts can check that
 * this frame has no session yet before anything runs.
 */
export class ReaderSession {
  /** The gate's settings when it ran (the painter depends on them), until start() reads them again. */
  private settings: Settings = stagedSettings() ?? DEFAULT_SETTINGS;
  private activePosition = -1;
  /** The name whose tooltip was open last: keyboard reading goes on from it after Escape. */
  private lastPosition = -1;
  private pendingShow: ReturnType<typeof setTimeout> | undefined;
  private pendingHide: ReturnType<typeof setTimeout> | undefined;
  private readonly tooltip: TooltipHost;
  /** The reader the gate created and started, if it did (it is reading or painting with it). */
  private readonly staged = stagedReader();
  readonly reader: Reader;
  private readonly watcher: PageWatcher;

  constructor() {
    // Scrolled out of view: close, but keep a pending hover on another word.
    this.tooltip = new TooltipHost(document, () => this.closeTooltip(false));
    const isOurs = (node: Node): boolean =>
      this.tooltip.contains(node) ||
      node.nodeName.toLowerCase() === MARK ||
      node.nodeName.toLowerCase() === OVERLAY ||
      node.parentElement?.localName === MARK;
    this.reader = this.staged?.reader ?? new Reader(this.settings, this.painterFor(this.settings));
    this.watcher = new PageWatcher(
      (changes) => {
        // A page that never qualified stops being watched after a few looks: no lasting cost.
        if (!this.reader.update(changes)) this.watcher.disconnect();
      },
      () => {
        this.closeTooltip();
        this.reader.reset();
        if (document.body) this.watcher.observe(document.body);
        // Give the single-page app a moment to put the new article in place.
        setTimeout(() => void this.reader.start(false), 400);
      },
      isOurs,
    );
    this.reader.connect(
      () => {
        // What is painted changed: an open tooltip may point at an entity that is gone.
        if (
          this.tooltip.isOpen &&
          !this.reader.model.visible(this.settings).some((ref) => ref.entity === this.tooltip.entity)
        )
          this.closeTooltip();
      },
      (root) => this.watcher.observe(root),
    );
  }

  /**
   * The highlight registry, or where the Highlight API is missing the fallback's marks; the
   * closed overlay when known terms look different, since the page reads the registry.
   */
  private painterFor(settings: Settings): Painter {
    if (settings.knownTerms !== 'shown') return new OverlayPainter(document);
    return highlightsSupported() ? new HighlightPainter(document) : this.markPainter();
  }

  /** Switches painters when the known-terms style moved to or from "shown". */
  private fitPainter(settings: Settings): void {
    const overlay = settings.knownTerms !== 'shown';
    if (overlay !== this.reader.painter instanceof OverlayPainter)
      this.reader.usePainter(this.painterFor(settings));
  }

  /** Every occurrence of the same term changes together, and is painted again. */
  private updateTerm(entity: PageEntity, change: Partial<Pick<PageEntity, 'saved' | 'status'>>): void {
    const key = entityKey(entity);
    for (const other of this.reader.model.blocks.values())
      for (const candidate of other.entities)
        if (entityKey(candidate) === key) Object.assign(candidate, change);
    this.reader.model.invalidate();
    this.reader.repaint();
    this.activePosition = this.reader.model.positionOf(entity);
  }

  /** Where the Highlight API is missing, marks (which the gate does not paint with). */
  private markPainter(): Painter {
    return new MarkPainter(document, () => {
      // Wrapping split and moved text nodes: re-read them (their text is unchanged).
      for (const block of this.reader.model.blocks.values()) {
        if (block.entities.length === 0) continue;
        const fresh = segmentsOf(block);
        if (fresh) this.reader.model.reindex(block, fresh);
      }
      this.watcher.discard();
    });
  }

  anchorOf(position: number): () => DOMRect | undefined {
    const ref = this.reader.model.visible(this.settings)[position];
    return () => {
      const range = ref && this.reader.model.rangeOf(ref);
      if (!range?.startContainer.isConnected) return undefined;
      return range.getClientRects()[0] ?? range.getBoundingClientRect();
    };
  }

  private tooltipHint(): string {
    // Keys are isolated left-to-right runs, so the Arabic hint keeps them whole and in order.
    const key = (text: string) => `\u2066${text}\u2069`;
    const next = displayShortcut(this.settings.shortcuts.next);
    const previous = displayShortcut(this.settings.shortcuts.previous);
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

  private openTooltip(position: number, focus: boolean): void {
    const ref = this.reader.model.visible(this.settings)[position];
    if (!ref) return;
    const { entity, block } = ref;
    this.activePosition = position;
    this.lastPosition = position;
    this.reader.painter.active(this.reader.model.rangeOf(ref));
    this.tooltip.show(
      {
        entity,
        anchor: this.anchorOf(position),
        context: {
          sentence: sentenceAround(block.text, entity.start, entity.end),
          url: location.href,
          title: document.title,
        },
        onSavedChange: (saved) => this.updateTerm(entity, { saved }),
        onStatusChange: (status) => this.updateTerm(entity, { status }),
      },
      focus,
      this.tooltipHint(),
    );
  }

  closeTooltip(cancelPending = true): void {
    if (cancelPending) clearTimeout(this.pendingShow);
    const position = this.activePosition;
    const hadFocus = this.tooltip.hasFocus;
    this.tooltip.hide();
    this.reader.painter.active(undefined);
    this.activePosition = -1;
    if (hadFocus) this.keepPlace(position);
  }

  /**
   * After a keyboard tooltip closes, the reader's place is the name it was open on. Where
   * focus did not go back to a control, the browser would go on from the hidden tooltip
   * (the end of the document) or the top: so the name's block is focused for an instant
   * (without scrolling) and let go, which makes it the point Tab goes on from; the
   * attribute it needs for that is removed at once.
   */
  private keepPlace(position: number): void {
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    const ref = this.reader.model.visible(this.settings)[position];
    const range = ref && this.reader.model.rangeOf(ref);
    if (!range?.startContainer.isConnected) return;
    const block = range.startContainer.parentElement;
    if (block && !block.hasAttribute('tabindex')) {
      block.setAttribute('tabindex', '-1');
      block.focus({ preventScroll: true });
      block.blur();
      block.removeAttribute('tabindex');
    }
  }

  private inViewport(position: number): boolean {
    const ref = this.reader.model.visible(this.settings)[position];
    const rect = ref && this.reader.model.rangeOf(ref)?.getBoundingClientRect();
    return Boolean(rect && rect.bottom > 0 && rect.top < innerHeight);
  }

  private onPointerMove(event: MouseEvent): void {
    if (this.tooltip.contains(event.target as Node)) {
      clearTimeout(this.pendingHide);
      return;
    }
    const position = hitTest(
      document,
      this.reader.model,
      [...this.reader.shadowRoots],
      event.clientX,
      event.clientY,
    );
    clearTimeout(this.pendingShow);
    if (position >= 0) {
      clearTimeout(this.pendingHide);
      if (position !== this.activePosition || !this.tooltip.isOpen) {
        this.pendingShow = setTimeout(() => this.openTooltip(position, false), this.settings.hoverDelay);
      }
    } else if (this.tooltip.isOpen && !this.tooltip.hasPointer && !this.tooltip.hasFocus) {
      clearTimeout(this.pendingHide);
      this.pendingHide = setTimeout(() => {
        if (!this.tooltip.hasPointer && !this.tooltip.hasFocus) this.closeTooltip();
      }, HIDE_DELAY_MS);
    }
  }

  /**
   * The next or previous painted name: from the open one, else from the last one opened if
   * it is still in view, else from the viewport. At either end it says so and stays.
   */
  private navigate(step: 1 | -1): void {
    const visible = this.reader.model.visible(this.settings);
    if (visible.length === 0) {
      this.tooltip.announce(label('reading_none', 'No highlighted names on this page.'));
      return;
    }
    const from =
      this.activePosition >= 0
        ? this.activePosition
        : this.inViewport(this.lastPosition)
          ? this.lastPosition
          : -1;
    let position: number;
    if (from >= 0 && from < visible.length) {
      position = from + step;
      if (position < 0 || position >= visible.length) {
        if (this.activePosition < 0) this.reveal(from, true);
        else this.tooltip.focus();
        this.tooltip.announce(
          step === 1
            ? label('reading_last', 'This is the last name on the page ($1 of $1).', [visible.length])
            : label('reading_first', 'This is the first name on the page (1 of $1).', [visible.length]),
        );
        return;
      }
    } else {
      const boxes = visible.map((ref) => this.reader.model.rangeOf(ref)?.getBoundingClientRect());
      const firstInView = boxes.findIndex((box) => box !== undefined && box.bottom > 0);
      // Up from the viewport is the last name above it; down, the first name in it.
      position = step === 1 ? firstInView : firstInView - 1;
      if (firstInView < 0) position = visible.length - 1;
      if (position < 0) position = 0;
    }
    this.reveal(position, true);
    const { entity } = visible[position];
    this.tooltip.announce(
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
  reveal(position: number, focus: boolean): void {
    const ref = this.reader.model.visible(this.settings)[position];
    const range = ref && this.reader.model.rangeOf(ref);
    if (!range) return;
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > innerHeight)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.openTooltip(position, focus);
  }

  private onKeyDown(event: KeyboardEvent): void {
    // A page can dispatch keys of its own: only the reader's own keys drive the tooltip.
    if (!event.isTrusted) return;
    const inTooltip = this.tooltip.contains(event.target as Node);
    if (inTooltip && event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // Tab cycles inside the open tooltip: leaving it would jump the page to its first link.
      event.preventDefault();
      event.stopPropagation();
      this.tooltip.cycleFocus(event.shiftKey ? -1 : 1);
      return;
    }
    if (!inTooltip && isEditable(event.composedPath()[0] ?? event.target)) return;
    const action = keyAction(event, this.settings.shortcuts, this.tooltip.isOpen);
    if (!action || (action !== 'close' && !this.reader.isAccepted)) return;
    if (
      action === 'save' &&
      !inTooltip &&
      event.target !== document.body &&
      (event.target as Element).closest?.('a, button')
    )
      return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'next') this.navigate(1);
    else if (action === 'previous') this.navigate(-1);
    else if (action === 'close') this.closeTooltip();
    else this.tooltip.toggleSave(event);
  }

  private listen(): void {
    let frame = 0;
    let last: MouseEvent | undefined;
    document.addEventListener(
      'mousemove',
      (event) => {
        // A page's synthetic mousemove must not open the tooltip (and so read it).
        if (!event.isTrusted) return;
        last = event;
        if (frame || !this.reader.isAccepted) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) this.onPointerMove(last);
        });
      },
      { passive: true },
    );
    document.addEventListener('keydown', (event) => this.onKeyDown(event), true);
  }

  private onSettings(next: Settings): void {
    const before = this.settings;
    this.settings = next;
    this.closeTooltip();
    void applyInterfaceLanguage(next.uiLanguage);
    this.fitPainter(next);
    const host = location.hostname;
    if (siteMode(before, host) !== siteMode(next, host) || before.scope !== next.scope) {
      this.reader.applySettings(next);
      if (siteMode(next, host) === 'never') this.reader.reset();
      else void this.reader.start(false);
    } else {
      this.reader.applySettings(next);
    }
  }

  /** Takes over (or starts) the page's reading, then listens: called once per frame. */
  async start(): Promise<PageState> {
    // Listening first, then reading: a change made since the gate read them is not lost.
    onSettingsChanged((next) => this.onSettings(next));
    const current = await loadSettings();
    if (JSON.stringify(current) !== JSON.stringify(this.settings)) {
      if (this.staged) this.onSettings(current);
      else {
        this.settings = current;
        this.fitPainter(current);
        this.reader.applySettings(current);
      }
    }
    void applyInterfaceLanguage(this.settings.uiLanguage);
    this.listen();
    if (document.body) this.watcher.observe(document.body);
    await (this.staged?.start ?? this.reader.start(readerForced()));
    return this.reader.state;
  }
}
