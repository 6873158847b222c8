/**
 * Figures 4 and 8 on the long article. 4: mark.js (injected from node_modules with
 * addScriptTag, in a browser without Dalil) highlighting the very names Dalil found on
 * the same page in the same run, against Dalil's main-thread work (extract + paint) and
 * its whole time to highlights. 8: the page's JS heap after GC (CDP Runtime.getHeapUsage on
 * the page's isolate, which holds the content script's world) with Dalil minus without.
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { type Figure, figure, median, ratio } from '../lib/stats';
import { ROOT } from './build';
import { waitForMark } from './launch';
import { goto, type PageRun } from './page-run';

const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

/** Distinct texts Dalil highlighted on the page. */
export async function highlightedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString()))),
  ]);
}

/** One regular expression for all names, longest first (escaped here, in Node). */
function alternation(names: string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

async function markJs(
  page: Page,
  url: string,
  names: string[],
  regexp: boolean,
): Promise<{ ms: number; marks: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: MARK_JS });
  // A script string, not a function: the TypeScript runner would inject helpers the page lacks.
  const script = `new Promise((resolve) => {
    const names = ${JSON.stringify(names)};
    const root = document.querySelector('[itemprop="articleBody"]') || document.body;
    const instance = new Mark(root);
    const started = performance.now();
    const options = { separateWordSearch: false, diacritics: false,
      done: () => resolve({ ms: performance.now() - started, marks: root.querySelectorAll('mark').length }) };
    if (${regexp}) {
      instance.markRegExp(new RegExp(${JSON.stringify(alternation(names))}, 'g'), options);
    } else instance.mark(names, options);
  })`;
  return page.evaluate(script) as Promise<{ ms: number; marks: number }>;
}

async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usage.usedSize / 2 ** 20;
}

export async function markJsFigures(
  withDalil: BrowserContext,
  without: BrowserContext,
  origin: string,
  longRuns: PageRun[],
  runs: number,
): Promise<Figure[]> {
  const url = `${origin}/long.html`;
  const dalilPage = await withDalil.newPage();
  const plainPage = await without.newPage();
  await goto(dalilPage, url);
  await waitForMark(dalilPage, 'painted', 60_000);
  const names = await highlightedNames(dalilPage);
  const plain: number[] = [];
  const regexp: number[] = [];
  let marks = 0;
  for (let i = 0; i < runs; i++) {
    const one = await markJs(plainPage, url, names, false);
    plain.push(one.ms);
    marks = one.marks;
    regexp.push((await markJs(plainPage, url, names, true)).ms);
  }
  const withHeap: number[] = [];
  const withoutHeap: number[] = [];
  for (let i = 0; i < runs; i++) {
    await goto(dalilPage, url);
    await waitForMark(dalilPage, 'painted', 60_000);
    await dalilPage.waitForTimeout(300);
    withHeap.push(await heapMB(dalilPage));
    await plainPage.goto(url, { waitUntil: 'load' });
    await plainPage.waitForTimeout(300);
    withoutHeap.push(await heapMB(plainPage));
  }
  await dalilPage.close();
  await plainPage.close();
  const mainThread = longRuns.map((run) => run.extractMs + run.paintJsMs);
  const total = longRuns.map((run) => run.totalMs);
  const n = Math.min(runs, mainThread.length);
  const g = '4 mark.js';
  return [
    figure(g, `mark.js mark(${names.length} names), ${marks} <mark>s`, 'ms', plain),
    figure(g, 'mark.js markRegExp(one alternation)', 'ms', regexp),
    figure(g, 'Dalil main thread (extract + paint JS), long', 'ms', mainThread),
    ratio(
      g,
      'mark.js mark ÷ Dalil main thread',
      plain.slice(0, n),
      mainThread.slice(0, n),
      'Dalil main thread (extract + paint JS), long',
      {
        budget: '≥ 10×',
        within: (m) => m >= 10,
      },
    ),
    ratio(
      g,
      'mark.js markRegExp ÷ Dalil main thread',
      regexp.slice(0, n),
      mainThread.slice(0, n),
      'Dalil main thread (extract + paint JS), long',
    ),
    ratio(
      g,
      'mark.js mark ÷ Dalil time to highlights',
      plain.slice(0, n),
      total.slice(0, n),
      'time to highlights (long)',
    ),
    figure('8 memory', 'long article: page heap with Dalil', 'MB', withHeap),
    figure('8 memory', 'long article: page heap without Dalil', 'MB', withoutHeap),
    figure(
      '8 memory',
      'content script heap (with − without)',
      'MB',
      withHeap.map((value, i) => value - (withoutHeap[i] ?? median(withoutHeap))),
      { baseline: 'page heap without Dalil' },
    ),
  ];
}
