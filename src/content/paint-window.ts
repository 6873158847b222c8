/**
 * Which blocks' highlights are registered: those within a few screens of the viewport.
 *
 * Every change to the highlight registry costs the page a frame that revalidates its
 * highlights, and on a live blog of 100,000 nodes that frame takes tens of milliseconds
 * whatever the number of ranges (bench/prototypes/frame-floor.ts). So the window moves in
 * steps, not block by block: it is recomputed only after the reader scrolled a screen,
 * adds everything within two screens, and drops only what is more than four away.
 * Positions are read live (one layout read per block with names, layout being clean
 * during a scroll), so columns, sidebars and floats need no assumption of order.
 */

/** In screens: painted when this near the viewport, dropped when farther than `KEEP`. */
const SHOW = 2;
const KEEP = 4;

export class PaintWindow {
  private blocks: Element[] = [];
  private readonly shown = new Set<Element>();
  private lastY = Number.NaN;
  private frame = 0;
  private listening = false;

  constructor(
    private readonly view: Window,
    private readonly show: (block: Element) => void,
    private readonly hide: (block: Element) => void,
  ) {}

  /** Starts over with these blocks: what is near the viewport is shown at once. */
  reset(blocks: Element[]): void {
    this.blocks = blocks;
    this.shown.clear();
    this.lastY = Number.NaN;
    if (blocks.length > 0) {
      this.listen();
      this.update();
    }
  }

  clear(): void {
    this.reset([]);
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const schedule = (event: Event) => {
      // The document scrolled less than a screen since the last look: nothing to add.
      const documentScroll = event.type === 'resize' || event.target === this.view.document;
      if (documentScroll && Math.abs(this.view.scrollY - this.lastY) < this.view.innerHeight) return;
      if (this.frame) return;
      this.frame = this.view.requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
    };
    // Capture: scrolling containers inside the page do not bubble their scroll events.
    this.view.addEventListener('scroll', schedule, { capture: true, passive: true });
    this.view.addEventListener('resize', schedule, { passive: true });
  }

  private update(): void {
    if (this.blocks.length === 0) return;
    const height = this.view.innerHeight;
    this.lastY = this.view.scrollY;
    for (const block of this.blocks) {
      const rect = block.getBoundingClientRect();
      const near = rect.bottom >= -SHOW * height && rect.top <= (SHOW + 1) * height;
      const far = rect.bottom < -KEEP * height || rect.top > (KEEP + 1) * height;
      if (near && !this.shown.has(block)) {
        this.shown.add(block);
        this.show(block);
      } else if (far && this.shown.has(block)) {
        this.shown.delete(block);
        this.hide(block);
      }
    }
  }
}
