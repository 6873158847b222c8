#!/usr/bin/env node
// `npm start`: builds Dalil and opens Chromium with it on the demo article. With a
// display the browser stays open for you; without one it runs headless, saves a
// screenshot of the highlighted article with an open tooltip, and prints its path.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BROWSERS, build, ensureBrowsers, ensureDependencies, root } from './setup.mjs';

ensureDependencies();
ensureBrowsers(['chromium']);
build(['--dev']);

const { chromium } = await import('@playwright/test');
const { startServer } = await import('../e2e/server.mjs');

const server = await startServer(Number(process.env.PORT ?? 0));
const url = `http://127.0.0.1:${server.address().port}/demo.html`;
const dist = path.join(root, 'dist', 'chrome');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'dalil-start-')), {
  executablePath: BROWSERS.chromium.path,
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`dalil: demo article at ${url}`);

if (!headless) {
  console.log(
    'dalil: Chromium is open with Dalil loaded. Hover a highlighted name; close the browser to stop.',
  );
  context.on('close', () => server.close());
} else {
  await page.waitForFunction(() => (CSS.highlights.get('dalil-place')?.size ?? 0) > 0, null, {
    timeout: 15_000,
  });
  // Open the tooltip on the first highlighted village so the screenshot shows it.
  const point = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('dalil-place') ?? [])];
    const range = ranges.find((r) => r.toString() === 'كفرنبل') ?? ranges[0];
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y, { steps: 3 });
  // The release build's tooltip is in a closed shadow root, out of the page's (and this
  // script's) reach: its open state shows as the active highlight.
  await page.waitForFunction(() => CSS.highlights.has('dalil-active'), null, { timeout: 5_000 });
  // The admin path and map arrive from the glossary a moment later.
  await page.waitForTimeout(1_500);
  const dir = path.join(root, 'artifacts');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'dalil-demo.png');
  await page.screenshot({ path: file });
  console.log(`dalil: no display, ran headless. Screenshot of the annotated demo article: ${file}`);
  await context.close();
  server.close();
}
