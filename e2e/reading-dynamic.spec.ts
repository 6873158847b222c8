/**
 * Pages that change under the reader: infinite scroll, edited and removed paragraphs, a
 * single-page app that swaps the article, settings changed while reading, and the popup.
 */
import { expect, highlighted, test } from './extension';
import { openPopupFor, waitForPaint } from './helpers';
import { clearSettings, setSettings, tooltipOf } from './reading-helpers';

test.describe.configure({ mode: 'serial' });

test('infinite scroll: the next article is annotated as it arrives; edits and removals follow', async ({
  page,
}) => {
  await page.goto('/reading-infinite.html');
  await waitForPaint(page);
  expect(await highlighted(page, 'dalil-place')).not.toContain('درعا');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect
    .poll(() => highlighted(page, 'dalil-place'), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['درعا', 'القنيطرة']));
  expect(await highlighted(page, 'dalil-place')).toContain('كفرنبل');
  // A paragraph removed by the page leaves no highlight behind.
  await page.evaluate(() => {
    for (const p of document.querySelectorAll('p')) if (p.textContent?.includes('القنيطرة')) p.remove();
  });
  await expect.poll(() => highlighted(page, 'dalil-place')).not.toContain('القنيطرة');
  // Text that changes is read again.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((element) => element.textContent?.includes('درعا'))!;
    p.firstChild!.textContent = 'وصلت تعزيزات جديدة إلى مدينة حمص وسط البلاد، بحسب مصادر محلية.';
  });
  await expect.poll(() => highlighted(page, 'dalil-place')).toContain('حمص');
});

test('single-page app: a new article after pushState replaces the old highlights', async ({ page }) => {
  await page.goto('/reading-spa.html');
  await waitForPaint(page);
  expect(await highlighted(page, 'dalil-place')).toContain('كفرنبل');
  await page.click('#go');
  await expect.poll(() => highlighted(page, 'dalil-place'), { timeout: 10_000 }).toContain('دير الزور');
  expect(await highlighted(page, 'dalil-place')).not.toContain('كفرنبل');
});

test('settings apply while reading: first occurrence only, kinds switched off', async ({
  page,
  serviceWorker,
}) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  const before = await highlighted(page, 'dalil-place');
  expect(before.filter((name) => name === 'إدلب').length).toBeGreaterThan(1);
  await setSettings(serviceWorker, { firstOnly: true, kinds: { organization: false } });
  await expect
    .poll(async () => (await highlighted(page, 'dalil-place')).filter((name) => name === 'إدلب').length)
    .toBe(1);
  expect(await highlighted(page, 'dalil-organization')).toEqual([]);
  await clearSettings(serviceWorker);
  await expect.poll(async () => (await highlighted(page, 'dalil-organization')).length).toBeGreaterThan(0);
});

test('the popup lists the names, reveals one on the page, and switches the site off and on', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  const popup = await openPopupFor(page, serviceWorker, extensionId);
  await expect(popup.getByRole('status')).toHaveText(/Arabic political news/);
  const list = popup.getByRole('region', { name: 'Names on this page' });
  await expect(list.getByRole('button', { name: /Show سراقب/ })).toBeVisible();
  await popup.screenshot({ path: 'artifacts/reading-popup.png' });
  await list.getByRole('button', { name: /Show سراقب/ }).click();
  await expect(tooltipOf(page, /سراقب/)).toBeVisible();
  // Never on this site: the highlights go; automatic: they come back.
  await popup.getByRole('radio', { name: 'Never' }).check();
  await expect.poll(() => highlighted(page, 'dalil-place')).toEqual([]);
  await popup.getByRole('radio', { name: 'Automatic' }).check();
  await expect.poll(async () => (await highlighted(page, 'dalil-place')).length).toBeGreaterThan(0);
  await popup.close();
  await clearSettings(serviceWorker);
});
