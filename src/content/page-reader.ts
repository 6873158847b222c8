/**
 * The reading session of one page (one frame): scans the article, keeps the page model
 * up to date as the page changes, paints it, and reports to the popup. Every async step
 * checks `generation`, so a reset (SPA navigation, a settings change) cancels stale work.
 */

import type { AnnotateResult, PageState } from '../common/messages';
import { zeroCounts } from '../common/pack';
import { type Settings, siteMode } from '../common/settings';
import { diffBlocks, outermost } from './block-diff';
import { blockElementOf } from './blocks';
import { gatePage } from './gate/gate';
import { type Painter, pageIsDark } from './highlight';
import { highlightCss } from './highlight-style';
import { PageModel } from './page-model';
import type { PageChanges } from './reader/observer';
import {
  annotateBlocks,
  composedContains,
  insideSkipped,
  pageRoots,
  readSliced,
  scanPage,
  withoutHidden,
} from './scan';
import { sliced } from './schedule';

const ARTICLE_LIKE = 'article, [itemprop="articleBody"], main, [role="main"]';
/** A page that did not qualify is looked at again when it grows, a few times at most. */
const MAX_RETRIES = 6;

export class Reader {
  readonly model = new PageModel();
  readonly shadowRoots = new Set<ShadowRoot>();
  state: PageState;
  private roots: Element[] = [];
  private generation = 0;
  private accepted = false;
  private forced = false;
  private retries = 0;
  private detection: AnnotateResult['detection'] | undefined;
  private dark: boolean | undefined;

  /** Called after each change of what is painted (the tooltip may need closing). */
  private changed: () => void = () => undefined;
  /** New open shadow roots to watch. */
  private watch: (root: ShadowRoot) => void = () => undefined;

  constructor(
    private settings: Settings,
    private current: Painter,
  ) {
    this.state = this.emptyState();
  }

  /**
   * The gate starts reading and painting before the rest of the reader (tooltip, keyboard,
   * page observer) is injected; when it arrives, it connects here. Shadow roots found
   * meanwhile are handed to `watch` at once.
   */
  connect(changed: () => void, watch: (root: ShadowRoot) => void): void {
    this.changed = changed;
    this.watch = watch;
    for (const root of this.shadowRoots) watch(root);
  }

  private emptyState(): PageState {
    return {
      status: 'idle',
      counts: zeroCounts(),
      entities: [],
      host: location.hostname,
    };
  }

  get painter(): Painter {
    return this.current;
  }

  /** Paints with another painter from the next repaint on (the reader changed how known terms look). */
  usePainter(painter: Painter): void {
    this.current.clear();
    this.current = painter;
  }

  get isAccepted(): boolean {
    return this.accepted;
  }

  /** Forgets everything (SPA navigation, site switched off) and unpaints. */
  reset(): void {
    this.retries = 0;
    this.generation++;
    this.model.clear();
    this.roots = [];
    this.accepted = false;
    this.forced = false;
    this.detection = undefined;
    this.painter.clear();
    this.state = this.emptyState();
    this.changed();
  }

  /**
   * The first look: gate, extraction, detection. `force` skips the gate and the verdict;
   * `gated` says the gate has just found the page worth reading.
   */
  async start(force: boolean, gated = false): Promise<PageState> {
    const retries = this.retries;
    this.reset();
    this.retries = retries;
    const generation = this.generation;
    const cancelled = () => generation !== this.generation;
    const mode = siteMode(this.settings, location.hostname);
    if (mode === 'never' && !force) {
      this.state = { ...this.state, status: 'skipped' };
      return this.state;
    }
    force ||= mode === 'always';
    if (!force && !gated && !gatePage(document).worthScanning) {
      this.state = { ...this.state, status: 'skipped' };
      return this.state;
    }
    this.state = { ...this.state, status: 'annotating' };
    try {
      const scan = await scanPage(pageRoots(this.settings.scope), force, cancelled);
      if (!scan || cancelled()) return this.state;
      const { detection, blocks } = scan;
      this.roots = scan.roots;
      const perBlock = withoutHidden(blocks, scan.perBlock);
      this.detection = detection;
      this.accepted = force || Boolean(detection?.isArabic && detection.isPolitical);
      this.forced = force;
      if (this.accepted) {
        this.addShadowRoots(scan.shadowRoots);
        await sliced(
          blocks.map((block, i) => [block, i] as const),
          ([block, i]) => this.model.put(block, perBlock[i]),
          cancelled,
        );
        if (cancelled()) return this.state;
      }
      this.repaint();
    } catch (error) {
      this.state = {
        ...this.state,
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
      };
    }
    return this.state;
  }

