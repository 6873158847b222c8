/**
 * Faults, with nothing lost: the service worker stopped in the middle of a pack load and
 * of a save (through CDP, as the browser does when it reclaims an idle worker), an
 * import cut short by closing its page, a full disk and an unavailable IndexedDB. After
 * each, the database is whole (the operation completed or is cleanly absent), the
 * reader is told, and highlights keep working from the bundled lexicon.
 *
 * Storage faults use the development build's hooks (src/background/fault-hooks.ts):
 * `npm test` builds one into dist-dev/ (DALIL_DEV_DIST), and this file loads it; the
 * production build has no hooks. One fresh browser for the whole file, in order.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DIST, expect, expectNoNetwork, hoverText, launchWithExtension, test } from './extension';
import { waitForPaint } from './helpers';

const DEV_DIST = path.resolve(process.env.DALIL_DEV_DIST ?? 'dist-dev/chrome');

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let extensionId: string;
/** An extension page that talks to the worker only when told to: reads the DB, sets faults. */
let reader: Page;

interface Progress {
  version: string;
  loaded: number;
  total: number;
  done: boolean;
}
interface DbState {
  progress?: Progress;
  entries: number;
  terms: Array<Record<string, unknown>>;
}

async function readDb(): Promise<DbState> {
  return reader.evaluate(
    () =>
      new Promise<DbState>((resolve, reject) => {
        const open = indexedDB.open('dalil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'entries', 'terms']);
          const progress = tx.objectStore('meta').get('packProgress');
          const entries = tx.objectStore('entries').count();
          const terms = tx.objectStore('terms').getAll();
          tx.oncomplete = () => {
            resolve({
              progress: progress.result?.value,
              entries: entries.result,
              terms: terms.result,
            });
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Sets the development build's storage faults in the running worker (waking it if
 * stopped) with a message from an extension page: Playwright does not report a worker
 * that restarted, so `serviceWorker.evaluate` cannot reach it.
 */
async function setFaults(faults: object): Promise<void> {
  const reply = await reader.evaluate(
    (value) => chrome.runtime.sendMessage({ __dalilFaults: value }),
    faults,
  );
  expect(reply, 'fault hooks answer (build with --dev)').toEqual({ faults });
}

/** Whether this build has the fault hooks (`node build.mjs --dev`); production builds do not. */
let hooks = false;
const NEEDS_HOOKS = 'storage faults need the development build (node build.mjs --dev)';

/**
 * Stops the extension's service worker as Chromium does to an idle one (running → stopping
 * → stopped) and waits until it is gone. `ServiceWorker.stopAllWorkers` stops it too, but
 * the DevTools attachment starts it again at once; closing its target through a browser
 * CDP session leaves it stopped until the next event wakes it.
 */
async function stopWorker(): Promise<void> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  const [target] = await workerTargets();
  if (!target) throw new Error('no running service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  // Playwright reports the Worker closed only seconds later; the target is gone at once.
  await expect.poll(async () => (await workerTargets()).length, { timeout: 10_000 }).toBe(0);
  await cdp.detach();
}

async function dbExists(): Promise<boolean> {
  return reader.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'dalil'));
}

test.beforeAll(async () => {
  context = await launchWithExtension(existsSync(DEV_DIST) ? DEV_DIST : DIST);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  reader = await context.newPage();
  // The add-term form, opened without a name, sends nothing to the worker by itself.
  await reader.goto(`chrome-extension://${extensionId}/add-term.html`);
  // Slow the pack's batches a little so the stop surely falls in the middle of the load.
  const faults = { holdWrites: { entries: 150 } };
  const reply = await reader.evaluate(
    (value) => chrome.runtime.sendMessage({ __dalilFaults: value }),
    faults,
  );
  hooks = JSON.stringify(reply) === JSON.stringify({ faults });
});

test.afterAll(async () => {
  await context?.close();
  if (context) expectNoNetwork(context);
});

test('the worker stopped in the middle of the pack load: batches are whole, the load resumes and completes', async () => {
  test.setTimeout(180_000);
  await expect.poll(dbExists, { timeout: 30_000 }).toBe(true);
  await expect
    .poll(async () => (await readDb()).progress?.loaded ?? 0, { timeout: 60_000, message: 'pack loading' })
    .toBeGreaterThanOrEqual(4000);
  let state = await readDb();
  expect(state.progress?.done).toBe(false);
  await stopWorker();
  state = await readDb();
  const cut = state.progress!;
  expect(cut.done).toBe(false);
  // Every batch is its own transaction: the stored entries are exactly the recorded ones.
  expect(state.entries).toBe(cut.loaded);

  // The next event wakes the worker (a news page asks for annotation); the load resumes.
  const news = await context.newPage();
  await news.goto('/hostile-frame.html');
  await waitForPaint(news);
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const progress = (await readDb()).progress!;
        seen.push(progress.loaded);
        return progress.done;
      },
      { timeout: 150_000, intervals: [250], message: 'pack load resumed and done' },
    )
    .toBe(true);
  // It went on from where it stopped (never back to 0), and ended complete.
  expect(Math.min(...seen)).toBeGreaterThanOrEqual(cut.loaded);
  state = await readDb();
  expect(state.progress).toMatchObject({
    version: cut.version,
    total: cut.total,
    loaded: cut.total,
    done: true,
  });
  expect(state.entries).toBe(cut.total);
  await news.close();
});

test('the worker stopped in the middle of a save: the term is cleanly absent, the reader is told, saving again works', async () => {
  test.skip(!hooks, NEEDS_HOOKS);
  test.setTimeout(90_000);
  const news = await context.newPage();
  await news.goto('/hostile-frame.html');
  await waitForPaint(news);
  const before = (await readDb()).terms;
  await hoverText(news, 'كفرنبل');
  const tooltip = news.getByRole('dialog', { name: /كفرنبل/ });
  await expect(tooltip).toBeVisible();
  // The save writes its row, then its transaction is held open: the stop falls inside it.
  await setFaults({ holdWrites: { terms: 8000 } });
  await tooltip.getByRole('button', { name: 'Save' }).click();
  await news.waitForTimeout(800);
  await stopWorker();
  await expect(tooltip.getByRole('alert')).toBeVisible({ timeout: 10_000 });
  console.log(`reader told, after a stop mid-save: ${await tooltip.getByRole('alert').textContent()}`);
  await expect(tooltip.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  expect((await readDb()).terms).toEqual(before);

  // The restarted worker has no faults: the same button saves the term, whole.
  await tooltip.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toBeVisible({ timeout: 20_000 });
  const after = (await readDb()).terms;
  expect(after).toHaveLength(before.length + 1);
  const saved = after.find((term) => !before.some((old) => old.key === term.key))!;
  expect(saved).toMatchObject({ type: 'place', timesSeen: 1, status: 'new', note: '', tags: [] });
  expect(String(saved.ar)).toMatch(/كفر ?نبل/);
  expect((saved.contexts as Array<{ sentence: string; url: string }>)[0]).toMatchObject({
    sentence: expect.stringContaining('كفرنبل'),
    url: expect.stringContaining('/hostile-frame.html'),
  });
  expect((saved.searchKeys as string[]).length).toBeGreaterThan(0);
  await news.close();
});

test('a full disk and an unavailable IndexedDB: a clear message, highlights still work, nothing changes', async () => {
  test.skip(!hooks, NEEDS_HOOKS);
  test.setTimeout(90_000);
  const news = await context.newPage();
  await news.goto('/hostile-frame.html');
  await waitForPaint(news);
  const before = await readDb();

  await setFaults({ mode: 'quota' });
  await hoverText(news, 'حلب');
  let tooltip = news.getByRole('dialog', { name: /حلب/ });
  await tooltip.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(tooltip.getByRole('alert')).toContainText('storage for Dalil is full, so nothing was saved');
  expect(await readDb()).toEqual(before);

  // IndexedDB unavailable: a fresh page is still annotated from the bundled lexicon.
  await setFaults({ mode: 'unavailable' });
  await news.reload();
  await waitForPaint(news);
  await hoverText(news, 'حلب');
  tooltip = news.getByRole('dialog', { name: /حلب/ });
  await expect(tooltip).toContainText('Aleppo');
  await tooltip.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(tooltip.getByRole('alert')).toContainText('glossary database is not available');
  expect(await readDb()).toEqual(before);
  await setFaults({});
  await news.close();
});

test('an import cut short (its page closed mid-write, the worker stopped): all of it or none of it', async () => {
  test.setTimeout(120_000);
  const N = 6000;
  const file = JSON.stringify({
    format: 'dalil-glossary',
    version: 1,
    terms: Array.from({ length: N }, (_, i) => ({
      ar: `قرية الاختبار ${i}`,
      en: `Test village ${i}`,
      type: 'place',
      note: i === 7 ? '<img src=x onerror=alert(1)>' : '',
    })),
  });
  const before = (await readDb()).terms.length;
  const importOnce = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#transfer`);
    await page
      .getByLabel('Choose a file to import')
      .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: `Import ${N} terms` }).click({ timeout: 60_000 });
    return page;
  };

  // 1. The page is closed as soon as the write starts.
  const first = await importOnce();
  await first.close();
  const afterCut = (await readDb()).terms.length;
  expect([before, before + N]).toContain(afterCut);
  console.log(`import cut by closing its page: ${afterCut - before} of ${N} terms stored (all or none)`);

  // 2. The worker is stopped during the import: the import (the page's own transaction) completes.
  const second = await importOnce();
  await stopWorker();
  await expect(second.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    `Imported ${N} terms.`,
    {
      timeout: 60_000,
    },
  );
  const terms = (await readDb()).terms;
  expect(terms.length).toBe(before + N);
  expect(terms.filter((term) => String(term.ar).startsWith('قرية الاختبار')).length).toBe(N);
  await second.close();
});

test('a save cut by a stopped worker is reported in plain words', async () => {
  test.skip(!hooks, NEEDS_HOOKS);
  const news = await context.newPage();
  await news.goto('/hostile-frame.html');
  await waitForPaint(news);
  await hoverText(news, 'إدلب');
  const tooltip = news.getByRole('dialog', { name: /إدلب/ });
  await setFaults({ holdWrites: { terms: 8000 } });
  await tooltip.getByRole('button', { name: 'Save', exact: true }).click();
  await news.waitForTimeout(800);
  await stopWorker();
  await expect(tooltip.getByRole('alert')).toHaveText(/Dalil stopped before it could finish.*try again/i);
  await news.close();
});
