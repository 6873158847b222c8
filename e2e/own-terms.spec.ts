/**
 * The reader's own glossary on the page (issue 15), in real Chromium on a page no rule was
 * tuned on: a term imported in the documented JSON format is highlighted on the next page
 * with the reader's English; an English name corrected on the glossary page is what the
 * tooltip shows, the bundled one beside it; the status is changed from the tooltip; and the
 * page's highlight registry is the same whether or not a term is saved or has a status.
 */
import type { Page } from '@playwright/test';
import { addTermPath } from '../src/add-term/params';
import { expect, highlighted, hoverText, testInOwnBrowser } from './extension';
import { askSelectionContext, openGlossary, selectText, storedTerms } from './glossary-helpers';
import { tabIdOf, waitForPaint } from './helpers';

/** A browser of its own: the journeys start from an empty glossary. */
const test = testInOwnBrowser();

test.describe.configure({ mode: 'serial' });

const PAGE = '/own-terms.html';
const ZONE = 'منطقة خفض التصعيد';

/** Every Dalil highlight's name and range texts: what a page script can read. */
async function registry(page: Page): Promise<Array<[string, string[]]>> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .map(
        ([name, highlight]) => [name, [...highlight].map((range) => range.toString())] as [string, string[]],
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const importFile = (terms: unknown[]) => ({
  name: 'reader.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'dalil-glossary', version: 1, terms })),
});

test('saving a term and setting its status from the tooltip leave the page’s highlight registry as it was', async ({
  page,
}) => {
  await page.goto(PAGE);
  await waitForPaint(page);
  const before = await registry(page);
  expect(await highlighted(page, 'dalil-place')).toContain('كفرنبل');

  await hoverText(page, 'كفرنبل');
  const tooltip = page.getByRole('dialog', { name: /كفرنبل/ });
  await tooltip.getByRole('button', { name: 'Save' }).click();
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  const statuses = tooltip.getByRole('group', { name: 'Learning status' });
  await expect(statuses.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
  await statuses.getByRole('button', { name: 'Known' }).click();
  await expect(statuses.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await waitForPaint(page);
  expect(await registry(page)).toEqual(before);
  await hoverText(page, 'كفرنبل');
  await expect(
    page
      .getByRole('dialog', { name: /كفرنبل/ })
      .getByRole('group', { name: 'Learning status' })
      .getByRole('button', { name: 'Known' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('an English name corrected on the glossary page is what the tooltip shows', async ({
  page,
  extensionId,
}) => {
  const glossary = await openGlossary(page.context(), extensionId);
  await glossary
    .getByRole('row', { name: /^Select كفر نبل / })
    .getByRole('button', { name: 'كفر نبل', exact: true })
    .click();
  const detail = glossary.getByRole('region', { name: /كفر نبل/ });
  const english = detail.getByRole('textbox', { name: 'English' });
  const bundled = await english.inputValue();
  expect(bundled).not.toBe('Kafranbel');
  await english.fill('Kafranbel');
  await detail.getByRole('button', { name: 'Save changes' }).click();
  await expect(detail.getByRole('status')).toHaveText('Changes saved.');
  await glossary.close();

  await page.goto(PAGE);
  await waitForPaint(page);
  await hoverText(page, 'كفرنبل');
  const tooltip = page.getByRole('dialog', { name: /كفرنبل/ });
  await expect(tooltip.locator('.en')).toHaveText('Kafranbel');
  await expect(tooltip).toContainText(`Bundled glossary: ${bundled}`);
});

test('a term imported through the JSON format is highlighted on the next page with the reader’s English', async ({
  page,
  extensionId,
}) => {
  await page.goto(PAGE);
  await waitForPaint(page);
  expect((await highlighted(page, 'dalil-place')).join('|')).not.toContain(ZONE);

  const glossary = await openGlossary(page.context(), extensionId, 'transfer');
  await glossary
    .getByLabel('Choose a file to import')
    .setInputFiles(
      importFile([
        { ar: ZONE, en: 'de-escalation zone', type: 'place', note: 'Astana, 2017', status: 'learning' },
      ]),
    );
  await glossary.getByRole('button', { name: 'Import 1 terms' }).click();
  await expect(glossary.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 1 terms.');
  expect((await storedTerms(glossary)).map((term) => term.ar)).toContain(ZONE);
  await glossary.close();

  await page.reload();
  await waitForPaint(page);
  expect(await highlighted(page, 'dalil-place')).toContain(ZONE);
  await hoverText(page, ZONE);
  const tooltip = page.getByRole('dialog', { name: new RegExp(ZONE) });
  await expect(tooltip.locator('.en')).toHaveText('de-escalation zone');
  await expect(tooltip).toContainText('Astana, 2017');
  await expect(tooltip).not.toContainText('Found from context');
  const statuses = tooltip.getByRole('group', { name: 'Learning status' });
  await expect(statuses.getByRole('button', { name: 'Learning' })).toHaveAttribute('aria-pressed', 'true');
  await statuses.getByRole('button', { name: 'New' }).click();
  await expect(statuses.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
});

test('a term added from the form, as the reader’s own kind and English, is highlighted on another page', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(PAGE);
  await waitForPaint(page);
  const form = await page.context().newPage();
  // A name the glossary knows: its English is offered, and said to come from the glossary.
  await selectText(page, 'إدلب');
  const known = await askSelectionContext(serviceWorker, await tabIdOf(serviceWorker, page));
  await form.goto(`chrome-extension://${extensionId}/${addTermPath(known!)}`);
  await expect(form.getByRole('textbox', { name: 'English' })).toHaveValue('Idlib');
  await expect(form.getByRole('textbox', { name: 'English' })).toHaveAccessibleDescription(
    'Suggested from the glossary.',
  );

  await selectText(page, 'خطوط التماس');
  const reply = await askSelectionContext(serviceWorker, await tabIdOf(serviceWorker, page));
  await form.goto(`chrome-extension://${extensionId}/${addTermPath(reply!)}`);
  // Unknown to the glossary: a transliteration is offered, and said to be one.
  const english = form.getByRole('textbox', { name: 'English' });
  await expect(english).not.toHaveValue('');
  await expect(english).toHaveAccessibleDescription('Suggested transliteration: check it.');
  const sentence = form.getByRole('textbox', { name: 'Sentence' });
  await expect(sentence).toHaveValue(/خطوط التماس/);
  // The reader may trim the sentence to the part worth keeping.
  await sentence.fill('على طول خطوط التماس');
  await english.fill('front lines');
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Other term' });
  await form.getByRole('button', { name: 'Save to glossary' }).click();
  // The worker may still be taking in the term the previous journey imported.
  await expect(form.getByRole('status')).toHaveText('Saved to your glossary.', { timeout: 15_000 });
  const added = (await storedTerms(form)).find((term) => term.ar === 'خطوط التماس') as
    | { contexts: Array<{ sentence: string }> }
    | undefined;
  expect(added?.contexts.map((context) => context.sentence)).toEqual(['على طول خطوط التماس']);

  await page.goto('/glossary-second.html');
  await waitForPaint(page);
  expect(await highlighted(page, 'dalil-place')).toContain('خطوط التماس');
  await hoverText(page, 'خطوط التماس');
  const tooltip = page.getByRole('dialog', { name: /خطوط التماس/ });
  await expect(tooltip.locator('.en')).toHaveText('front lines');
  await expect(tooltip).toContainText('Term');
});

test('the CSV column mapping fits its card on a 360 px wide window', async ({ page, extensionId }) => {
  const glossary = await openGlossary(page.context(), extensionId, 'transfer');
  await glossary.setViewportSize({ width: 360, height: 800 });
  const header = 'arabic,english,type,kind,country,admin_path,status,tags,note,context,page_title,page_url';
  const row = `إدلب,Idlib,place,city,SY,,new,,${'ملاحظة طويلة '.repeat(20)},${'جملة طويلة جدا '.repeat(30)},عنوان,https://example.org/${'a'.repeat(300)}`;
  await glossary.getByLabel('Choose a file to import').setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\n${row}\n`),
  });
  const mapping = glossary.getByRole('group', { name: 'Columns' });
  await expect(mapping).toBeVisible();
  const width = await glossary.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  const box = await mapping.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(360);
  await glossary.close();
});
