/**
 * Prototype (not part of the suite): the content script's block extraction, unsliced,
 * against a bare TreeWalker pass, on the huge page (or the long article) in Chromium without Dalil: what the
 * walk itself costs, without yields, messages or painting in between.
 *
 *   node scripts/run-ts.mjs bench/prototypes/extract-cost.ts [long] [--quick]
 */
import * as esbuild from 'esbuild';
import { ROOT } from '../browser/build';
import { launch } from '../browser/launch';
import { serve } from '../browser/server';
import { hugePage, longArticlePage } from '../fixtures/pages';
import { figure, ratio } from '../lib/stats';
import { table } from '../lib/table';

const bundle = await esbuild.build({
  stdin: {
    contents:
      "import { readBlocks } from './src/content/blocks'; (globalThis as any).__readBlocks = readBlocks;",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
});
const script = bundle.outputFiles[0].text;

const quick = process.argv.includes('--quick');
const long = process.argv.includes('long');
const server = await serve({
  '/huge.html': long ? await longArticlePage(quick ? 5000 : 20_000) : hugePage(quick ? 800 : 3300),
  '/blocks.js': script,
});
const { context } = await launch();
const page = await context.newPage();
const walk: number[] = [];
const read: number[] = [];
let blocks = 0;
for (let i = 0; i < (quick ? 3 : 7); i++) {
  await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
  await page.addScriptTag({ url: '/blocks.js' });
  const r = await page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      length += (node.nodeValue ?? '').length;
    const t1 = performance.now();
    const found = (globalThis as unknown as { __readBlocks: (e: Element) => unknown[] }).__readBlocks(
      document.body,
    );
    const t2 = performance.now();
    return { walk: t1 - t0, read: t2 - t1, blocks: found.length, length };
  });
  walk.push(r.walk);
  read.push(r.read);
  blocks = r.blocks;
}
console.log(
  table([
    figure('extract', 'bare TreeWalker', 'ms', walk),
    figure('extract', `readBlocks (${blocks} blocks)`, 'ms', read),
    ratio('extract', 'readBlocks ÷ walk', read, walk, 'bare TreeWalker'),
  ]),
);
await context.close();
await server.close();
