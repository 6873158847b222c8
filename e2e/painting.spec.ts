/**
 * How highlights are painted: names come into the highlight registry as they near the
 * viewport (a live blog names thousands; registering them all made the page's next frame
 * take hundreds of milliseconds), the default look comes from the manifest's stylesheet
 * so the page is never restyled, and a reader's own colours still apply.
 */
import type { Page } from '@playwright/test';
import { expect, highlighted, test } from './extension';
import { domUnchanged, waitForPaint } from './helpers';
import { clearSettings, setSettings } from './reading-helpers';

test.describe.configure({ mode: 'serial' });

/** The computed background of Dalil's place highlight on the paragraph holding `text`. */
function placeBackground(page: Page, text: string): Promise<string | undefined> {
  return page.evaluate((text) => {
    const p = [...document.querySelectorAll('p')].find((element) => element.textContent?.includes(text));
    return p ? getComputedStyle(p, '::highlight(dalil-place)').backgroundColor : undefined;
  }, text);
}

test('a page many screens long: names are painted as they come into view, with no stylesheet added to the page', async ({
  page,
}) => {
  await page.goto('/reading-scroll.html');
  await waitForPaint(page);
  expect(await highlighted(page, 'dalil-place')).toContain('حلب');
  // Seventy paragraphs further down: not painted until the reader gets near it.
  expect(await highlighted(page, 'dalil-place')).not.toContain('الموصل');
  // The look is the manifest's: the page has no sheet of Dalil's, yet the highlight is styled.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  expect(await placeBackground(page, 'حلب')).not.toBe('rgba(0, 0, 0, 0)');

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => highlighted(page, 'dalil-place')).toContain('الموصل');
  // Far above the viewport now: dropped from the registry, painted again on the way back.
  await expect.poll(() => highlighted(page, 'dalil-place')).not.toContain('حلب');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => highlighted(page, 'dalil-place')).toContain('حلب');
  expect(await domUnchanged(page)).toBe(true);
});

test('colours the reader chose apply on the page', async ({ page, serviceWorker }) => {
  await page.goto('/reading-scroll.html');
  await waitForPaint(page);
  const standard = await placeBackground(page, 'حلب');
  await setSettings(serviceWorker, { colors: { place: '#ff0000' } });
  try {
    await page.reload();
    await waitForPaint(page);
    await expect.poll(() => placeBackground(page, 'حلب')).not.toBe(standard);
    expect(await placeBackground(page, 'حلب')).toMatch(/1 0 0|255, 0, 0/);
  } finally {
    await clearSettings(serviceWorker);
  }
});
