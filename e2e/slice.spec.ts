/**
 * The thin slice, end to end in real Chromium: the demo article is recognised and
 * highlighted, a tooltip opens on hover, Save stores the term with its sentence, the
 * glossary page lists and exports it, the popup reports the page, and an English page
 * is left alone.
 */
import { readFile } from 'node:fs/promises';
import { expect, highlighted, hoverText, test } from './extension';
import { domUnchanged, openPopupFor, waitForPaint } from './helpers';
import { clearSavedTermsInPage } from './in-page';

test.describe.configure({ mode: 'serial' });

// The browser is shared with earlier spec files, which save terms of their own: start
// from an empty glossary, so every name here is painted and offered as a new term.
test.beforeAll(async ({ extensionContext, extensionId }) => {
  const page = await extensionContext.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(clearSavedTermsInPage);
  await page.close();
});

test('the demo article is highlighted without touching its DOM, clitics excluded', async ({ page }) => {
  await page.goto('/demo.html');
  // "بريف إدلب": only the name is painted, never the proclitic ب or the word ريف;
  // "وفليفل" loses its و but keeps the ف of the name; "بليون" keeps its ب. Painting is
  // sliced, so wait for the whole article.
  await expect
    .poll(() => highlighted(page, 'dalil-place'))
    .toEqual(expect.arrayContaining(['إدلب', 'كفرنبل', 'كنصفرة', 'فليفل', 'بليون']));
  const places = await highlighted(page, 'dalil-place');
  expect(places.filter((text) => text.includes('إدلب')).every((text) => text === 'إدلب')).toBe(true);
  expect(places.filter((text) => text.startsWith('و'))).toEqual([]);
  const organisations = await highlighted(page, 'dalil-organization');
  expect(organisations).toContain('وزارة الدفاع التركية');
  expect(await domUnchanged(page)).toBe(true);
});

test('hovering a name opens a bilingual tooltip with a Save button', async ({ page }) => {
  await page.goto('/demo.html');
  await waitForPaint(page);
  await hoverText(page, 'كفرنبل');
  const tooltip = page.getByRole('dialog', { name: /كفرنبل/ });
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Kafr Nabl');
  await expect(tooltip).toContainText(/town|village|city/i);
  await expect(tooltip.getByRole('button', { name: 'Save' })).toBeVisible();
});

test('Save stores the term with its sentence; the glossary page lists and exports it', async ({
  page,
  extensionId,
}) => {
  await page.goto('/demo.html');
  await waitForPaint(page);
  await hoverText(page, 'كفرنبل');
  const tooltip = page.getByRole('dialog', { name: /كفرنبل/ });
  await tooltip.getByRole('button', { name: 'Save' }).click();
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');

  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const row = options.getByRole('row', { name: /كفر ?نبل/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Kafr Nabl');
  // The exact sentence the name was met in, and the page it came from.
  await expect(row).toContainText('تجمعات قوات النظام والمسلحين الموالين لها في بلدة حزارين');
  await expect(row.getByRole('link')).toHaveAttribute('href', /\/demo\.html$/);

  const [csvDownload] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFarabic,english,type')).toBe(true);
  // The glossary's own spelling is «كفر نبل»; the page wrote «كفرنبل».
  expect(csv).toMatch(/كفر ?نبل,Kafr Nabl,place/);
  expect(csv).toContain('\r\n');

  const [jsonDownload] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
  expect(exported.format).toBe('dalil-glossary');
  const term = exported.terms.find((t: { ar: string }) => t.ar.replace(' ', '') === 'كفرنبل');
  expect(term.en).toBe('Kafr Nabl');
  expect(term.contexts[0].url).toMatch(/\/demo\.html$/);
  expect(term.contexts[0].title).toContain('هدنة ادلب');
  expect(term.firstSeen).toBeGreaterThan(Date.now() - 5 * 60_000);
  await options.close();
});

test('the popup reports the page as Arabic political news with counts', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto('/demo.html');
  await waitForPaint(page);
  const popup = await openPopupFor(page, serviceWorker, extensionId);
  await expect(popup.getByRole('status')).toHaveText(/Arabic political news/);
  const places = Number(await popup.locator('.count-place dd').textContent());
  const organisations = Number(await popup.locator('.count-organization dd').textContent());
  expect(places).toBeGreaterThanOrEqual(10);
  expect(organisations).toBeGreaterThanOrEqual(3);
  await popup.close();
});

test('an English page gets no highlight and is left untouched', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto('/english.html');
  // Give the content script time to run and decide.
  await page.waitForTimeout(800);
  const sizes = await page.evaluate(() => [...CSS.highlights.keys()].length);
  expect(sizes).toBe(0);
  expect(await domUnchanged(page)).toBe(true);
  expect(await page.locator('dalil-tooltip').count()).toBe(0);
  const popup = await openPopupFor(page, serviceWorker, extensionId);
  await expect(popup.getByRole('status')).toHaveText(/Not recognised|Not an Arabic page/);
  await popup.close();
});
