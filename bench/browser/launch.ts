/**
 * Chromium for the bench, launched as e2e/extension.ts does (Debian's /usr/bin/chromium,
 * new headless), with or without an unpacked extension. With `debugPort`, Chromium also
 * listens on a free DevTools port so puppeteer-core can reach the service worker target.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, extensionArgs, VIEWPORT } from '../../e2e/chromium';

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  extensionId?: string;
}

export async function launch(extensionDir?: string, debugPort = false): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dalil-bench-'));
  const args = [...CHROMIUM_ARGS];
  if (extensionDir) args.push(...extensionArgs(extensionDir));
  if (debugPort) args.push('--remote-debugging-port=0');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    locale: 'en-US',
    args,
  });
  if (!extensionDir) return { context, userDataDir };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, userDataDir, extensionId: new URL(worker.url()).host };
}

/** The DevTools endpoint Chromium wrote when launched with --remote-debugging-port=0. */
export function debugEndpoint(userDataDir: string): string {
  const [port] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  return `http://127.0.0.1:${port}`;
}

/** Waits until the page has been quiet (no new long work) for a moment. */
export async function settle(page: Page, ms = 300): Promise<void> {
  await page.evaluate(
    (quiet) => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, quiet))),
    ms,
  );
}

/** `dalil:*` marks on the page's timeline: name → start times (ms since navigation start). */
export async function dalilMarks(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const entry of performance.getEntriesByType('mark')) {
      if (!entry.name.startsWith('dalil:')) continue;
      const name = entry.name.slice(6);
      out[name] ??= [];
      out[name].push(entry.startTime);
    }
    return out;
  });
}

/** Waits for a mark (e.g. "painted") to appear on the page, up to `timeout` ms. */
export async function waitForMark(page: Page, name: string, timeout = 60_000): Promise<boolean> {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(`dalil:${mark}`).length > 0, name, {
      timeout,
      polling: 20,
    });
    return true;
  } catch {
    return false;
  }
}
