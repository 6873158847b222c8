/**
 * A fresh install ends with the whole bundled pack in IndexedDB, and the tooltip of a
 * village from the demo article shows its English name, district and governorate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../src/common/pack';
import { DIST, expect, hoverText, launchWithExtension, serviceWorkerOf, test } from './extension';
import { waitForPaint } from './helpers';

const pack = JSON.parse(
  gunzipSync(readFileSync(path.join(DIST, 'pack', 'dalil-pack.json.gz'))).toString(),
) as Pack;

test('a fresh install stores the full pack, and كفرنبل shows its English name and admin path', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await launchWithExtension();
  try {
    const worker = await serviceWorkerOf(context);
    await expect
      .poll(
        () =>
          worker.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const open = indexedDB.open('dalil');
                open.onsuccess = () => {
                  const db = open.result;
                  if (!db.objectStoreNames.contains('entries')) return resolve(0);
                  const count = db.transaction('entries').objectStore('entries').count();
                  count.onsuccess = () => resolve(count.result);
                  count.onerror = () => resolve(-1);
                };
                open.onerror = () => resolve(-1);
              }),
          ),
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe(pack.entries.length);

    const page = await context.newPage();
    await page.goto(`${baseURL}/demo.html`);
    await waitForPaint(page);
    await hoverText(page, 'كفرنبل');
    const tooltip = page.getByRole('dialog', { name: /كفرنبل|كفر نبل/ });
    await expect(tooltip).toContainText('Kafr Nabl');
    await expect(tooltip).toContainText(/Ma'?arr?at al-Nu'?man/);
    await expect(tooltip).toContainText('Idlib');
    await expect(tooltip).toContainText('Syria');
  } finally {
    await context.close();
  }
});
