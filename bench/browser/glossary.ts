/** Figure 7: runs bench/browser/glossary-page.ts in Chromium (no extension) and reads its figures. */
import type { BrowserContext } from '@playwright/test';
import * as esbuild from 'esbuild';
import { type Figure, figure } from '../lib/stats';
import { ROOT } from './build';
import type { GlossaryResult } from './glossary-page';

export async function glossaryBundle(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: ['bench/browser/glossary-page.ts'],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function glossaryFigures(
  context: BrowserContext,
  origin: string,
  installs: number,
  terms: number,
  runs: number,
): Promise<Figure[]> {
  const page = await context.newPage();
  const results: GlossaryResult[] = [];
  for (let i = 0; i < installs; i++) {
    await page.goto(`${origin}/glossary.html`);
    results.push(
      await page.evaluate(
        ({ terms, runs }) =>
          (window as unknown as { benchGlossary: (t: number, r: number) => GlossaryResult }).benchGlossary(
            terms,
            runs,
          ),
        { terms, runs },
      ),
    );
  }
  await page.close();
  const g = '7 glossary (Chromium IDB)';
  const last = results[results.length - 1];
  const keyBudget = { budget: '< 30 ms', within: (m: number) => m < 30 };
  const browse = results.flatMap((r) => r.browse);
  const saved = results.flatMap((r) => r.saved);
  const typed = results.flatMap((r) => r.typed);
  // The slowest keystroke and what had been typed (one-letter prefixes were the slow ones).
  const slowest = (times: number[]) => {
    const max = Math.max(...times);
    return `max ${max.toFixed(1)} ms at “${typed[times.indexOf(max)]}”`;
  };
  const out = [
    figure(
      g,
      `first install: installPack (${last.entries} entries)`,
      'ms',
      results.map((r) => r.installMs),
    ),
    figure(g, `keystroke: pack search (queryEntries + 50 rows)`, 'ms', browse, {
      ...keyBudget,
      note: slowest(browse),
    }),
    figure(g, `keystroke: ${last.terms} saved terms (search keys + filter)`, 'ms', saved, {
      ...keyBudget,
      note: slowest(saved),
    }),
  ];
  for (const kind of ['csv', 'json', 'anki'] as const) {
    out.push(
      figure(
        g,
        `export ${last.terms} terms: ${kind} (${(last.sizes[kind] / 2 ** 20).toFixed(1)} MB)`,
        'ms',
        results.flatMap((r) => r.exports[kind]),
        {
          budget: '< 1000 ms',
          within: (m) => m < 1000,
        },
      ),
    );
  }
  return out;
}
