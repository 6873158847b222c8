/**
 * Security in the real browser: malformed messages are refused without effect, web pages
 * cannot reach the extension, the extension pages' CSP is enforced, and HTML or script
 * in a saved term (Arabic, English, note, tags) is shown as text wherever it appears and
 * never runs.
 */
import type { Page } from '@playwright/test';
import { addTermPath } from '../src/add-term/params';
import { expect, hoverText, test } from './extension';
import { waitForPaint } from './helpers';
import { readStoresInPage } from './in-page';

const PAYLOAD_AR = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_EN = '<script>window.__pwned=2</script>';
const PAYLOAD_NOTE =
  '<svg onload="window.__pwned=3"></svg><b>bold?</b> & <iframe src="javascript:window.__pwned=4">';
const PAYLOAD_TAG = '<img src=y onerror=alert(5)>';

async function extensionPage(page: Page, extensionId: string, path = 'add-term.html'): Promise<Page> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  (page as unknown as { dialogs: string[] }).dialogs = dialogs;
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

async function dbSnapshot(page: Page) {
  const { terms, meta } = await page.evaluate(readStoresInPage, ['terms', 'meta']);
  // The pack may still be loading in the background: its progress row moves on its own.
  return { terms, meta: meta!.filter((row) => row.key !== 'packProgress') };
}

