/**
 * Watches the page for new and changed content (infinite scroll, late-loading bodies,
 * live updates) and for single-page-app navigation. Changes are collected and handed
 * over debounced, so a burst of mutations costs one update.
 */

export interface PageChanges {
  /** Nodes whose children or text changed. */
  targets: Set<Node>;
  /** Elements added to the page. */
  added: Element[];
}

const DEBOUNCE_MS = 250;
/** A page that never stops changing (a ticker) still gets updates this often. */
const MAX_WAIT_MS = 1500;

export class PageWatcher {
  private readonly observer: MutationObserver;
  private pending: PageChanges = { targets: new Set(), added: [] };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private url: string;
  private observed = new WeakSet<Node>();

  constructor(
    private readonly onChanges: (changes: PageChanges) => void,
    private readonly onNavigate: () => void,
    /** Dalil's own nodes (tooltip host, fallback marks): their mutations are not page changes. */
    private readonly isOurs: (node: Node) => boolean,
  ) {
    this.url = pageUrl();
    this.observer = new MutationObserver((records) => this.collect(records));
    addEventListener('popstate', () => this.checkUrl());
    // The Navigation API sees pushState/replaceState, which the isolated world cannot wrap.
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', () => this.checkUrl());
  }

  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Stops watching (a page that never qualified); SPA navigation still restarts it. */
  disconnect(): void {
    this.observer.disconnect();
    this.observed = new WeakSet();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Drops records of changes Dalil made itself (the fallback painter). */
  discard(): void {
    this.observer.takeRecords();
  }

  private collect(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (this.isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        if (record.target.parentNode) this.pending.targets.add(record.target.parentNode);
        relevant = true;
        continue;
      }
      const added = Array.from(record.addedNodes).filter((node) => !this.isOurs(node));
      const removed = Array.from(record.removedNodes).filter((node) => !this.isOurs(node));
      if (added.length === 0 && removed.length === 0) continue;
      relevant = true;
      this.pending.targets.add(record.target);
      for (const node of added) if (node.nodeType === 1) this.pending.added.push(node as Element);
    }
    if (!relevant) return;
    if (this.checkUrl()) return;
    const now = performance.now();
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const changes = this.pending;
    this.pending = { targets: new Set(), added: [] };
    this.onChanges(changes);
  }

  /** A new URL (ignoring the #fragment) means a new article: reset instead of patching. */
  private checkUrl(): boolean {
    const url = pageUrl();
    if (url === this.url) return false;
    this.url = url;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = { targets: new Set(), added: [] };
    this.onNavigate();
    return true;
  }
}

function pageUrl(): string {
  return location.href.replace(/#.*$/, '');
}
