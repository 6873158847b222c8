/**
 * Prototype (not part of the suite): what scrolling the huge live-blog page costs when
 * Dalil draws its own overlay (known terms shown quietly or hidden,
 * src/content/reader/overlay-marks.ts) instead of registering highlights, and without
 * Dalil. Each step scrolls the page by 120 px and times it to the end of the next frame
 * (a `setTimeout` queued from the `requestAnimationFrame` after the scroll), which
 * includes the overlay's re-reading of the text boxes on screen and the page's repaint.
 * Release build (`node build.mjs`, dist/chrome).
 *
 *   node scripts/run-ts.mjs bench/prototypes/overlay-scroll.ts [--quick]
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launch, settle } from '../browser/launch';
import { serve } from '../browser/server';
import { hugePage } from '../fixtures/pages';
import { type Figure, figure, median } from '../lib/stats';
import { table } from '../lib/table';

const quick = process.argv.includes('--quick');
const STEPS = quick ? 30 : 80;
const RUNS = quick ? 2 : 4;
const DIST = path.resolve(process.env.DALIL_DIST ?? 'dist/chrome');

/** Step times of one scroll down the page, in ms (a string: tsx would name its functions). */
const SCROLL = `(async () => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  await frame();
  const times = [];
  for (let i = 0; i < ${STEPS}; i++) {
    const started = performance.now();
    scrollBy(0, 120);
    await frame();
    times.push(performance.now() - started);
  }
  return times;
})()`;
const scrollSteps = (page: Page) => page.evaluate(SCROLL) as Promise<number[]>;

const server = await serve({ '/huge.html': hugePage(quick ? 800 : 3300) });
const out: Figure[] = [];
const record = (name: string, runs: number[][]) => {
  out.push(
    figure(
      'overlay',
      `${name}: median step`,
      'ms',
      runs.map((steps) => median(steps)),
    ),
  );
  out.push(
    figure(
      'overlay',
      `${name}: slowest step`,
      'ms',
      runs.map((steps) => Math.max(...steps)),
    ),
  );
};

{
  const { context } = await launch();
  const page = await context.newPage();
  const runs: number[][] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
    await settle(page, 500);
    runs.push(await scrollSteps(page));
  }
  record('no Dalil', runs);
  await context.close();
}

const { context } = await launch(DIST);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
for (const knownTerms of ['shown', 'quiet'] as const) {
  await worker.evaluate((value) => chrome.storage.sync.set({ settings: { knownTerms: value } }), knownTerms);
  const runs: number[][] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      (mode) =>
        mode === 'shown'
          ? (CSS.highlights.get('dalil-place')?.size ?? 0) > 0
          : document.querySelector('dalil-marks'),
      knownTerms,
      { timeout: 60_000 },
    );
    await settle(page, 800);
    const steps = await scrollSteps(page);
    if (i > 0) runs.push(steps); // the first load warms the worker and the code cache
  }
  record(knownTerms === 'shown' ? 'Dalil, highlight registry' : 'Dalil, overlay', runs);
}
await context.close();
await server.close();
console.log(table(out));
