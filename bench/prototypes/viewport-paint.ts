/**
 * Prototype (not part of the suite): is the long frame after painting a huge page caused
 * by the number of highlighted ranges? On the huge page, in Chromium without Dalil, it
 * paints the same kind of ranges Dalil paints (every occurrence of a few names) and times
 * the frame that renders them: all ranges at once, only the ranges of blocks near the
 * viewport, and all ranges added in slices of 500 per frame.
 *
 *   node scripts/run-ts.mjs bench/prototypes/viewport-paint.ts [--quick]
 */
import { launch } from '../browser/launch';
import { serve } from '../browser/server';
import { hugePage } from '../fixtures/pages';
import { figure } from '../lib/stats';
import { table } from '../lib/table';

const NAMES = [
  'إدلب',
  'حلب',
  'سوريا',
  'بيروت',
  'بغداد',
  'الموصل',
  'كفرنبل',
  'هيئة تحرير الشام',
  'الأمم المتحدة',
  'تركيا',
];

const SCRIPT = (mode: string) => `new Promise((resolve) => {
  const names = ${JSON.stringify(NAMES)};
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const name of names) {
      for (let at = node.data.indexOf(name); at >= 0; at = node.data.indexOf(name, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + name.length);
        ranges.push(range);
      }
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(p) { background-color: rgba(255,200,0,.3); text-decoration: underline solid red 2px; }');
  document.adoptedStyleSheets = [sheet];
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const margin = innerHeight * 2;
  const near = (range) => { const r = range.startContainer.parentElement.getBoundingClientRect(); return r.bottom > -margin && r.top < innerHeight + margin; };
  const chosen = ${mode === 'viewport'} ? ranges.filter(near) : ranges;
  frame().then(async () => {
    const started = performance.now();
    if (${mode === 'sliced'}) {
      const highlight = new Highlight();
      CSS.highlights.set('p', highlight);
      let longest = 0;
      for (let i = 0; i < chosen.length; i += 500) {
        const t = performance.now();
        for (const range of chosen.slice(i, i + 500)) highlight.add(range);
        await frame();
        longest = Math.max(longest, performance.now() - t);
      }
      resolve({ ms: performance.now() - started, longest, ranges: chosen.length });
    } else {
      CSS.highlights.set('p', new Highlight(...chosen));
      await frame();
      const ms = performance.now() - started;
      resolve({ ms, longest: ms, ranges: chosen.length });
    }
  });
})`;

const quick = process.argv.includes('--quick');
const server = await serve({ '/huge.html': hugePage(quick ? 800 : 3300) });
const { context } = await launch();
const page = await context.newPage();
const out = [];
for (const mode of ['all', 'viewport', 'sliced']) {
  const ms: number[] = [];
  const longest: number[] = [];
  let ranges = 0;
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
    const result = (await page.evaluate(SCRIPT(mode))) as { ms: number; longest: number; ranges: number };
    ms.push(result.ms);
    longest.push(result.longest);
    ranges = result.ranges;
  }
  out.push(figure('prototype', `${mode}: ${ranges} ranges, set → frame done`, 'ms', ms));
  out.push(figure('prototype', `${mode}: longest frame`, 'ms', longest));
}
console.log(table(out));
await context.close();
await server.close();
