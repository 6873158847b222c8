/**
 * Figures 2 and 3: time to highlights on the demo article, a long article and a huge page,
 * split into steps, the longest main-thread task while Dalil works, and Dalil's
 * extract + paint against a bare TreeWalker pass over the same page in the same load.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { type Figure, figure, ratio } from '../lib/stats';
import { waitForMark } from './launch';
import { goto, loadAnnotated, type PageRun } from './page-run';
import { markTs, summarize, tasks } from './tasks';
import { startTrace, stopTrace } from './trace';

export const ANNOTATED = [
  ['demo', '/demo.html'],
  ['long', '/long.html'],
  ['huge', '/huge.html'],
] as const;

export type Runs = Record<string, PageRun[]>;

const pick = (runs: PageRun[], key: keyof PageRun) => runs.map((run) => Number(run[key]));

export async function annotatedFigures(
  context: BrowserContext,
  workerOf: () => Worker,
  origin: string,
  runs: number,
  tracedRuns: number,
): Promise<{ figures: Figure[]; runs: Runs }> {
  const out: Figure[] = [];
  const all: Runs = {};
  const page = await context.newPage();
  for (const [name, route] of ANNOTATED) {
    const group = `2 ${name}`;
    const list: PageRun[] = [];
    await loadAnnotated(page, workerOf, origin + route); // warm-up: code cache, worker, lexicon
    for (let i = 0; i < runs; i++) {
      const run = await loadAnnotated(page, workerOf, origin + route);
      if (run) list.push(run);
    }
    all[name] = list;
    const budget = name === 'demo' ? { budget: '< 50 ms', within: (m: number) => m < 50 } : {};
    out.push(figure(group, 'time to highlights (start→painted)', 'ms', pick(list, 'totalMs'), budget));
    out.push(figure(group, '  settings (storage)', 'ms', pick(list, 'settingsMs')));
    out.push(figure(group, '  gate + article root', 'ms', pick(list, 'gateMs')));
    out.push(figure(group, '  extract', 'ms', pick(list, 'extractMs')));
    out.push(figure(group, '  (reader injection, alongside)', 'ms', pick(list, 'injectMs')));
    out.push(figure(group, '  message (requests in flight − engine)', 'ms', pick(list, 'messageMs')));
    out.push(figure(group, '  annotate (engine, in worker)', 'ms', pick(list, 'annotateMs')));
    out.push(figure(group, '  paint: ranges + highlights (JS)', 'ms', pick(list, 'paintJsMs')));
    out.push(figure(group, '  paint → next frame done', 'ms', pick(list, 'paintMs')));
    const longestWall: number[] = [];
    const longestCpu: number[] = [];
    for (let i = 0; i < tracedRuns; i++) {
      const session = await startTrace(page);
      await goto(page, origin + route);
      await waitForMark(page, 'painted', 60_000);
      await page.waitForTimeout(200);
      const events = await stopTrace(session);
      const from = markTs(events, 'dalil:start') ?? 0;
      const to = markTs(events, 'dalil:painted') ?? Number.POSITIVE_INFINITY;
      const inWindow = tasks(events).filter((t) => t.ts + t.wallMs * 1000 >= from && t.ts <= to);
      const summary = summarize(inWindow);
      longestWall.push(summary.longestWallMs);
      longestCpu.push(summary.longestCpuMs);
    }
    const longTask = { budget: '< 50 ms', within: (m: number) => m < 50 };
    out.push(
      figure(group, 'longest main-thread task (wall)', 'ms', longestWall, {
        ...longTask,
        note: 'any task from start to painted',
      }),
    );
    out.push(figure(group, 'longest main-thread task (CPU)', 'ms', longestCpu, longTask));
    const walk = pick(list, 'walkMs');
    out.push(figure(`3 ${name}`, 'bare TreeWalker pass (whole body)', 'ms', walk));
    const dalil = list.map((run) => run.extractMs + run.paintJsMs);
    out.push(figure(`3 ${name}`, 'Dalil extract + paint (JS)', 'ms', dalil));
    out.push(
      ratio(`3 ${name}`, 'extract + paint ÷ walk', dalil, walk, 'bare TreeWalker pass (whole body)', {
        budget: '≤ 3×',
        within: (m) => m <= 3,
      }),
    );
    if (list.some((run) => !run.domUnchanged))
      out.push(
        figure(group, 'DOM changed by Dalil (runs)', 'runs', [list.filter((r) => !r.domUnchanged).length]),
      );
  }
  await page.close();
  return { figures: out, runs: all };
}
