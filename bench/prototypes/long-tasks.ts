/**
 * Diagnostic (not part of the suite): loads one bench page with the timed build, traces
 * it, and prints every main-thread task over 16 ms between Dalil's start and painted
 * marks with its heaviest children (style, layout, pre-paint, paint, script), plus the
 * dalil:* marks. Used to find what a long task is made of.
 *
 *   node scripts/run-ts.mjs bench/prototypes/long-tasks.ts [demo|long|huge] [--quick]
 */
import { buildPlain, buildTimed, missing, TIMED } from '../browser/build';
import { dalilMarks, launch, waitForMark } from '../browser/launch';
import { goto } from '../browser/page-run';
import { serve } from '../browser/server';
import { markTs } from '../browser/tasks';
import { startTrace, stopTrace, type TraceEvent } from '../browser/trace';
import { buildPages, FULL, QUICK } from '../fixtures/pages';

const which = process.argv.find((arg) => ['demo', 'long', 'huge'].includes(arg)) ?? 'huge';
const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  buildPlain();
  await buildTimed();
  if (missing.length) console.log('missing marks:', missing);
  const server = await serve(await buildPages(quick ? QUICK : FULL));
  const { context } = await launch(TIMED, true);
  const page = await context.newPage();
  const url = `${server.origin}/${which}.html`;
  try {
    await goto(page, url);
    await waitForMark(page, 'painted');
    for (let run = 0; run < 2; run++) {
      const session = await startTrace(page);
      await goto(page, url);
      await waitForMark(page, 'painted');
      await page.waitForTimeout(300);
      const marks = await dalilMarks(page);
      const events = await stopTrace(session);
      const from = markTs(events, 'dalil:start') ?? 0;
      const to = markTs(events, 'dalil:painted') ?? Number.POSITIVE_INFINITY;
      const anchor = events.find(
        (e) => e.name === 'EvaluateScript' && JSON.stringify(e.args).includes('/content.js'),
      );
      if (!anchor) throw new Error('no content.js evaluation in the trace');
      const own = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X');
      const tasks = own.filter(
        (e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to,
      );
      console.log(
        `\nrun ${run}: marks`,
        Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v.map((t) => Math.round(t))])),
      );
      for (const task of tasks.filter((t) => (t.tdur ?? 0) > 16_000)) {
        const inside = own.filter(
          (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
        );
        const byName = new Map<string, number>();
        for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 10);
        console.log(
          `task at +${((task.ts - from) / 1000).toFixed(1)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`,
        );
        for (const [name, ms] of top) console.log(`   ${ms.toFixed(1).padStart(8)} ${name}`);
        const fn = inside
          .filter((e: TraceEvent) => e.name === 'FunctionCall')
          .map((e) => JSON.stringify(e.args?.data).slice(0, 140));
        if (fn.length) console.log('   calls:', fn.slice(0, 4).join(' | '));
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