/** No element or script was created from the payloads, and none ran. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await page
      .locator('img[src="x"], img[src="y"], svg[onload], iframe[src^="javascript"], b:text("bold?")')
      .count(),
  ).toBe(0);
  expect((page as unknown as { dialogs: string[] }).dialogs).toEqual([]);
}

test('malformed and unknown messages from an extension page are refused and change nothing', async ({
  page,
  extensionId,
}) => {
  const control = await extensionPage(page, extensionId);
  // A valid request first, so the database exists and the worker is running.
  expect(await send(control, { type: 'packStatus' })).toMatchObject({ ok: true });
  await expect
    .poll(() => control.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'dalil')))
    .toBe(true);
  const before = await dbSnapshot(control);
  const malformed: unknown[] = [
    null,
    42,
    'saveTerm',
    [{ type: 'saveTerm' }],
    {},
    { type: 'deleteEverything' },
    { type: 'saveTerm' },
    {
      type: 'saveTerm',
      term: { ar: '', en: 'x', type: 'place' },
      context: { sentence: '', url: '', title: '' },
    },
    {
      type: 'saveTerm',
      term: { ar: 'حلب', en: 'x', type: 'weapon' },
      context: { sentence: '', url: '', title: '' },
    },
    {
      type: 'saveTerm',
      term: { ar: 'حلب', en: 'x', type: 'place' },
      // A long sentence or title is clipped on receipt (docs/privacy.md); one that is not text is refused.
      context: { sentence: 5, url: '', title: '' },
    },
    {
      type: 'saveTerm',
      term: { ar: 'حلب', en: 'x', type: 'place' },
      context: { sentence: '', url: '', title: '' },
      details: { status: 'owned' },
    },
    { type: 'unsaveTerm', term: { entryId: 5, ar: 'حلب' } },
    { type: 'unsaveTerm' },
    { type: 'annotate', text: 12, signals: {} },
    { type: 'locatorMap', lat: 'north', lon: 0 },
  ];
  for (const message of malformed)
    expect(await send(control, message), JSON.stringify(message).slice(0, 60)).toEqual({
      ok: false,
      error: 'Unknown or malformed request.',
    });
  expect(await dbSnapshot(control)).toEqual(before);
});

test('a web page cannot reach the extension: no runtime messaging is exposed to it', async ({ page }) => {
  await page.goto('/english.html');
  const exposed = await page.evaluate(() => {
    const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } })
      .chrome;
    return { sendMessage: typeof c?.runtime?.sendMessage, connect: typeof c?.runtime?.connect };
  });
  expect(exposed).toEqual({ sendMessage: 'undefined', connect: 'undefined' });
});

test('the extension pages enforce their CSP: injected inline script and handlers never run', async ({
  page,
  extensionId,
}) => {
  const options = await extensionPage(page, extensionId, 'options.html');
  await expect(options.getByRole('tablist', { name: 'Glossary sections' })).toBeVisible();
  const result = await options.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1;';
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handler = 1');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const w = window as unknown as { __inline?: number; __handler?: number };
    img.remove();
    script.remove();
    return { inline: w.__inline, handler: w.__handler, violations };
  });
  expect(result.inline).toBeUndefined();
  expect(result.handler).toBeUndefined();
  expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});

test('HTML and script in a saved term show as text in the glossary, the tooltip and the add-term form', async ({
  page,
  extensionId,
}) => {
  const control = await extensionPage(page, extensionId);
  const own = await send(control, {
    type: 'saveTerm',
    term: { ar: PAYLOAD_AR, en: PAYLOAD_EN, type: 'place' },
    context: { sentence: `جملة فيها ${PAYLOAD_AR}`, url: 'https://news.example/<script>', title: PAYLOAD_EN },
    details: { note: PAYLOAD_NOTE, tags: [PAYLOAD_TAG] },
  });
  expect(own).toMatchObject({ ok: true });
  // Pack terms (every entry named إدلب) with the payload as their note: the tooltip shows notes.
  const lookup = (await send(control, { type: 'lookupName', name: 'إدلب' })) as {
    value: { matches: Array<{ id: string; ar: string; en: string }> };
  };
  expect(lookup.value.matches.length).toBeGreaterThan(0);
  for (const entry of lookup.value.matches)
    expect(
      await send(control, {
        type: 'saveTerm',
        term: { entryId: entry.id, ar: entry.ar, en: entry.en, type: 'place' },
        context: { sentence: '', url: '', title: '' },
        details: { note: PAYLOAD_NOTE },
      }),
    ).toMatchObject({ ok: true });

  // The glossary page: the literal text is there, nothing was made of it.
  const glossary = await extensionPage(await page.context().newPage(), extensionId, 'options.html#saved');
  await expect(glossary.getByText(PAYLOAD_AR, { exact: true }).first()).toBeVisible();
  await expect(glossary.getByText(PAYLOAD_EN, { exact: true }).first()).toBeVisible();
  await glossary.getByText(PAYLOAD_AR, { exact: true }).first().click();
  // The note shows as text or as the value of its editing field.
  await expect
    .poll(() =>
      glossary.evaluate(
        (note) =>
          (document.body.textContent ?? '').includes(note) ||
          [...document.querySelectorAll('textarea, input')].some(
            (field) => (field as HTMLInputElement).value === note,
          ),
        PAYLOAD_NOTE,
      ),
    )
    .toBe(true);
  await expectInert(glossary);
  await glossary.close();

  // The tooltip on a news page shows the note as text.
  const news = await page.context().newPage();
  const newsDialogs: string[] = [];
  news.on('dialog', (dialog) => {
    newsDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await news.goto('/hostile-frame.html');
  await waitForPaint(news);
  await hoverText(news, 'إدلب');
  const tooltip = news.getByRole('dialog', { name: /إدلب/ });
  await expect(tooltip).toContainText(PAYLOAD_NOTE);
  expect(await tooltip.locator('img, svg[onload], iframe, script, b').count()).toBe(0);
  expect(await news.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(newsDialogs).toEqual([]);
  await news.close();

  // The add-term form, opened by the context menu on a payload selection.
  const form = await extensionPage(
    await page.context().newPage(),
    extensionId,
    addTermPath({
      text: PAYLOAD_AR,
      sentence: PAYLOAD_NOTE,
      url: 'https://news.example/',
      title: PAYLOAD_EN,
    }),
  );
  await expect(form.locator('input').first()).toHaveValue(PAYLOAD_AR);
  await expectInert(form);
  await form.close();
});
