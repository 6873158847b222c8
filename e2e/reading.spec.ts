/**
 * The reading experience on realistic Arabic news pages: the article is read and the
 * chrome is not (navigation, sidebars, ads, comments, form fields); open shadow roots
 * are read; the DOM stays byte-identical; the tooltip is complete, stays in the viewport
 * and resists hostile CSS; the keyboard alone is enough.
 */
import { expect, highlighted, hoverText, test, textBox } from './extension';
import { domUnchanged, waitForPaint } from './helpers';
import { tooltipOf } from './reading-helpers';

test.describe.configure({ mode: 'serial' });

const all = async (page: import('@playwright/test').Page) => [
  ...(await highlighted(page, 'dalil-place')),
  ...(await highlighted(page, 'dalil-organization')),
];

test('a long article: the story is highlighted, its chrome is not, and the DOM is untouched', async ({
  page,
}) => {
  await page.goto('/reading-long.html');
  // Painting is sliced: wait for the whole story, not just its first highlights.
  await expect
    .poll(() => all(page))
    .toEqual(expect.arrayContaining(['كفرنبل', 'إدلب', 'سراقب', 'دمشق', 'حلب', 'معبر باب الهوى']));
  const names = await all(page);
  expect(await highlighted(page, 'dalil-organization')).toContain('وزارة الدفاع التركية');
  // Navigation, search box, ads, related links, comments, reply box, sidebar, footer.
  for (const chrome of [
    'حمص',
    'طرطوس',
    'بيروت',
    'أنقرة',
    'اللاذقية',
    'درعا',
    'القنيطرة',
    'تدمر',
    'منبج',
    'عفرين',
  ])
    expect(names, chrome).not.toContain(chrome);
  // The quote lives in an open shadow root inside the article.
  await expect.poll(() => all(page)).toContain('حماة');
  expect(await domUnchanged(page)).toBe(true);
});

test('the tooltip: names, kind, path, map, copy, source; beside the word, never over it', async ({
  page,
}) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  await hoverText(page, 'كفرنبل');
  const tooltip = tooltipOf(page, /كفرنبل/);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Kafr Nabl');
  await expect(tooltip).toContainText(/town/i);
  await expect(tooltip).toContainText('Idlib');
  await expect(tooltip.getByRole('img', { name: 'Kafr Nabl, in Idlib governorate, Syria' })).toBeVisible();
  await expect(tooltip.locator('svg path')).not.toHaveCount(0);
  await expect(tooltip.getByRole('button', { name: 'Save' })).toBeVisible();
  await expect(tooltip.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(tooltip.getByRole('button', { name: /^Source: .*(GeoNames|WOF)/ })).toBeVisible();
  const word = await textBox(page, 'كفرنبل');
  const box = (await tooltip.boundingBox())!;
  const overlaps =
    box.x < word.right &&
    box.x + box.width > word.left &&
    box.y < word.bottom &&
    box.y + box.height > word.top;
  expect(overlaps).toBe(false);
  // The pointer can travel into the tooltip without closing it.
  await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(tooltip).toBeVisible();
  await page.screenshot({ path: 'artifacts/reading-tooltip-light.png' });
  // Organisations show their kind and description.
  // Leaving the word and the tooltip closes it.
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await hoverText(page, 'وزارة الدفاع التركية');
  await expect(tooltipOf(page, /وزارة الدفاع التركية/)).toContainText(/Ministry/);
});

test('the tooltip for a person: English name as news writes it, role with years, country', async ({
  page,
}) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page, 'dalil-person');
  expect(await highlighted(page, 'dalil-person')).toContain('رجب طيب أردوغان');
  await hoverText(page, 'رجب طيب أردوغان');
  const tooltip = tooltipOf(page, /أردوغان/);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Recep Tayyip Erdoğan');
  await expect(tooltip.getByRole('term').filter({ hasText: 'Role' })).toBeVisible();
  await expect(tooltip.getByRole('definition').first()).toContainText('President of Turkey (since 2014)');
  await expect(tooltip.getByRole('definition').first()).toContainText('الرئيس التركي');
  await expect(tooltip.getByRole('definition').nth(1)).toContainText('Prime Minister of Turkey (2003–2014)');
  await expect(tooltip.getByRole('term').filter({ hasText: 'Country' })).toBeVisible();
  await expect(tooltip.getByRole('definition').last()).toContainText('Turkey');
  await page.screenshot({ path: 'artifacts/reading-tooltip-person.png' });
});

test('keyboard only: next/previous open tooltips with focus, S saves, Escape closes', async ({ page }) => {
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const first = page.getByRole('dialog');
  await expect(first).toBeVisible();
  await expect(first).toBeFocused();
  const live = page.locator('dalil-tooltip [aria-live]');
  await expect(live).toHaveText(/^1 of \d+: Place, .+ — .+/);
  const firstName = await first
    .getAttribute('aria-labelledby')
    .then(() => first.locator('.ar').textContent());
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(live).toHaveText(/^2 of \d+/);
  const secondName = await page.getByRole('dialog').locator('.ar').textContent();
  expect(secondName).not.toBe(firstName);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(live).toHaveText(/^1 of \d+/);
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Saved' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // The page is not told: the name stays in its kind's highlight.
  expect(await highlighted(page, 'dalil-saved')).toEqual([]);
  expect(await highlighted(page, 'dalil-place')).toContain(firstName?.replace(/ \(.*\)$/, '') ?? '');
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Save' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // Tab reaches the tooltip's buttons.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('dalil-tooltip');
});

test('on a dark page with a dark system theme the tooltip is dark and readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/reading-dark.html');
  await waitForPaint(page);
  await hoverText(page, 'سراقب');
  const tooltip = tooltipOf(page, /سراقب/);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Saraq[aie]b/);
  const background = await tooltip.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(31, 36, 48)');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'artifacts/reading-tooltip-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });
});

test('hostile page CSS cannot hide, restyle or move the tooltip', async ({ page }) => {
  await page.goto('/reading-hostile.html');
  await waitForPaint(page);
  await hoverText(page, 'كفرنبل');
  const tooltip = tooltipOf(page, /كفرنبل/);
  await expect(tooltip).toBeVisible();
  const style = await tooltip.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { fontSize: computed.fontSize, color: computed.color, letterSpacing: computed.letterSpacing };
  });
  expect(style.fontSize).toBe('14px');
  expect(style.color).not.toBe('rgb(255, 0, 255)');
  expect(style.letterSpacing).toBe('normal');
  await expect(tooltip.getByRole('button', { name: 'Save' })).toBeVisible();
  await page.screenshot({ path: 'artifacts/reading-tooltip-hostile.png' });
  expect(await domUnchanged(page)).toBe(true);
});

// 200% zoom halves the CSS viewport: a 1280×900 window at 200% is this 640×450 one, and a phone is narrower still.
test('a narrow, short window (as at 200% zoom): the tooltip fits in the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 450 });
  await page.goto('/reading-long.html');
  await waitForPaint(page);
  await hoverText(page, 'سراقب');
  const tooltip = tooltipOf(page, /سراقب/);
  await expect(tooltip).toBeVisible();
  const box = (await tooltip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
  // It follows the word when the page scrolls.
  const before = box.y;
  await page.mouse.wheel(0, 40);
  await expect.poll(async () => (await tooltip.boundingBox())?.y ?? before).not.toBe(before);
});
