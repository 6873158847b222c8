/**
 * Reading with the keyboard on a page whose article starts below a tall masthead, and
 * the compact tooltip: the reader's place is kept (no scroll jump, focus and the caret
 * stay with the name), saving is announced, the ends of the page are said, the tooltip
 * is short, and the map places a village among its towns. Screenshots go to artifacts/.
 */
import type { Page } from '@playwright/test';
import { expect, hoverText, test } from './extension';
import { waitForPaint } from './helpers';
import { clearSettings, liveRegion, setSettings, tooltipOf } from './reading-helpers';

test.describe.configure({ mode: 'serial' });

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.textContent?.trim() || active?.localName || '';
  });

/** The article in view, below the masthead, as a reader who has scrolled to it. */
async function openArticle(page: Page): Promise<number> {
  await page.goto('/reading-masthead.html');
  await waitForPaint(page);
  await page.evaluate(() => document.querySelector('article')?.scrollIntoView({ block: 'start' }));
  const y = await scrollY(page);
  expect(y).toBeGreaterThan(600);
  return y;
}

test('a village: a short tooltip with a one-line source, a close-up map and a plain description', async ({
  page,
}) => {
  await openArticle(page);
  await hoverText(page, 'كفرومة');
  const tooltip = tooltipOf(page, /كفرومة/);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Kafr Ruma');
  await expect(tooltip).toContainText(/village/i);
  const map = tooltip.getByRole('img', { name: 'Kafr Ruma, in Idlib governorate, Syria' });
  await expect(map).toBeVisible();
  // The close-up names the towns around the village, and shows the country small.
  await expect.poll(() => map.locator('text').count()).toBeGreaterThan(0);
  const source = tooltip.getByRole('button', { name: /^Source: .*(GeoNames|WOF)/ });
  await expect(source).toBeVisible();
  expect(await tooltip.textContent()).not.toMatch(/https?:\/\/|www\./);
  // Lines as drawn (wrapped lines count, text side by side is one line), map labels included.
  const lines = await tooltip.evaluate((dialog) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.height > 0) tops.add(Math.round(rect.top / 4));
    }
    return tops.size;
  });
  expect(lines).toBeGreaterThan(5);
  expect(lines).toBeLessThanOrEqual(12);
  const box = (await tooltip.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(340);
  await page.screenshot({ path: 'artifacts/tooltip-village-light.png' });
  // The source opens the About page, where the full attribution lives.
  const about = page.context().waitForEvent('page');
  await source.click();
  const aboutPage = await about;
  await expect(aboutPage).toHaveURL(/options\.html#about$/);
  await expect(aboutPage.getByText(/GeoNames/).first()).toBeVisible();
  await aboutPage.close();
});

test('keyboard: the shortcut opens a name in view, Tab stays in the tooltip, Escape keeps the place', async ({
  page,
}) => {
  const y = await openArticle(page);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeFocused();
  // The first name in view is the headline's.
  await expect(liveRegion(page)).toHaveText(/^1 of \d+: Place, إدلب — Idlib$/);
  // Tab goes round the tooltip's controls and never to the page (no jump to the masthead).
  const save = dialog.getByRole('button', { name: 'Save' });
  await expect(dialog.getByRole('button', { name: /^Source:/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /^Source:/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: /^Source:/ })).toBeFocused();
  expect(await scrollY(page)).toBe(y);
  // S saves and says so; S again unsaves and says so.
  await page.keyboard.press('s');
  await expect(liveRegion(page)).toHaveText('Saved إدلب (Idlib) to your glossary.');
  await page.keyboard.press('s');
  await expect(liveRegion(page)).toHaveText('Removed إدلب (Idlib) from your glossary.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await scrollY(page)).toBe(y);
  expect(await focusedName(page)).not.toBe('masthead-link');
  // Tab goes on from the name (the article's next link), not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('اقرأ أيضًا: خريطة النزوح');
  expect(await scrollY(page)).toBeGreaterThan(600);
});

test('keyboard: after Escape the next name follows the last one, and both ends are said', async ({
  page,
}) => {
  await openArticle(page);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(liveRegion(page)).toHaveText(/^2 of \d+/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(liveRegion(page)).toHaveText(/^3 of \d+/);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(liveRegion(page)).toHaveText(/^1 of \d+/);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(liveRegion(page)).toHaveText(/^This is the first name on the page \(1 of \d+\)\.$/);
  await expect(page.getByRole('dialog', { name: /إدلب/ })).toBeFocused();
  const total = Number((await liveRegion(page).textContent())?.match(/of (\d+)/)?.[1]);
  for (let i = 1; i < total; i++) await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(liveRegion(page)).toHaveText(new RegExp(`^${total} of ${total}`));
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(liveRegion(page)).toHaveText(`This is the last name on the page (${total} of ${total}).`);
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('at the top of the page, ↑ opens the first name in view, not the last one on screen', async ({
  page,
}) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(liveRegion(page)).toHaveText(/^1 of \d+/);
});

test('the tooltip in the dark and in the Arabic interface; the map alt text and hint in Arabic', async ({
  page,
  serviceWorker,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openArticle(page);
  await hoverText(page, 'كفرنبل');
  const townMap = tooltipOf(page, /كفرنبل/).getByRole('img', { name: /Kafr Nabl, in Idlib/ });
  await expect(townMap).toBeVisible();
  // The map's outlines have been drawn (they come from the background).
  await expect(townMap.locator('path').first()).toBeAttached();
  await page.screenshot({ path: 'artifacts/tooltip-town-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.mouse.move(5, 5);
  await setSettings(serviceWorker, { uiLanguage: 'ar' });
  await openArticle(page);
  await hoverText(page, 'كنصفرة');
  const tooltip = tooltipOf(page, /كنصفرة/);
  await expect(tooltip.getByRole('button', { name: 'احفظ' })).toBeVisible();
  const villageMap = tooltip.getByRole('img', { name: 'كنسفرة، في محافظة إدلب، سوريا' });
  await expect(villageMap).toBeVisible();
  await expect(villageMap.locator('text').first()).toBeAttached();
  // The hint keeps each key whole: isolated left-to-right runs inside the Arabic sentence.
  await expect(tooltip).toContainText('\u2066S\u2069 حفظ');
  await page.screenshot({ path: 'artifacts/tooltip-village-arabic.png' });
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(liveRegion(page)).toHaveText(/^\d+ من \d+: مكان، /);
  await clearSettings(serviceWorker);
});