  /** New or changed content; returns false when the page is no longer worth watching. */
  update(changes: PageChanges): boolean {
    if (this.state.status === 'annotating') return true;
    if (!this.accepted) {
      // A late-loading or growing page may qualify now.
      if (this.state.status === 'error' || this.retries++ >= MAX_RETRIES) return false;
      void this.start(false);
      return true;
    }
    void this.patch(changes);
    return true;
  }

  /** Re-reads only the blocks the changes touched. */
  private async patch(changes: PageChanges): Promise<void> {
    if (this.roots.some((root) => !root.isConnected)) {
      // The article itself was replaced (an SPA that swaps it without a new URL).
      await this.start(this.forced);
      return;
    }
    const generation = this.generation;
    let dirty = false;
    for (const element of this.model.detached()) {
      this.model.remove(element);
      dirty = true;
    }
    const subtrees: Element[] = [];
    for (const target of changes.targets) {
      if (!target.isConnected) continue;
      const root = this.roots.find((candidate) => composedContains(candidate, target));
      if (root && !insideSkipped(target, root)) subtrees.push(blockElementOf(target, root));
    }
    // Article mode: a new article (infinite scroll) becomes a root of its own.
    if (this.settings.scope === 'article') {
      for (const added of changes.added) {
        if (!added.isConnected || this.roots.some((root) => composedContains(root, added))) continue;
        const articles = added.matches(ARTICLE_LIKE)
          ? [added]
          : Array.from(added.querySelectorAll(ARTICLE_LIKE));
        for (const article of outermost(articles)) {
          if (this.roots.some((root) => composedContains(root, article) || article.contains(root))) continue;
          this.roots.push(article);
          subtrees.push(article);
        }
      }
    }
    const fresh = [];
    for (const subtree of outermost(subtrees)) {
      const stored = new Map<Element, string>();
      for (const block of this.model.blocks.values()) {
        if (composedContains(subtree, block.element)) stored.set(block.element, block.text);
      }
      const read = await readSliced([subtree], () => generation !== this.generation);
      if (!read) return;
      this.addShadowRoots(read.shadowRoots);
      const diff = diffBlocks(stored, read.blocks);
      for (const element of diff.gone) this.model.remove(element);
      fresh.push(...diff.fresh);
      dirty ||= diff.gone.length > 0;
    }
    if (fresh.length > 0) {
      const found = await annotateBlocks(fresh, true, false);
      if (generation !== this.generation) return;
      const perBlock = withoutHidden(fresh, found.perBlock);
      fresh.forEach((block, i) => {
        this.model.put(block, perBlock[i]);
      });
      dirty = true;
    }
    if (dirty) this.repaint();
  }

  private addShadowRoots(roots: Iterable<ShadowRoot>): void {
    for (const root of roots) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      this.watch(root);
    }
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.model.invalidate();
    if (this.accepted) this.repaint();
  }

  /** Paints what is visible under the settings and refreshes the popup's summary. */
  repaint(): void {
    this.dark ??= pageIsDark(document);
    const { colors, knownTerms } = this.settings;
    this.painter.style(
      { css: highlightCss(colors, this.dark), colors, dark: this.dark, knownTerms },
      this.shadowRoots,
    );
    const visible = this.model.visible(this.settings);
    // Ranges are made when painted: the fallback painter re-reads them after unwrapping.
    this.painter.paint(() =>
      visible.map((ref) => ({
        group: ref.group,
        block: ref.block.element,
        range: () => this.model.rangeOf(ref),
        known: ref.entity.saved && ref.entity.status === 'known',
      })),
    );
    const counts = zeroCounts();
    for (const ref of visible) counts[ref.entity.type]++;
    this.state = {
      status: 'annotated',
      detection: this.detection,
      counts,
      entities: visible.map(({ entity: { text, type, name_en, saved, id, name_ar } }) => ({
        text,
        type,
        name_en,
        saved,
        id,
        name_ar,
      })),
      host: location.hostname,
      forced: this.forced,
    };
    this.changed();
  }
}
