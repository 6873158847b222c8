/**
 * Two glossary tabs editing one term: different fields both stay; the same field changed
 * in both is shown as a conflict in the tab that saves second, never silently dropped.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { openGlossary, storedTerms } from './glossary-helpers';

const NAME = 'سراقب';

async function openTerm(page: Page) {
  await page
    .getByRole('row', { name: new RegExp(`^Select ${NAME} `) })
    .getByRole('button', { name: NAME, exact: true })
    .click();
  return page.getByRole('region', { name: new RegExp(NAME) });
}

test('two tabs editing one term: no change is lost without a word', async ({ page, extensionId }) => {
  const a = await openGlossary(page.context(), extensionId);
  expect(
    await a.evaluate(
      (ar) =>
        chrome.runtime.sendMessage({
          type: 'saveTerm',
          term: { ar, en: 'Saraqib', type: 'place' },
          context: { sentence: '', url: '', title: '' },
        }),
      NAME,
    ),
  ).toMatchObject({ ok: true });
  const b = await openGlossary(page.context(), extensionId);
  const inA = await openTerm(a);
  const inB = await openTerm(b);

  // Different fields: A's status and B's note both stay.
  await inA.getByRole('combobox', { name: 'Learning status' }).selectOption('known');
  await inB.getByRole('textbox', { name: 'Note' }).fill('from tab B');
  await inA.getByRole('button', { name: 'Save changes' }).click();
  await expect(inA.getByRole('status')).toHaveText('Changes saved.');
  await inB.getByRole('button', { name: 'Save changes' }).click();
  await expect(inB.getByRole('status')).toHaveText('Changes saved.');
  const term = () => storedTerms(a).then((terms) => terms.find((t) => t.ar === NAME));
  await expect.poll(term).toMatchObject({ note: 'from tab B', status: 'known' });

  // The same field: the second tab is told, and nothing it did not mean is overwritten.
  await inA.getByRole('textbox', { name: 'Note' }).fill('note of A');
  await inB.getByRole('textbox', { name: 'Note' }).fill('note of B');
  await inA.getByRole('button', { name: 'Save changes' }).click();
  await expect(inA.getByRole('status')).toHaveText('Changes saved.');
  await inB.getByRole('button', { name: 'Save changes' }).click();
  await expect(inB.getByRole('alert')).toContainText('changed in another tab (note)');
  await expect.poll(term).toMatchObject({ note: 'note of A' });
  // Saving again is the reader's choice: B's note replaces A's.
  await inB.getByRole('button', { name: 'Save changes' }).click();
  await expect(inB.getByRole('status')).toHaveText('Changes saved.');
  await expect.poll(term).toMatchObject({ note: 'note of B' });
  // The browser is shared with the other glossary specs, which count the saved terms.
  await a.evaluate((ar) => chrome.runtime.sendMessage({ type: 'unsaveTerm', term: { ar } }), NAME);
  await a.close();
  await b.close();
});
