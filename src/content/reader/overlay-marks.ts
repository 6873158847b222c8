/**
 * Paints names as boxes of Dalil's own, in a closed shadow root laid over the viewport,
 * instead of through the highlight registry: used when the reader shows known terms
 * quietly or hides them. The page can read every range in `CSS.highlights` and the name
 * of the highlight it is in, so a known term drawn differently there, or left out, would
 * tell the page what the reader knows (docs/privacy.md). Here the page sees one fixed,
 * viewport-sized host that ignores the pointer and contains its own layout, the same
 * whatever the reader saved or set; what is inside is out of its reach.
 *
 * Only names near the viewport are drawn (PaintWindow, as for the highlights): their
 * text boxes (`Range.getClientRects`) are read for a few screens around it, keeping the
 * parts inside every box that clips the text (a scrolling column, a carousel). A scroll
 * of the document then only moves the layer; the boxes are read again on the frame after
 * anything else moved them (a scrolling element, a resize, a change of size of the body
 * or of a drawn block, a font load, the paint window moving on).
 */
import { type KnownTermsStyle, UNDERLINES } from '../../common/settings';
import type { Look, Painter, PaintItem } from '../highlight';
import { activeColor, fillColor, lineColor, PAINT_GROUPS } from '../highlight-style';
import { PaintWindow } from '../paint-window';
import { type Box, intersect, type MarkLook, markLook, visibleParts } from './overlay-boxes';
import { hostStyle, SHADOW_MODE } from './page-host';

/** The host element's name. */
export const OVERLAY = 'dalil-marks';

/** `contain: strict` keeps its boxes out of the page's layout; clicks go through to the page. */
const HOST_STYLE = hostStyle(
  'inset: 0 !important; overflow: hidden !important; contain: strict !important; ' +
    'pointer-events: none !important; z-index: 2147483646 !important;',
);

/** The overlay's stylesheet for a look: one class per kind, `quiet` for known terms drawn faintly. */
export function overlayCss(look: Pick<Look, 'colors' | 'dark'>): string {
  const rules = [
    // Its own compositor layer: a scroll of the document moves it without repainting the marks.
    '.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; will-change: transform; }',
    '.mark { position: absolute; box-sizing: border-box; pointer-events: none; border-bottom: 2px solid transparent; }',
  ];
  for (const group of PAINT_GROUPS) {
    const color = look.colors[group];
    rules.push(
      `.${group} { background-color: ${fillColor(color, look.dark)}; border-bottom: 2px ${UNDERLINES[group]} ${lineColor(color, look.dark)}; }`,
    );
  }
  rules.push('.quiet { background-color: transparent; border-bottom-width: 1px; opacity: 0.45; }');
  rules.push(`.active { background-color: ${activeColor(look.dark)}; border-bottom-color: transparent; }`);
  return rules.join('\n');
}

/**
 * Where a block sits: the elements whose overflow clips its text, from it up (not the
 * root's), and whether it is in a fixed or sticky box, which the document's scroll moves
 * differently from the rest.
 */
interface Placement {
  clippers: Element[];
  anchored: boolean;
}

