/**
 * One load of an annotated page with the timed build: Dalil's steps from its marks,
 * the service worker's own annotate time, and the bare TreeWalker pass over the same page.
 */
import type { Page, Worker } from '@playwright/test';
import { dalilMarks, waitForMark } from './launch';

export interface PageRun {
  /** content script start → highlights painted (next frame done). */
  totalMs: number;
  /** content script start → settings read (storage). */
  settingsMs: number;
  /** settings read → extraction starts (gate, article root). */
  gateMs: number;
  /** Asking for the reader → injected (runs while the page is read and annotated). */
  injectMs: number;
  extractMs: number;
  /** Round trips to the service worker minus the engine's own time there. */
  messageMs: number;
  annotateMs: number;
  /** Ranges and Highlight objects (JavaScript). */
  paintJsMs: number;
  /** paint start → the next frame (style, layout, paint of the highlights) done. */
  paintMs: number;
  walkMs: number;
  domUnchanged: boolean;
}

const span = (marks: Record<string, number[]>, from: string, to: string) =>
  (marks[to]?.at(-1) ?? Number.NaN) - (marks[from]?.[0] ?? Number.NaN);

/** Engine time spent in the worker since the last call (the timed build records it). */
export async function takeAnnotateMs(worker: Worker): Promise<number> {
  // A worker the browser stopped never answers: give up after a few seconds.
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 5000));
  return Promise.race([
    timeout,
    worker
      .evaluate(() => {
        const g = globalThis as { __dalilAnnotate?: Array<{ ms: number }> };
        const total = (g.__dalilAnnotate ?? []).reduce((sum, item) => sum + item.ms, 0);
        g.__dalilAnnotate = [];
        return total;
      })
      .catch(() => Number.NaN),
  ]);
}

/**
 * Time with at least one annotate request in flight. Batches after the first are sent
 * together, so their round trips overlap: the union of the intervals, not their sum.
 * Starts and ends are matched in order (each end belongs to the earliest open request).
 */
export function inFlight(starts: number[], ends: number[]): number {
  if (starts.length !== ends.length) return Number.NaN;
  const events = [...starts.map((t) => [t, 1] as const), ...ends.map((t) => [t, -1] as const)].sort(
    (a, b) => a[0] - b[0] || b[1] - a[1],
  );
  let open = 0;
  let since = 0;
  let total = 0;
  for (const [t, step] of events) {
    if (open === 0 && step === 1) since = t;
    open += step;
    if (open === 0) total += t - since;
  }
  return total;
}

/** A bare pass over every text node of the body, reading its text: the physical limit. */
export async function walkMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      length += (node.nodeValue ?? '').length;
    const ms = performance.now() - started;
    return length > 0 ? ms : Number.NaN;
  });
}

/** Navigates, retrying once when a late navigation of the previous page aborted it. */
export async function goto(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
  } catch {
    await page.waitForTimeout(500);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
  }
}

export async function loadAnnotated(
  page: Page,
  workerOf: () => Worker,
  url: string,
): Promise<PageRun | undefined> {
  await takeAnnotateMs(workerOf());
  await goto(page, url);
  if (!(await waitForMark(page, 'painted', 60_000))) return undefined;
  const marks = await dalilMarks(page);
  const annotateMs = await takeAnnotateMs(workerOf());
  const roundTrips = inFlight(marks['message:start'] ?? [], marks['message:end'] ?? []);
  const domUnchanged = await page.evaluate(() => {
    const before = (window as { __domBeforeDalil?: string }).__domBeforeDalil;
    return before === undefined || before === document.body.outerHTML;
  });
  return {
    totalMs: span(marks, 'start', 'painted'),
    settingsMs: span(marks, 'start', 'settings:end'),
    gateMs: span(marks, 'settings:end', 'extract:start'),
    injectMs: span(marks, 'inject:start', 'inject:end'),
    extractMs: span(marks, 'extract:start', 'extract:end'),
    messageMs: roundTrips - annotateMs,
    annotateMs,
    paintJsMs: span(marks, 'paint:start', 'paint:end'),
    paintMs: span(marks, 'paint:start', 'painted'),
    walkMs: await walkMs(page),
    domUnchanged,
  };
}
