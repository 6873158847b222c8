/**
 * The tooltip's container, independent of what it shows: the shadow host (created on
 * first use, on <html>, never in <body>), the dialog element, the aria-live region,
 * placement beside the word, following scroll and resize, and focus in and back out.
 *
 * The shadow root is closed in the release build: the tooltip shows the reader's note and
 * status, and page scripts walk every element's `shadowRoot`. Closed, `host.shadowRoot` is
 * null for the page, which therefore can neither read nor click inside (docs/privacy.md).
 * The development build (dist-dev, which the e2e suite loads) opens it, so tests find the
 * tooltip by role and name as a reader does; e2e/reliability-privacy.spec.ts checks that
 * the release build's root is closed.
 */

import { hostStyle, SHADOW_MODE } from './page-host';
import { anchorVisible, placeTooltip } from './placement';
import { TOOLTIP_CSS } from './tooltip-style';

/** A zero-size anchor at the viewport's corner; the card inside is placed from it. */
const HOST_STYLE = hostStyle(
  'inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; ' +
    'z-index: 2147483647 !important; pointer-events: auto !important; contain: none !important;',
);

export class TooltipFrame {
  pointerInside = false;
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private dialog: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private live: HTMLElement | undefined;
  private hint: HTMLElement | undefined;
  private returnFocus: Element | null = null;
  private following = false;
  private frame = 0;
  private readonly resizeObserver =
    typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.place()) : undefined;

  constructor(
    private readonly doc: Document,
    private readonly anchor: () => DOMRect | undefined,
    private readonly onOutOfView: () => void,
  ) {}

  private ensure(): void {
    if (this.host?.isConnected && this.root) return;
    const host = this.doc.createElement('dalil-tooltip');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: SHADOW_MODE });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
    const live = this.doc.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    const dialog = this.doc.createElement('div');
    dialog.className = 'tooltip';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-labelledby', 'dalil-tooltip-title');
    dialog.setAttribute('aria-describedby', 'dalil-tooltip-hint');
    dialog.tabIndex = -1;
    dialog.hidden = true;
    const mount = this.doc.createElement('div');
    const hint = this.doc.createElement('p');
    hint.className = 'hint';
    hint.id = 'dalil-tooltip-hint';
    dialog.append(mount, hint);
    dialog.addEventListener('mouseenter', (event) => {
      if (event.isTrusted) this.pointerInside = true;
    });
    dialog.addEventListener('mouseleave', (event) => {
      if (event.isTrusted) this.pointerInside = false;
    });
    root.append(live, dialog);
    this.doc.documentElement.append(host);
    // The top layer puts the tooltip above the page's own dialogs and z-index wars.
    try {
      host.setAttribute('popover', 'manual');
      host.showPopover?.();
    } catch {
      host.removeAttribute('popover');
    }
    this.resizeObserver?.observe(dialog);
    Object.assign(this, { host, root, dialog, mount, live, hint });
  }

  /** Shows the (empty) dialog and returns where to render its content. */
  open(dir: 'rtl' | 'ltr', lang: string, hint: string): HTMLElement {
    this.ensure();
    const dialog = this.dialog!;
    dialog.dir = dir;
    dialog.lang = lang;
    this.hint!.textContent = hint;
    dialog.hidden = false;
    this.follow(true);
    return this.mount!;
  }

  close(): HTMLElement | undefined {
    if (!this.dialog || this.dialog.hidden) return undefined;
    const hadFocus = this.hasFocus;
    this.dialog.hidden = true;
    this.pointerInside = false;
    this.follow(false);
    if (hadFocus) {
      const back = this.returnFocus as HTMLElement | null;
      (this.root?.activeElement as HTMLElement | null)?.blur();
      if (back?.isConnected && back !== this.doc.body) back.focus({ preventScroll: true });
    }
    this.returnFocus = null;
    return this.mount;
  }

  focus(): void {
    if (!this.dialog) return;
    if (!this.hasFocus) this.returnFocus = this.doc.activeElement;
    this.dialog.focus({ preventScroll: true });
  }

  get hasFocus(): boolean {
    return this.host !== undefined && this.doc.activeElement === this.host;
  }

  announce(text: string): void {
    this.ensure();
    // Replacing the text (not appending) makes screen readers read it once, even when repeated.
    this.live!.textContent = '';
    setTimeout(() => {
      if (this.live) this.live.textContent = text;
    }, 30);
  }

  contains(node: Node | null): boolean {
    return node !== null && this.host !== undefined && (node === this.host || this.host.contains(node));
  }

  /** Beside the word and inside the viewport; closes when the word has scrolled out of view. */
  place(): void {
    const dialog = this.dialog;
    const anchor = this.anchor();
    if (!dialog || dialog.hidden) return;
    const viewport = { width: innerWidth, height: innerHeight };
    if (!anchor || !anchorVisible(anchor, viewport)) {
      this.onOutOfView();
      return;
    }
    dialog.style.maxHeight = '';
    const { width, height } = dialog.getBoundingClientRect();
    const spot = placeTooltip(anchor, width, height, viewport);
    dialog.style.top = `${spot.top}px`;
    dialog.style.left = `${spot.left}px`;
    if (height > spot.maxHeight) dialog.style.maxHeight = `${spot.maxHeight}px`;
  }

  private readonly onMove = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  private follow(on: boolean): void {
    if (on === this.following) return;
    this.following = on;
    // Capture catches scrolling inside any scrolling container, not just the window.
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.onMove, { capture: true, passive: true } as AddEventListenerOptions);
    window[method]('resize', this.onMove, { passive: true } as AddEventListenerOptions);
  }
}
