/** Steps the Firefox journeys share: polling, reading highlights, hovering, finding controls by text, importing, catching downloads. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { centreOf, clearSavedTermsInPage, domUnchangedInPage, textBoxInPage } from '../e2e/in-page';

/** Polls `probe` until it returns something truthy (and returns it), or fails with `message`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  message: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms: ${message} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type PaintMode = 'highlight-api' | 'marks' | 'none';

/**
 * How Dalil painted the page as the page itself sees it: the page's `CSS.highlights`
 * (Firefox content scripts write to it through Xray wrappers), or, where the Highlight
 * API is missing, the <dalil-mark> elements of the fallback.
 */
export async function paintMode(page: Page): Promise<PaintMode> {
  return page.evaluate(() => {
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    if (registry && [...registry.keys()].some((name) => name.startsWith('dalil-'))) return 'highlight-api';
    return document.querySelector('dalil-mark') ? 'marks' : 'none';
  });
}

/** Texts of every Dalil highlight of one kind ("place", "organization"), in document order. */
export async function highlighted(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((kind: string) => {
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    const highlight = registry?.get(`dalil-${kind}`);
    if (highlight && highlight.size > 0) return [...highlight].map((range) => (range as Range).toString());
    // Fallback: adjacent marks of one kind make up one name.
    const texts: string[] = [];
    let previous: Element | null = null;
    for (const mark of document.querySelectorAll(`dalil-mark[data-kind="${kind}"]`)) {
      const joined = previous !== null && previous.nextSibling === mark;
      if (joined) texts[texts.length - 1] += mark.textContent ?? '';
      else texts.push(mark.textContent ?? '');
      previous = mark;
    }
    return texts;
  }, kind);
}

export async function waitForHighlights(page: Page, kind = 'place', timeout = 20_000): Promise<string[]> {
  return eventually(
    async () => {
      const texts = await highlighted(page, kind);
      return texts.length > 0 && texts;
    },
    `Dalil paints ${kind} highlights`,
    timeout,
  );
}

/** Hovers the n-th occurrence of `text` on the page, on its middle, the way a reader's mouse would. */
export async function hoverText(page: Page, text: string, occurrence = 0): Promise<void> {
  const box = await page.evaluate(textBoxInPage, { text, occurrence, scroll: true });
  if (!box) throw new Error(`"${text}" is not on the page`);
  const { x, y } = centreOf(box);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
}

/** The open tooltip: role dialog inside the open shadow root of <dalil-tooltip>. */
export const TOOLTIP_DIALOG = 'dalil-tooltip >>> ::-p-aria([role="dialog"])';

/** A button by its accessible name, searched inside `scope` (which may be a shadow tree). */
export function button(name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role="button"])`;
}

/** A text field by its accessible name. */
export function textbox(name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role="textbox"])`;
}

