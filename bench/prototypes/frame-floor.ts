/**
 * Prototype (not part of the suite): the floor of a frame on the huge page after a
 * highlight change. With the styles present from the start (as the manifest's stylesheet
 * gives them), it times the frame after registering one range, after registering the
 * ranges of the first screen, and after a change that touches no highlight at all (a
 * class on one element), to separate the page's own per-frame cost from Dalil's.
 *
 *   node scripts/run-ts.mjs bench/prototypes/frame-floor.ts [--quick]
 */
import { launch } from '../browser/launch';
import { serve } from '../browser/server';
import { hugePage } from '../fixtures/pages';
import { figure } from '../lib/stats';
import { table } from '../lib/table';

const SCRIPT = `new Promise((resolve) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const ranges = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && ranges.length < 40; node = walker.nextNode()) {
    const at = node.data.indexOf('ال');
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 2);
    ranges.push(range);
  }
  (async () => {
    await frame();
    await frame();
    let t = performance.now();
    document.body.firstElementChild.classList.toggle('x');
    await frame();
    const noHighlight = performance.now() - t;
    t = performance.now();
    CSS.highlights.set('p', new Highlight(ranges[0]));
    await frame();
    const one = performance.now() - t;
    t = performance.now();
    CSS.highlights.set('p', new Highlight(...ranges));
    await frame();
    const screen = performance.now() - t;
    resolve({ noHighlight, one, screen });
  })();
})`;

const quick = process.argv.includes('--quick');
const huge = hugePage(quick ? 800 : 3300).replace(
  '</head>',
  '<style>::highlight(p) { background-color: rgb(255, 200, 0); text-decoration: underline solid red 2px; }</style></head>',
);
const server = await serve({ '/huge.html': huge });
const { context } = await launch();
const page = await context.newPage();
const runs: Record<string, number[]> = { noHighlight: [], one: [], screen: [] };
for (let i = 0; i < (quick ? 2 : 5); i++) {
  await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
  const r = (await page.evaluate(SCRIPT)) as Record<string, number>;
  for (const key of Object.keys(runs)) runs[key].push(r[key]);
}
console.log(
  table([
    figure('frame', 'a class toggled (no highlight)', 'ms', runs.noHighlight),
    figure('frame', 'one range registered', 'ms', runs.one),
    figure('frame', '40 ranges registered', 'ms', runs.screen),
  ]),
);
await context.close();
await server.close();
