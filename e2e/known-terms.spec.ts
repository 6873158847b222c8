/**
 * Known terms shown quietly or hidden (issue 15), in real Chromium. The reader marks a
 * term known from the tooltip and picks the style on the settings page; the known term is
 * then drawn faintly, or not at all, as the reader sees it, every other name as before.
 * And the page, from its own world, sees nothing that tells a known term from another:
 * the highlight registry stays empty, and its DOM, shadow roots, hit-testing and the
 * screen's pixels aside, everything it can read is the same before and after the reader
 * marks the term known (release build, whose overlay root is closed).
 */
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoNetwork,
  hoverText,
  launchWithExtension,
  RELEASE_DIST,
  serviceWorkerOf,
  testInOwnBrowser,
  textBox,
} from './extension';
import { waitForPaint } from './helpers';
import { centreOf } from './in-page';
import { setSettings } from './reading-helpers';

const test = testInOwnBrowser();

test.describe.configure({ mode: 'serial' });

const PAGE = '/own-terms.html';
const KNOWN = 'كفرنبل';
const OTHER = 'إدلب';

interface MarkStyle {
  opacity: number;
  background: string;
  underline: number;
}

/**
 * The overlay's marks over the first occurrence of `text` (development build: its root is
 * open), matched by position with the text's own box.
 */
async function marksOver(page: Page, text: string): Promise<MarkStyle[]> {
  const box = await textBox(page, text);
  return page.evaluate((box) => {
    const root = document.querySelector('dalil-marks')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('.mark:not([hidden])')]
      .filter((mark) => {
        const r = mark.getBoundingClientRect();
        return Math.abs(r.left - box.left) < 1.5 && Math.abs(r.top - box.top) < 1.5;
      })
      .map((mark) => {
        const style = getComputedStyle(mark);
        return {
          opacity: Number(style.opacity),
          background: style.backgroundColor,
          underline: Number.parseFloat(style.borderBottomWidth),
        };
      });
  }, box);
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