/** A tab of a tab list by its accessible name. */
export function tab(name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}][role="tab"])`;
}

/** The accessible name a dialog gets from aria-labelledby, read from its own (shadow) tree. */
export async function labelledByText(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((node) => {
    const root = node.getRootNode() as Document | ShadowRoot;
    const ids = (node.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return (
      ids
        // biome-ignore lint/performance/useDomNodeTextContent: the Arabic and English names are separate blocks; only innerText separates them as the accessible name does.
        .map((id) => (root.getElementById?.(id) as HTMLElement | null)?.innerText ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    );
  });
}

/** Hovers the first occurrence of `text` and returns the open tooltip's name once it has its English. */
export async function tooltipFor(page: Page, text: string): Promise<string> {
  await hoverText(page, text);
  const dialog = await page.waitForSelector(TOOLTIP_DIALOG, { timeout: 5_000 });
  return eventually(async () => {
    const name = await labelledByText(dialog!);
    return /[a-z]/i.test(name) && name;
  }, `the tooltip of ${text}`);
}

/** A learning-status button of the open tooltip, by its text. */
export async function statusButton(
  dialog: ElementHandle<Element>,
  name: string,
): Promise<ElementHandle<Element>> {
  return byText(dialog, 'fieldset button', name, `the status button ${name}`);
}

/** Texts of the table rows whose text contains `needle`. */
export async function rowsContaining(page: Page, needle: string): Promise<ElementHandle<Element>[]> {
  const rows = await page.$$('::-p-aria([role="row"])');
  const matching: ElementHandle<Element>[] = [];
  for (const row of rows) {
    if ((await row.evaluate((node) => node.textContent ?? '')).includes(needle)) matching.push(row);
    else await row.dispose();
  }
  return matching;
}

/**
 * Waits for a download Firefox saves into `dir` whose name matches `pattern` and is not
 * in `before` (names already there), complete (no .part file left) and non-empty.
 */
export async function waitForDownload(
  dir: string,
  pattern: RegExp,
  before: Set<string>,
  timeout = 10_000,
): Promise<{ file: string; text: string }> {
  const file = await eventually(
    async () => {
      const names = await readdir(dir);
      if (names.some((name) => name.endsWith('.part'))) return undefined;
      const name = names.find((candidate) => pattern.test(candidate) && !before.has(candidate));
      if (!name) return undefined;
      const full = path.join(dir, name);
      return (await stat(full)).size > 0 ? full : undefined;
    },
    `a download matching ${pattern} in ${dir}`,
    timeout,
  );
  return { file, text: await readFile(file, 'utf8') };
}

/** Waits until the page's text includes `text` (a status message, say). */
export async function waitForText(
  page: Page,
  text: string,
  message: string,
  timeout?: number,
): Promise<void> {
  await eventually(
    async () => (await page.evaluate(() => document.body.textContent ?? '')).includes(text),
    message,
    timeout,
  );
}

/**
 * The first element of `selector` under `root` whose trimmed text is `name`, once there is
 * one: Puppeteer's aria query misses some buttons in Firefox ESR that their text finds.
 */
export async function byText(
  root: Page | ElementHandle<Element>,
  selector: string,
  name: string,
  message: string,
): Promise<ElementHandle<Element>> {
  return eventually(async () => {
    for (const candidate of await root.$$(selector))
      if ((await candidate.evaluate((node) => node.textContent ?? '')).trim() === name) return candidate;
    return undefined;
  }, message);
}

/** The first table row containing `needle`, once there is one. */
export async function rowContaining(
  page: Page,
  needle: string,
  message: string,
): Promise<ElementHandle<Element>> {
  const [row] = await eventually(async () => {
    const rows = await rowsContaining(page, needle);
    return rows.length > 0 && rows;
  }, message);
  return row;
}

/** Empties a text field and types `text` into it, as a reader replacing its value. */
export async function retype(field: ElementHandle<Element>, text: string): Promise<void> {
  await field.evaluate((node) => {
    (node as HTMLInputElement).value = '';
  });
  await field.type(text);
}

/** Whether the page's body is as its own script saw it at DOMContentLoaded, before any extension ran. */
export async function domUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(domUnchangedInPage);
}

/** Imports a JSON file of one term on the page's import tab, confirming its preview. */
export async function importOneTerm(options: Page, file: string): Promise<void> {
  const fileInput = await options.waitForSelector('input[type="file"]');
  await (fileInput as ElementHandle<HTMLInputElement>).uploadFile(file);
  // The preview states what will change; the button names the count.
  const confirm = await byText(
    options,
    'button',
    'Import 1 terms',
    'the import preview offers to import the file',
  );
  await confirm.click();
  await waitForText(options, 'Imported 1 terms', 'the page says the term was imported');
}

/** Empties the saved terms (not the bundled pack), from an extension page. */
export async function clearSavedTerms(page: Page): Promise<void> {
  await page.evaluate(clearSavedTermsInPage);
}
