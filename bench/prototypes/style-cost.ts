/**
 * Prototype (not part of the suite): what does installing Dalil's highlight styles cost
 * on a huge page? In Chromium without Dalil, after the page rendered, it adopts a sheet
 * of `::highlight()` rules (universal subject) or of `:root::highlight()` rules (one
 * element, descendants inherit highlight styles), and times the frame that follows; then
 * sets highlights on every occurrence of a few names and checks they are styled.
 *
 *   node scripts/run-ts.mjs bench/prototypes/style-cost.ts [--quick]
 */
import { launch } from '../browser/launch';
import { serve } from '../browser/server';
import { hugePage } from '../fixtures/pages';
import { figure } from '../lib/stats';
import { table } from '../lib/table';

const SCRIPT = (selector: string) => `new Promise((resolve) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  frame().then(async () => {
    await frame();
    const sheet = new CSSStyleSheet();
    const t0 = performance.now();
    if ('${selector}' !== 'preloaded') {
      sheet.replaceSync('${selector}::highlight(p) { background-color: rgb(255, 200, 0); text-decoration: underline solid red 2px; }');
      document.adoptedStyleSheets = [sheet];
    }
    await frame();
    const styleMs = performance.now() - t0;
    const ranges = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf('إدلب');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      ranges.push(range);
    }
    const t1 = performance.now();
    CSS.highlights.set('p', new Highlight(...ranges));
    await frame();
    const paintMs = performance.now() - t1;
    const deep = ranges[ranges.length >> 1].startContainer.parentElement;
    const styled = getComputedStyle(deep, '::highlight(p)').backgroundColor;
    const t2 = performance.now();
    sheet.replaceSync('::highlight(p) { background-color: rgb(0, 200, 255); }');
    if ('${selector}' === 'preloaded') document.adoptedStyleSheets = [sheet];
    await frame();
    const overridden = getComputedStyle(deep, '::highlight(p)').backgroundColor;
    const replaceMs = performance.now() - t2;
    resolve({ styleMs, paintMs, replaceMs, styled: styled + ' then ' + overridden, ranges: ranges.length });
  });
})`;

const quick = process.argv.includes('--quick');
const huge = hugePage(quick ? 800 : 3300);
const preloaded = huge.replace(
  '</head>',
  '<style>::highlight(p) { background-color: rgb(255, 200, 0); text-decoration: underline solid red 2px; }</style></head>',
);
const server = await serve({ '/huge.html': huge, '/preloaded.html': preloaded });
const { context } = await launch();
const page = await context.newPage();
const out = [];
for (const [name, selector] of [
  ['universal', ''],
  [':root', ':root'],
  ['preloaded', 'preloaded'],
]) {
  const style: number[] = [];
  const paint: number[] = [];
  const replace: number[] = [];
  let note = '';
  for (let i = 0; i < (quick ? 2 : 4); i++) {
    await page.goto(`${server.origin}/${name === 'preloaded' ? 'preloaded' : 'huge'}.html`, {
      waitUntil: 'load',
    });
    const r = (await page.evaluate(SCRIPT(selector))) as {
      styleMs: number;
      paintMs: number;
      replaceMs: number;
      styled: string;
      ranges: number;
    };
    style.push(r.styleMs);
    paint.push(r.paintMs);
    replace.push(r.replaceMs);
    note = `${r.ranges} ranges, deep element's ::highlight background ${r.styled}`;
  }
  console.log(name, note);
  out.push(figure(name, 'adopt sheet → frame done', 'ms', style));
  out.push(figure(name, 'set highlights → frame done', 'ms', paint));
  out.push(figure(name, 'replaceSync → frame done', 'ms', replace));
}
console.log(table(out));
await context.close();
await server.close();
