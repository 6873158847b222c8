/**
 * Figure 5: the service worker. Cold start is timed from a content script's first
 * `annotate` request after the worker was stopped (CDP ServiceWorker.stopAllWorkers) to
 * its answer, with the lexicon loaded in between; the timed build also reports the
 * worker's own split (pack fetch + gunzip + JSON.parse, Lexicon.fromPack). The worker's
 * heap is read over CDP on its own target (puppeteer-core attached to the DevTools port)
 * after a forced GC: the whole worker with the full pack and lexicon loaded.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { type Figure, figure, ratio } from '../lib/stats';
import { dalilMarks, debugEndpoint, waitForMark } from './launch';
import { goto } from './page-run';

export function currentWorker(context: BrowserContext): Worker {
  const workers = context.serviceWorkers();
  return workers[workers.length - 1];
}

/** Waits until the bundled pack is fully stored in IndexedDB (first install); returns ms waited. */
export async function packInstalled(context: BrowserContext, timeoutMs = 600_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    // No named functions inside: the bench's TypeScript runner wraps them in a helper
    // (keepNames) that does not exist in the worker, and the look would fail silently.
    const asked = currentWorker(context)
      .evaluate(async () => {
        // Opening a database that does not exist yet would create it (empty, version 1)
        // under the worker's feet: look only once the worker has created it.
        const all = await indexedDB.databases();
        if (!all.some((info) => info.name === 'dalil' && (info.version ?? 0) > 1)) return false;
        return new Promise<boolean>((resolve) => {
          const open = indexedDB.open('dalil');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            // Closed after each look: open connections would pile up, one every 250 ms.
            const db = open.result;
            if (!db.objectStoreNames.contains('meta')) {
              db.close();
              resolve(false);
              return;
            }
            const get = db.transaction('meta').objectStore('meta').get('packProgress');
            get.onsuccess = () => {
              db.close();
              resolve(Boolean((get.result as { value?: { done?: boolean } } | undefined)?.value?.done));
            };
            get.onerror = () => {
              db.close();
              resolve(false);
            };
          };
        });
      })
      .catch(() => false);
    const done = await Promise.race([
      asked,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    if (done) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the pack was not installed in time');
}

async function firstRoundTrip(page: Page, url: string): Promise<{ roundTrip: number; total: number }> {
  await goto(page, url);
  await waitForMark(page, 'painted', 60_000);
  const marks = await dalilMarks(page);
  const start = marks['message:start']?.[0] ?? Number.NaN;
  return {
    roundTrip: (marks['message:end']?.[0] ?? Number.NaN) - start,
    total: (marks.painted?.[0] ?? Number.NaN) - (marks.start?.[0] ?? Number.NaN),
  };
}

async function stopWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

export async function workerFigures(
  context: BrowserContext,
  userDataDir: string,
  origin: string,
  runs: number,
): Promise<Figure[]> {
  const page = await context.newPage();
  const url = `${origin}/demo.html`;
  const cold: number[] = [];
  const coldTotal: number[] = [];
  const warm: number[] = [];
  const read: number[] = [];
  const build: number[] = [];
  await firstRoundTrip(page, url);
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await stopWorkers(page);
    await page.waitForTimeout(300);
    const restarted = context.waitForEvent('serviceworker', { timeout: 60_000 }).catch(() => undefined);
    const first = await firstRoundTrip(page, url);
    cold.push(first.roundTrip);
    coldTotal.push(first.total);
    const worker = (await restarted) ?? currentWorker(context);
    const load = await Promise.race([
      worker
        .evaluate(() => (globalThis as { __dalilLoad?: { readMs: number; buildMs: number } }).__dalilLoad)
        .catch(() => undefined),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000)),
    ]);
    read.push(load?.readMs ?? Number.NaN);
    build.push(load?.buildMs ?? Number.NaN);
    warm.push((await firstRoundTrip(page, url)).roundTrip);
  }
  await page.close();
  const group = '5 worker';
  const out = [
    figure(group, 'cold: stopped worker → first annotate answered', 'ms', cold, {
      budget: '< 300 ms',
      within: (m) => m < 300,
    }),
    figure(group, '  in worker: read pack or compiled index', 'ms', read),
    figure(group, '  in worker: build or restore lexicon', 'ms', build),
    figure(group, 'cold: demo time to highlights', 'ms', coldTotal),
    figure(group, 'warm: annotate round trip (demo)', 'ms', warm),
    ratio(group, 'cold ÷ warm round trip', cold, warm, 'warm: annotate round trip (demo)'),
  ];
  out.push(...(await workerHeap(userDataDir, runs)));
  return out;
}

/** The worker's JS heap after GC, from its own DevTools target. */
async function workerHeap(userDataDir: string, runs: number): Promise<Figure[]> {
  const browser = await puppeteer.connect({ browserURL: debugEndpoint(userDataDir), defaultViewport: null });
  try {
    const target = await browser
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
        timeout: 15_000,
      })
      .catch(() => undefined);
    if (!target) return [figure('5 worker', 'worker heap (worker target not found)', 'MB', [])];
    const session = await target.createCDPSession();
    const used: number[] = [];
    for (let i = 0; i < Math.max(2, Math.min(runs, 3)); i++) {
      await session.send('HeapProfiler.enable');
      await session.send('HeapProfiler.collectGarbage');
      const usage = await session.send('Runtime.getHeapUsage');
      used.push(usage.usedSize / 2 ** 20);
    }
    await session.detach();
    return [
      figure('5 worker', 'worker JS heap, pack + lexicon loaded (CDP)', 'MB', used, {
        budget: '< 40 MB',
        within: (m) => m < 40,
      }),
    ];
  } finally {
    await browser.disconnect();
  }
}
