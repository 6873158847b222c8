/**
 * Figure 1: what the content script costs on pages Dalil leaves alone (English news,
 * Persian news, a large web app), from its injection to idle, from a trace of each load:
 * the main-thread tasks that evaluate content.js or run its continuations (see tasks.ts).
 * The production build (dist-bench/chrome) is measured; the first load of each page
 * (cold code cache) is not counted.
 */
import type { BrowserContext } from '@playwright/test';
import { type Figure, figure } from '../lib/stats';
import { bundleSize } from './build';
import { summarize, tasks } from './tasks';
import { startTrace, stopTrace } from './trace';

const PAGES = [
  ['english', '/english.html'],
  ['persian', '/persian.html'],
  ['app', '/app.html'],
] as const;

export async function gateFigures(context: BrowserContext, origin: string, runs: number): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const name of ['content.js', 'reader.js']) {
    const size = bundleSize(name);
    if (!size) continue;
    // content.js runs on every page (budget); reader.js only where the gate found Arabic.
    const budget = name === 'content.js' ? { budget: '< 40 KB', within: (m: number) => m < 40 } : {};
    out.push(figure('1 idle pages', `${name} minified`, 'KB', [size.minKB], budget));
    out.push(figure('1 idle pages', `${name} gzip -9`, 'KB', [size.gzipKB]));
  }
  const page = await context.newPage();
  for (const [name, route] of PAGES) {
    const cpu: number[] = [];
    const wall: number[] = [];
    const longest: number[] = [];
    for (let run = -1; run < runs; run++) {
      const session = await startTrace(page);
      await page.goto(origin + route, { waitUntil: 'load' });
      await page.waitForTimeout(800);
      const summary = summarize(tasks(await stopTrace(session)).filter((t) => t.ours));
      if (run < 0) continue;
      cpu.push(summary.cpuMs);
      wall.push(summary.wallMs);
      longest.push(summary.longestWallMs);
    }
    out.push(
      figure('1 idle pages', `${name}: content script CPU`, 'ms', cpu, {
        budget: '< 2 ms',
        within: (m) => m < 2,
      }),
    );
    out.push(
      figure('1 idle pages', `${name}: content script wall`, 'ms', wall, {
        note: 'wall time, inflated by the shared CPU',
      }),
    );
    out.push(
      figure('1 idle pages', `${name}: longest task with content script`, 'ms', longest, {
        budget: '< 50 ms',
        within: (m) => m < 50,
      }),
    );
  }
  await page.close();
  return out;
}
