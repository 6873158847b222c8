/**
 * Hostile and odd pages (e2e/pages/hostile-*.html): Dalil keeps working, or stands
 * aside cleanly, and never breaks the page: its scripts keep running, its forms submit,
 * selection and copy/paste work, and its DOM is never modified by Dalil.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './extension';
import { centreOf, textBoxInPage } from './in-page';

const tooltip = (page: Page, name: RegExp) => page.getByRole('dialog', { name });

/**
 * Evaluates in the page through CDP (V8's own serialisation): Playwright's page.evaluate
 * relies on page globals that hostile-prototypes.html replaces.
 */
const sessions = new WeakMap<Page, CDPSession>();
async function evalIn<T, A = undefined>(page: Page, fn: (arg: A) => T, arg?: A): Promise<Awaited<T>> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails)
    throw new Error(`in page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Awaited<T>;
}

async function highlightCount(page: Page, name = 'dalil-place'): Promise<number> {
  return evalIn(page, (n: string) => CSS.highlights.get(n)?.size ?? 0, name);
}

async function highlightTexts(page: Page, name = 'dalil-place'): Promise<string[]> {
  return evalIn(
    page,
    (n: string) => {
      const out: string[] = [];
      for (const range of CSS.highlights.get(n) ?? []) out[out.length] = String(range);
      return out;
    },
    name,
  );
}

/** The middle of the first occurrence of `text` on the page (scrolled into view). */
async function pointOf(page: Page, text: string) {
  const box = await evalIn(page, textBoxInPage, { text, occurrence: 0, scroll: true });
  if (!box) throw new Error(`"${text}" is not on the page`);
  return centreOf(box);
}

async function hoverText(page: Page, text: string) {
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
}

async function waitForHighlights(page: Page, name = 'dalil-place', timeout = 30_000) {
  await expect
    .poll(() => highlightCount(page, name), { timeout, message: `${name} highlights` })
    .toBeGreaterThan(0);
}

/** The page's own interval counter advances (its scripts still run). */
async function expectTicking(page: Page) {
  const counter = page.locator('#counter');
  const before = Number(await counter.textContent());
  await expect
    .poll(async () => Number(await counter.textContent()), { timeout: 5000 })
    .toBeGreaterThan(before + 3);
}

/** Mouse and keyboard selection, then copy and paste into the page's textarea. */
async function expectSelectionAndClipboard(page: Page, word: string) {
  const box = await pointOf(page, word);
  await page.mouse.dblclick(box.x, box.y);
  const selection = () => evalIn(page, () => getSelection()?.toString() ?? '');
  await expect.poll(async () => (await selection()).trim()).toBe(word);
  // Extend by keyboard to the end of the line.
  await page.keyboard.press('Shift+End');
  expect((await selection()).length).toBeGreaterThan(word.length);
  await page.mouse.dblclick(box.x, box.y);
  await page.keyboard.press('Control+C');
  await page.locator('#paste').focus();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste')).toHaveValue(new RegExp(word));
}

test.beforeAll(async ({ extensionContext, baseURL }) => {
  await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

test('a page that overrides Array, JSON, Node and customElements: highlights, tooltip, page intact', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/hostile-prototypes.html');
  await waitForHighlights(page);
  await waitForHighlights(page, 'dalil-organization');
  await hoverText(page, 'كفرنبل');
  await expect(tooltip(page, /كفرنبل/)).toBeVisible();
  await expect(tooltip(page, /كفرنبل/)).toContainText('Kafr Nabl');
  await page.mouse.move(5, 5);
  await expectTicking(page);
  // The page's own hijacked globals still behave as the page wants (Dalil changed nothing).
  expect(
    await evalIn(page, () => ({
      a: JSON.stringify({}),
      b: (window as unknown as { __log: string[] }).__log.length,
    })),
  ).toEqual({ a: '', b: 0 });
  expect(
    await evalIn(
      page,
      () =>
        (window as unknown as { __articleBefore: string }).__articleBefore ===
        document.querySelector('article')?.outerHTML,
    ),
  ).toBe(true);
  await expectSelectionAndClipboard(page, 'سراقب');
  // The form still submits.
  await page.locator('#q').fill('إدلب');
  await page.locator('#q').press('Enter');
  await expect(page).toHaveURL(/english\.html\?q=/);
  expect(pageErrors).toEqual([]);
});

test('a page that mutates its DOM every frame: highlights follow, the page keeps its frame rate', async ({
  page,
}) => {
  await page.goto('/hostile-mutating.html');
  await waitForHighlights(page);
  // The live paragraph is rewritten with a new place every ten frames: it gets highlighted too.
  await expect
    .poll(async () => (await highlightTexts(page)).join(' '), { timeout: 20_000 })
    .toMatch(/سراقب|أريحا|جسر الشغور|الأتارب|دارة عزة/);
  const start = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  await page.waitForTimeout(3000);
  const frames = (await page.evaluate(() => (window as unknown as { __frames: number }).__frames)) - start;
  // Headless Chromium draws at ~60 fps; even a busy shared machine gives far more than 20 in 3 s.
  expect(frames).toBeGreaterThan(20);
  await expectTicking(page);
  await hoverText(page, 'كفرنبل');
  await expect(tooltip(page, /كفرنبل/)).toBeVisible();
});

test('a page with 200 iframes: the article is highlighted, frames too, and the page stays responsive', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/hostile-iframes.html');
  await waitForHighlights(page, 'dalil-place', 60_000);
  await expect.poll(() => page.frames().length, { timeout: 30_000 }).toBe(201);
  await expectTicking(page);
  // Frames are annotated as well (all_frames): poll a few of them.
  for (const index of [0, 99, 199]) {
    const frame = page.frame({ url: new RegExp(`hostile-frame\\.html\\?i=${index}$`) })!;
    await expect
      .poll(() => frame.evaluate(() => CSS.highlights.get('dalil-place')?.size ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0);
  }
  await hoverText(page, 'كفرنبل');
  await expect(tooltip(page, /كفرنبل/)).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('deeply nested shadow roots: open ones are read, the closed one is left alone, nothing breaks', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/hostile-shadow.html');
  await waitForHighlights(page);
  await expectTicking(page);
  const texts = await highlightTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['كفرنبل', 'إدلب']));
  // Shadow trees 0..29 are open: their paragraphs (سراقب) may be highlighted; nothing inside
  // the closed root (level 30 and below) can be, and the page's own reference still works.
  const inShadow = () =>
    evalIn(page, () => {
      const depths: number[] = [];
      for (const range of CSS.highlights.get('dalil-place') ?? []) {
        const root = range.startContainer.getRootNode();
        if (root instanceof ShadowRoot)
          depths.push(Number(/level-(\d+)/.exec((root.host as Element).className)?.[1] ?? -1));
      }
      return depths;
    });
  // Highlights reach into the open shadow trees (the paragraphs at depths 0, 10, 20 sit in roots of hosts level-(d-1)).
  await expect.poll(async () => (await inShadow()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  // ...and never into the closed one or below it.
  expect((await inShadow()).every((depth) => depth < 30)).toBe(true);
  const deepest = await page.evaluate(
    () => (window as unknown as { __deepest: HTMLElement }).__deepest.textContent,
  );
  expect(deepest).toContain('حلب');
  expect(pageErrors).toEqual([]);
});

test('a strict CSP page (default-src none, style-src none): Dalil works or stands aside, the page is untouched', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/hostile-csp.html');
  await expectTicking(page);
  await waitForHighlights(page);
  await hoverText(page, 'كفرنبل');
  await expect(tooltip(page, /كفرنبل/)).toBeVisible();
  await expect(tooltip(page, /كفرنبل/)).toContainText('Kafr Nabl');
  // Dalil caused no CSP violation on the page (no inline style, no request, no script).
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
    [],
  );
  await expectSelectionAndClipboard(page, 'سراقب');
  await page.locator('#q').fill('حماة');
  await page.locator('#q').press('Enter');
  await expect(page).toHaveURL(/english\.html\?q=/);
  expect(pageErrors).toEqual([]);
});

test('a contenteditable editor with Arabic text is never modified, and typing works', async ({ page }) => {
  await page.goto('/hostile-editor.html');
  // Give Dalil every chance to act (it may highlight or stand aside in an editor).
  await page.waitForTimeout(3000);
  const state = () =>
    page.evaluate(() => {
      const w = window as unknown as { __editorBefore: string; __mutations: string[] };
      return {
        same: w.__editorBefore === document.getElementById('editor')!.innerHTML,
        mutations: w.__mutations,
      };
    });
  expect(await state()).toEqual({ same: true, mutations: [] });
  // The reader types: only their own keystrokes change the text.
  const editor = page.locator('#editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' وتستمر المفاوضات في أنقرة.');
  await expect(editor).toContainText('وتستمر المفاوضات في أنقرة.');
  const after = await page.evaluate(() => ({
    text: document.getElementById('editor')!.textContent!,
    inputs: (window as unknown as { __inputs: number }).__inputs,
  }));
  expect(after.inputs).toBeGreaterThan(10);
  expect(after.text).toContain('قصفت قوات النظام السوري صباح اليوم بلدة كفرنبل');
  await expectSelectionAndClipboard(page, 'سراقب');
  await page.locator('#q').fill('حلب');
  await page.locator('#submit').click();
  await expect(page).toHaveURL(/english\.html\?q=/);
});
