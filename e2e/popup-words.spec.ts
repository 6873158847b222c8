/**
 * The popup in plain words, in the interface language: the verdict with counts of
 * distinct names, spellings of one name as one row, reasons a reader follows, a verdict
 * that agrees with the site setting, other Arabic-script languages named, annotating on
 * request that says what it found; and the interface-language setting, applied at once.
 * Screenshots of the popup and the settings go to artifacts/.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, highlighted, test } from './extension';
import { openPopupFor, waitForPaint } from './helpers';
import { clearSettings, setSettings } from './reading-helpers';

test.describe.configure({ mode: 'serial' });

const popupFor = (page: Page, serviceWorker: Worker, extensionId: string) =>
  openPopupFor(page, serviceWorker, extensionId, { width: 360, height: 640 });

test('Arabic political news: distinct counts, one row per name, reasons in a sentence', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto('/reading-masthead.html');
  await waitForPaint(page);
  const popup = await popupFor(page, serviceWorker, extensionId);
  const verdict = popup.getByRole('status');
  await expect(verdict).toHaveText(
    /^Arabic political news — \d+ places?, \d+ organisations?(, \d+ (person|people))?$/,
  );
  const list = popup.getByRole('region', { name: 'Names on this page' });
  // إدلب and ادلب are one name: one row, its other spelling shown beside it.
  const idlib = list.getByRole('button', { name: /^Show إدلب \(Idlib\)/ });
  await expect(idlib).toHaveCount(1);
  await expect(idlib).toContainText('ادلب');
  await expect(list.getByRole('button', { name: /^Show ادلب/ })).toHaveCount(0);
  // The counts are of names, not of occurrences.
  const rows = await list.getByRole('button').count();
  const counts = (await popup.getByRole('definition').allTextContents()).map(Number);
  expect(rows).toBe(counts.reduce((sum, n) => sum + n, 0));
  expect(await verdict.textContent()).toContain(`${counts[0]} places`);
  const why = popup.getByRole('region', { name: 'Why' });
  await expect(why).toContainText(/\d+ of the \d+ words Dalil read are about government/);
  await expect(why).toContainText('Dalil read the article only');
  await expect(why).not.toContainText(/function words|vocabulary|\(\d+\)/);
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);
  await popup.screenshot({ path: 'artifacts/popup-news.png', fullPage: true });
  // Never on this site: the verdict says so and nothing offers to annotate.
  await popup.getByRole('radio', { name: 'Never' }).check();
  await expect(verdict).toHaveText(/^Off on this site/);
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'dalil-place')).toEqual([]);
  await popup.close();
  await clearSettings(serviceWorker);
});

test('a Persian page: the popup names the language and does not offer to annotate', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto('/persian-news.html');
  const popup = await popupFor(page, serviceWorker, extensionId);
  await expect(popup.getByRole('status')).toHaveText('This page is in Persian. Dalil reads Arabic only.');
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);
  expect(await highlighted(page, 'dalil-place')).toEqual([]);
  await popup.screenshot({ path: 'artifacts/popup-persian.png' });
  await popup.close();
});

test('an Arabic page that is not political news: annotating on request says what it found', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await page.goto('/arabic-sport.html');
  const popup = await popupFor(page, serviceWorker, extensionId);
  const verdict = popup.getByRole('status');
  await expect(verdict).toHaveText(/^(Arabic, but not political news|Dalil has not read this page)/);
  await popup.getByRole('button', { name: 'Annotate this page' }).click();
  await expect(verdict).toHaveText(/^Annotated on request — 2 places$/);
  await expect(popup.getByRole('button', { name: 'Annotate this page' })).toHaveCount(0);
  await expect(
    popup.getByRole('region', { name: 'Names on this page' }).getByRole('button', { name: /Show دمشق/ }),
  ).toBeVisible();
  await expect.poll(() => highlighted(page, 'dalil-place')).toEqual(['دمشق', 'حمص']);
  await popup.screenshot({ path: 'artifacts/popup-sport-annotated.png' });
  await popup.close();
});

test('the interface language: العربية in the settings turns the settings and the popup Arabic at once', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  const language = options.getByRole('group', { name: 'Interface language' });
  // The page redraws itself in the new language: click, then look at the new page.
  await language.getByRole('radio', { name: 'العربية' }).click();
  await expect(options.getByRole('heading', { name: 'إعدادات القراءة' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(options.getByRole('radio', { name: 'العربية' })).toBeChecked();
  await options.screenshot({ path: 'artifacts/settings-arabic.png' });
  await page.goto('/reading-masthead.html');
  await waitForPaint(page);
  const popup = await popupFor(page, serviceWorker, extensionId);
  await expect(popup.getByRole('status')).toHaveText(/^أخبار سياسية عربية — /);
  await expect(popup.getByRole('region', { name: 'لماذا' })).toContainText('قرأ دليل المقال وحده');
  await popup.screenshot({ path: 'artifacts/popup-arabic.png', fullPage: true });
  await popup.close();
  // Automatic: back to the browser's language (English here), at once.
  await options
    .getByRole('group', { name: 'لغة الواجهة' })
    .getByRole('radio', { name: /تلقائية/ })
    .click();
  await expect(options.getByRole('heading', { name: 'Reading settings' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('dir', 'ltr');
  await options.screenshot({ path: 'artifacts/settings.png' });
  await options.close();
  await setSettings(serviceWorker, {});
  await clearSettings(serviceWorker);
});