function placementOf(element: Element): Placement {
  const doc = element.ownerDocument;
  const clippers: Element[] = [];
  let anchored = false;
  for (let node: Element | null = element; node; ) {
    if (node === doc.documentElement || node === doc.body) break;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.push(node);
    if (style.position === 'fixed' || style.position === 'sticky') anchored = true;
    if (style.position === 'fixed') break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return { clippers, anchored };
}

/** Screens around the viewport that are drawn, so a scroll of the document only moves the layer. */
const AROUND = 3;

export class OverlayPainter implements Painter {
  private host: HTMLElement | undefined;
  private layer: HTMLElement | undefined;
  private readonly sheet = new CSSStyleSheet();
  private css = '';
  private knownTerms: KnownTermsStyle = 'shown';
  private byBlock = new Map<Element, PaintItem[]>();
  private readonly shown = new Set<Element>();
  private readonly placements = new Map<Element, Placement>();
  private readonly pool: HTMLElement[] = [];
  private activeRange: Range | undefined;
  private frame = 0;
  /** The next frame re-reads every box (else it only moves the layer with the scroll). */
  private full = false;
  /** Document scroll when the boxes were read. */
  private drawnAt = { x: 0, y: 0 };
  /** Whether a drawn block is in a fixed or sticky box (then every scroll re-reads). */
  private anchored = false;
  private listening = false;
  private readonly onChange = () => this.schedule();
  private readonly onScroll = (event: Event) => this.schedule(this.anchored || event.target !== this.doc);
  private readonly window: PaintWindow | undefined;
  private readonly resizes: ResizeObserver | undefined;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView;
    this.window = view
      ? new PaintWindow(
          view,
          (block) => {
            this.shown.add(block);
            this.resizes?.observe(block);
            this.schedule();
          },
          (block) => {
            this.shown.delete(block);
            this.resizes?.unobserve(block);
            this.schedule();
          },
        )
      : undefined;
    this.resizes =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : undefined;
  }

  style(look: Look): void {
    this.knownTerms = look.knownTerms;
    const css = overlayCss(look);
    if (css !== this.css) {
      this.sheet.replaceSync(css);
      this.css = css;
    }
    this.schedule();
  }

  paint(items: () => PaintItem[]): void {
    this.byBlock = new Map();
    for (const item of items()) {
      const list = this.byBlock.get(item.block);
      if (list) list.push(item);
      else this.byBlock.set(item.block, [item]);
    }
    this.placements.clear();
    this.shown.clear();
    this.resizes?.disconnect();
    if (this.doc.body) this.resizes?.observe(this.doc.body);
    // The host exists whenever there are names, drawn or not: its presence says nothing of which.
    if (this.byBlock.size > 0) this.ensure();
    this.window?.reset([...this.byBlock.keys()]);
    this.schedule();
  }

  active(range: Range | undefined): void {
    this.activeRange = range;
    this.schedule();
  }

  clear(): void {
    this.window?.clear();
    this.resizes?.disconnect();
    this.byBlock = new Map();
    this.shown.clear();
    this.placements.clear();
    this.activeRange = undefined;
    this.listen(false);
    this.host?.remove();
    this.host = undefined;
    this.layer = undefined;
    this.pool.length = 0;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(OVERLAY);
    host.setAttribute('style', HOST_STYLE);
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: SHADOW_MODE });
    root.adoptedStyleSheets = [this.sheet];
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    root.append(layer);
    this.doc.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    this.pool.length = 0;
    this.listen(true);
  }

  /** Scrolls, resizes and late fonts move the text: redraw on the next frame. */
  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const view = this.doc.defaultView;
    const method = on ? 'addEventListener' : 'removeEventListener';
    // Capture: scrolling containers inside the page do not bubble their scroll events.
    view?.[method]('scroll', this.onScroll, { capture: true, passive: true } as AddEventListenerOptions);
    view?.[method]('resize', this.onChange, { passive: true } as AddEventListenerOptions);
    if (on) void this.doc.fonts?.ready.then(this.onChange);
  }

  private schedule(full = true): void {
    const view = this.doc.defaultView;
    this.full ||= full;
    if (this.frame || !view || !this.host) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.full) this.draw();
      else this.move();
    });
  }

  /** The document scrolled and nothing else changed: the boxes move with it, unread. */
  private move(): void {
    const view = this.doc.defaultView;
    if (!this.layer || !view) return;
    this.layer.style.transform = `translate(${this.drawnAt.x - view.scrollX}px, ${this.drawnAt.y - view.scrollY}px)`;
  }

  /** The part of `region` where a block's text can be seen, or undefined when none. */
  private clipOf(block: Element, region: Box): Box | undefined {
    let placement = this.placements.get(block);
    if (!placement) {
      placement = placementOf(block);
      this.placements.set(block, placement);
    }
    this.anchored ||= placement.anchored;
    let clip: Box | undefined = region;
    for (const element of placement.clippers) {
      if (!clip) break;
      clip = intersect(clip, element.getBoundingClientRect());
    }
    return clip;
  }

  private draw(): void {
    const layer = this.layer;
    const view = this.doc.defaultView;
    if (!layer || !view) return;
    this.full = false;
    this.anchored = false;
    const { innerWidth: width, innerHeight: height } = view;
    const region: Box = {
      left: -width,
      top: -AROUND * height,
      right: 2 * width,
      bottom: (AROUND + 1) * height,
    };
    const marks: Array<[Box, string]> = [];
    for (const block of this.shown) {
      if (!block.isConnected) continue;
      const clip = intersect(block.getBoundingClientRect(), region) && this.clipOf(block, region);
      if (!clip) continue;
      for (const item of this.byBlock.get(block) ?? []) {
        const look: MarkLook = markLook(item.known, this.knownTerms);
        const range = look && item.range();
        if (!range) continue;
        const className = look === 'quiet' ? `mark ${item.group} quiet` : `mark ${item.group}`;
        for (const part of visibleParts(range.getClientRects(), clip)) marks.push([part, className]);
      }
    }
    if (this.activeRange?.startContainer.isConnected) {
      for (const part of visibleParts(this.activeRange.getClientRects(), region))
        marks.push([part, 'mark active']);
    }
    this.drawnAt = { x: view.scrollX, y: view.scrollY };
    layer.style.transform = '';
    marks.forEach(([box, className], index) => {
      let mark = this.pool[index];
      if (!mark) {
        mark = this.doc.createElement('div');
        this.pool.push(mark);
        layer.append(mark);
      }
      mark.className = className;
      mark.hidden = false;
      mark.style.cssText = `left: ${box.left}px; top: ${box.top}px; width: ${box.right - box.left}px; height: ${box.bottom - box.top}px;`;
    });
    for (let index = marks.length; index < this.pool.length; index++) this.pool[index].hidden = true;
  }
}
