/**
 * Dalil's benchmarks (issue #7): prints a table of figures (median of several runs, with
 * min–max, ratios against baselines measured in the same run) and writes them to
 * bench/results.json. Not a test: budgets are reported, never enforced.
 *
 *   node scripts/run-ts.mjs bench/run.ts [--quick] [--only=1,2,5]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultHighlightCss } from '../src/content/highlight-style';
import { annotatedFigures } from './browser/annotated';
import { buildPlain, buildTimed, missing, PLAIN, ROOT, TIMED } from './browser/build';
import { frameFloorFigures, withHighlightStyles } from './browser/frame-floor';
import { gateFigures } from './browser/gate-cost';
import { glossaryBundle, glossaryFigures } from './browser/glossary';
import { launch } from './browser/launch';
import { markJsFigures } from './browser/markjs';
import { serve } from './browser/server';
import { currentWorker, packInstalled, workerFigures } from './browser/worker';
import { buildPages, FULL, QUICK } from './fixtures/pages';
import { type Figure, figure } from './lib/stats';
import { table } from './lib/table';
import { engineFigures } from './node/engine';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (n: number) => !only || only.includes(String(n));
/** Section 6 runs in Node alone: without a browser section nothing is built or launched. */
const NODE_ONLY = new Set(['6']);
const needsBrowser = !only || only.some((n) => !NODE_ONLY.has(n));
const R = quick
  ? { runs: 3, traced: 1, gate: 3, worker: 2, engine: 3, installs: 1, terms: 10_000, textBytes: 300_000 }
  : { runs: 5, traced: 2, gate: 5, worker: 4, engine: 5, installs: 1, terms: 10_000, textBytes: 1_500_000 };

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const started = Date.now();
  if (wants(6)) {
    log('6 engine (Node)');
    figures.push(...engineFigures(R.engine, R.textBytes));
  }
  if (needsBrowser) await browserSections(figures);
  figures.sort(bySection);
  console.log(table(figures));
  const file = path.join(ROOT, 'bench/results.json');
  writeFileSync(
    file,
    `${JSON.stringify(merged(file, figures, Math.round((Date.now() - started) / 1000)), null, 2)}\n`,
  );
  log(`wrote ${path.relative(ROOT, file)} in ${Math.round((Date.now() - started) / 1000)} s`);
}

interface Results {
  date: string;
  quick: boolean;
  seconds: number;
  dist?: string;
  /** When each section's figures were last measured (a run of some sections keeps the others'). */
  sections?: Record<string, { date: string; quick: boolean }>;
  figures: Figure[];
}

/** A figure's section number, as `--only` names it ("6" of "6 engine (Node)"). */
const sectionOf = (f: Figure): string => f.group.split(' ')[0] as string;
const bySection = (a: Figure, b: Figure): number =>
  Number.parseInt(a.group, 10) - Number.parseInt(b.group, 10);

/** This run's figures, with the previous file's figures of the sections not run this time. */
function merged(file: string, figures: Figure[], seconds: number): Results {
  const date = new Date().toISOString();
  const ran = new Set(figures.map(sectionOf));
  let previous: Partial<Results> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Results;
  } catch {
    // No file yet, or not one of ours: this run's figures alone.
  }
  const sections: Record<string, { date: string; quick: boolean }> = {};
  for (const f of previous.figures ?? []) {
    const n = sectionOf(f);
    sections[n] = previous.sections?.[n] ?? { date: previous.date ?? '', quick: previous.quick ?? false };
  }
  for (const n of ran) sections[n] = { date, quick };
  const kept = (previous.figures ?? []).filter((f) => !ran.has(sectionOf(f)));
  return {
    date,
    quick,
    seconds,
    dist: needsBrowser ? path.relative(ROOT, TIMED) : previous.dist,
    sections,
    figures: [...kept, ...figures].sort(bySection),
  };
}

async function browserSections(figures: Figure[]): Promise<void> {
  log(`building dist-bench (${quick ? 'quick' : 'full'} run)`);
  buildPlain();
  await buildTimed();
  if (missing.length) log(`timing marks not inserted (source changed): ${missing.join('; ')}`);
  const pages = await buildPages(quick ? QUICK : FULL);
  const server = await serve({
    ...pages,
    '/glossary.html':
      '<!doctype html><meta charset="utf-8"><title>glossary bench</title><script src="/glossary.js"></script>',
    '/glossary.js': await glossaryBundle(),
    '/pack.json.gz': readFileSync(path.join(ROOT, 'pack/dalil-pack.json.gz')),
    '/huge-styled.html': withHighlightStyles(pages['/huge.html'], defaultHighlightCss()),
  });
  try {
    const plain = await launch();
    try {
      if (wants(7)) {
        log('7 glossary');
        figures.push(...(await glossaryFigures(plain.context, server.origin, R.installs, R.terms, R.runs)));
      }
      if (wants(2)) {
        log('2 browser floor (huge page, no Dalil)');
        figures.push(
          ...(await frameFloorFigures(plain.context, `${server.origin}/huge-styled.html`, R.runs)),
        );
      }
      if (wants(1)) {
        log('1 idle pages');
        const ext = await launch(PLAIN);
        figures.push(...(await gateFigures(ext.context, server.origin, R.gate)));
        await ext.context.close();
      }
      if (wants(2) || wants(3) || wants(4) || wants(5) || wants(8)) {
        const timed = await launch(TIMED, true);
        log('waiting for the first install of the pack in the worker');
        const installMs = await packInstalled(timed.context);
        figures.push(
          figure('7 glossary (Chromium IDB)', 'first install in the real worker (launch → done)', 'ms', [
            installMs,
          ]),
        );
        log('2–3 annotated pages');
        const annotated = await annotatedFigures(
          timed.context,
          () => currentWorker(timed.context),
          server.origin,
          R.runs,
          R.traced,
        );
        figures.push(...annotated.figures);
        if (wants(4) || wants(8)) {
          log('4 mark.js, 8 memory');
          figures.push(
            ...(await markJsFigures(
              timed.context,
              plain.context,
              server.origin,
              annotated.runs.long ?? [],
              R.runs,
            )),
          );
        }
        if (wants(5)) {
          log('5 worker');
          figures.push(...(await workerFigures(timed.context, timed.userDataDir, server.origin, R.worker)));
        }
        await timed.context.close().catch(() => undefined);
      }
    } finally {
      await plain.context.close().catch(() => undefined);
    }
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