test('a term marked known from the tooltip is drawn quietly, then not at all, and still opens its tooltip', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await page.goto(PAGE);
  await waitForPaint(page);
  await hoverText(page, KNOWN);
  const tooltip = page.getByRole('dialog', { name: new RegExp(KNOWN) });
  await tooltip.getByRole('button', { name: 'Save' }).click();
  const statuses = tooltip.getByRole('group', { name: 'Learning status' });
  await statuses.getByRole('button', { name: 'Known' }).click();
  await expect(statuses.getByRole('button', { name: 'Known' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
  const known = options.getByRole('group', { name: 'Terms you marked known' });
  await known.getByRole('radio', { name: /Shown quietly/ }).check();
  await expect(options.getByRole('status')).toHaveText('Settings saved.');

  // The open article follows the setting at once: no highlight left in the registry.
  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
  await expect.poll(async () => (await marksOver(page, OTHER)).length).toBeGreaterThan(0);
  const other = (await marksOver(page, OTHER))[0];
  expect(other.opacity).toBe(1);
  expect(other.background).not.toBe(TRANSPARENT);
  expect(other.underline).toBe(2);
  await expect.poll(async () => (await marksOver(page, KNOWN)).length).toBe(1);
  const quiet = (await marksOver(page, KNOWN))[0];
  expect(quiet.opacity).toBeLessThan(0.6);
  expect(quiet.background).toBe(TRANSPARENT);
  await page.screenshot({ path: 'artifacts/known-terms-quiet.png' });

  // On a long article, scrolled: the marks follow the text.
  await page.goto('/demo.html');
  await expect
    .poll(async () => (await marksOver(page, OTHER)).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await textBox(page, KNOWN, { scroll: true });
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
  await expect.poll(async () => (await marksOver(page, KNOWN)).map((mark) => mark.opacity)).toEqual([0.45]);
  await page.goto(PAGE);

  await options.bringToFront();
  await known.getByRole('radio', { name: /Not highlighted/ }).check();
  await page.bringToFront();
  // The reloaded page is painted once the other name has its mark; only then does "no
  // mark on the known term" say anything.
  await expect.poll(async () => (await marksOver(page, OTHER)).length).toBeGreaterThan(0);
  await expect.poll(async () => (await marksOver(page, KNOWN)).length).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

  // Not drawn, still Dalil's: the reader's hover opens its tooltip.
  await hoverText(page, KNOWN);
  await expect(
    page
      .getByRole('dialog', { name: new RegExp(KNOWN) })
      .getByRole('group', { name: 'Learning status' })
      .getByRole('button', { name: 'Known' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  // Back to "shown": the registry paints every name again, the known one with them.
  await options.bringToFront();
  await known.getByRole('radio', { name: /Highlighted like every other name/ }).check();
  await page.bringToFront();
  await expect
    .poll(() =>
      page.evaluate(
        (name) => [...(CSS.highlights.get('dalil-place') ?? [])].some((r) => `${r}` === name),
        KNOWN,
      ),
    )
    .toBe(true);
  expect(await page.evaluate(() => document.querySelector('dalil-marks'))).toBeNull();
  await options.close();
  await setSettings(serviceWorker, {});
});

/** Everything the page's own scripts can read that painting could change. */
async function pageView(page: Page, names: string[]) {
  const centres = [];
  for (const name of names) centres.push(centreOf(await textBox(page, name)));
  return page.evaluate(pageViewInPage, centres);
}

/** Runs in the page: what its scripts read there, with the elements they hit-test at `centres`. */
function pageViewInPage(centres: Array<{ x: number; y: number }>) {
  const roots: string[] = [];
  for (const element of document.querySelectorAll('*'))
    if (element.shadowRoot) roots.push(`${element.localName}:${element.shadowRoot.innerHTML}`);
  const overlay = document.querySelector('dalil-marks');
  return {
    highlights: [...CSS.highlights.keys()],
    html: document.documentElement.outerHTML,
    roots,
    sheets: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
    centres: centres.map(({ x, y }) => document.elementsFromPoint(x, y).map((element) => element.localName)),
    size: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    overlay: overlay && {
      shadowRoot: overlay.shadowRoot === null ? 'closed' : 'open',
      box: JSON.stringify(overlay.getBoundingClientRect()),
      children: overlay.childNodes.length,
    },
  };
}

/** The share of a name's pixels that carry the place colour's tint (orange: red well above blue). */
async function tinted(page: Page, text: string): Promise<number> {
  const { left: x, top: y, width, height } = await textBox(page, text);
  const png = (await page.screenshot({ clip: { x, y, width, height } })).toString('base64');
  const canvas = await page.context().newPage();
  try {
    return await canvas.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let orange = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] - pixels[i + 2] > 30) orange++;
      return orange / (pixels.length / 4);
    }, png);
  } finally {
    await canvas.close();
  }
}

test('the page cannot tell a known term from another (release build)', async () => {
  test.setTimeout(90_000);
  const context = await launchWithExtension(RELEASE_DIST);
  try {
    const worker = await serviceWorkerOf(context);
    await setSettings(worker, { knownTerms: 'hidden' });
    const page = await context.newPage();
    const settle = async () => {
      await page.goto(PAGE);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('dalil-marks') !== null), { timeout: 30_000 })
        .toBe(true);
      await page.waitForTimeout(800);
      return pageView(page, [KNOWN, OTHER]);
    };
    const before = await settle();
    // The reader sees both names marked.
    expect(await tinted(page, KNOWN)).toBeGreaterThan(0.3);
    expect(await tinted(page, OTHER)).toBeGreaterThan(0.3);

    const control = await context.newPage();
    await control.goto(`chrome-extension://${new URL(worker.url()).host}/add-term.html`);
    const send = (message: unknown) => control.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const lookup = (await send({ type: 'lookupName', name: KNOWN })) as {
      value: { matches: Array<{ id: string }> };
    };
    expect(
      await send({
        type: 'saveTerm',
        term: { entryId: lookup.value.matches[0].id, ar: KNOWN, en: 'Kafr Nabl', type: 'place' },
        context: { sentence: 'كفرنبل', url: 'https://reader.example/', title: 'Mine' },
        details: { status: 'known' },
      }),
    ).toMatchObject({ ok: true });
    await control.close();

    const after = await settle();
    // The reader sees the known one no longer marked, the other as before...
    expect(await tinted(page, KNOWN)).toBeLessThan(0.05);
    expect(await tinted(page, OTHER)).toBeGreaterThan(0.3);
    // ...and the page reads exactly what it read before.
    expect(after.highlights).toEqual([]);
    expect(after.overlay).toMatchObject({ shadowRoot: 'closed', children: 0 });
    expect(after).toEqual(before);
  } finally {
    await context.close();
  }
  expectNoNetwork(context);
});
