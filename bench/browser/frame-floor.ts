/**
 * The browser's own floor for painting with the Highlight API on a page: in Chromium
 * without Dalil, with highlight styles present from the start (as the manifest's
 * stylesheet gives them), the frame after a change that touches no highlight (a class on
 * one element) and the frame after registering a single range. Any change to the
 * highlight registry makes Chromium repaint the whole page, so on a page of 100,000 nodes
 * that frame is long whatever the number of ranges: the longest task of figure 2 cannot
 * be shorter than it.
 */
import type { BrowserContext } from '@playwright/test';
import { type Figure, figure } from '../lib/stats';

const SCRIPT = `new Promise((resolve) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.data.trim().length < 4) node = walker.nextNode();
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 3);
  (async () => {
    await frame();
    await frame();
    let t = performance.now();
    document.body.firstElementChild.classList.toggle('dalil-bench');
    await frame();
    const plain = performance.now() - t;
    t = performance.now();
    CSS.highlights.set('dalil-place', new Highlight(range));
    await frame();
    resolve({ plain, highlight: performance.now() - t });
  })();
})`;

/** The page with the highlight rules in a stylesheet of its own, as the manifest adds them. */
export function withHighlightStyles(html: string, css: string): string {
  return html.replace('</head>', `<style>${css}</style></head>`);
}

export async function frameFloorFigures(
  context: BrowserContext,
  url: string,
  runs: number,
): Promise<Figure[]> {
  const page = await context.newPage();
  const plain: number[] = [];
  const highlight: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const result = (await page.evaluate(SCRIPT)) as { plain: number; highlight: number };
    plain.push(result.plain);
    highlight.push(result.highlight);
  }
  await page.close();
  return [
    figure('2 huge', 'browser floor: frame after a class change (no Dalil)', 'ms', plain),
    figure('2 huge', 'browser floor: frame after one highlight range (no Dalil)', 'ms', highlight, {
      note: 'any highlight change repaints the whole page',
    }),
  ];
}
