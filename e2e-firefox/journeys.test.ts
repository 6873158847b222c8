/**
 * The core journeys, end to end in Firefox ESR: the demo article is recognised and
 * highlighted (the page sees the highlights), hovering a name opens the bilingual
 * tooltip, Save stores the term, the glossary page lists it, exports it as CSV and JSON
 * (files caught on disk), imports it back; a term imported as JSON and one added from the
 * form are highlighted with the reader's English, a correction made on the glossary page
 * shows in the tooltip, the status is changed from the tooltip, and a known term is drawn
 * quietly in Dalil's overlay when the reader asks; the popup reports the
 * page, and an English page is left alone. One browser for the whole file; the steps build on each other.
 *
 * Run: node --import tsx --test e2e-firefox/journeys.test.ts (scripts/test-firefox.mjs
 * builds first). DALIL_DIST picks the unpacked extension, FIREFOX_PATH the browser.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { Browser } from 'webextension-polyfill';
import { addTermPath } from '../src/add-term/params';
import { type FirefoxSession, launchFirefox, navigateExtensionPage, openExtensionPage } from './firefox';
import {
  button,
  clearSavedTerms,
  domUnchanged,
  eventually,
  highlighted,
  hoverText,
  importOneTerm,
  labelledByText,
  paintMode,
  retype,
  rowContaining,
  rowsContaining,
  statusButton,
  TOOLTIP_DIALOG,
  tab,
  textbox,
  tooltipFor,
  waitForDownload,
  waitForHighlights,
  waitForText,
} from './helpers';

/** The village the journeys follow: written كفرنبل in the article, "كفر نبل" in the glossary. */
const VILLAGE = 'كفرنبل';
const VILLAGE_NAME = /كفر\s?نبل/;
const VILLAGE_EN = 'Kafr Nabl';
const VILLAGE_SENTENCE = 'تجمعات قوات النظام والمسلحين الموالين لها في بلدة حزارين';
/** A phrase of the article the glossary does not know, added by the reader from the form. */
const FORM_TERM = 'نقاط المراقبة';
const FORM_EN = 'observation points';
const CORRECTED_EN = 'observation posts';

describe('Dalil in Firefox ESR', { concurrency: false }, () => {
  let ff: FirefoxSession;
  let article: Page;
  let exportedJson: string | undefined;

  before(async () => {
    ff = await launchFirefox();
    article = await ff.browser.newPage();
  });

  /** Reloads the article in front and waits until `text` is painted as a place. */
  async function reloadUntilPainted(text: string, message: string, timeout?: number): Promise<void> {
    await article.bringToFront();
    await article.reload();
    await eventually(async () => (await highlighted(article, 'place')).includes(text), message, timeout);
  }

  after(async () => {
    await ff?.close();
  });

  it('recognises the demo article and highlights it without touching its DOM', async () => {
    await article.goto(`${ff.baseUrl}/demo.html`);
    const places = await waitForHighlights(article, 'place');
    const mode = await paintMode(article);
    const firefoxMajor = Number(/(\d+)\.\d/.exec(await ff.browser.version())?.[1] ?? 0);
    // Firefox 140+ has the CSS Custom Highlight API; older ones get the <dalil-mark> fallback.
    assert.equal(
      mode,
      firefoxMajor >= 140 ? 'highlight-api' : 'marks',
      `paint mode in Firefox ${firefoxMajor}`,
    );
    for (const name of ['إدلب', VILLAGE, 'كنصفرة', 'فليفل', 'بليون']) {
      assert.ok(places.includes(name), `${name} is highlighted as a place (got ${places.join('، ')})`);
    }
    // Only the name is painted, never a proclitic.
    assert.ok(places.filter((text) => text.includes('إدلب')).every((text) => text === 'إدلب'));
    assert.deepEqual(
      places.filter((text) => text.startsWith('و')),
      [],
    );
    const organisations = await highlighted(article, 'organization');
    assert.ok(organisations.includes('وزارة الدفاع التركية'), `organisations: ${organisations.join('، ')}`);
    if (mode === 'highlight-api') {
      assert.ok(await domUnchanged(article), 'the article DOM is exactly as the page left it');
    }
  });

  it('opens a bilingual tooltip on hover, named by the Arabic name, with a Save button', async () => {
    await hoverText(article, VILLAGE);
    const dialog = await article.waitForSelector(TOOLTIP_DIALOG, { timeout: 5_000 });
    assert.ok(dialog, 'a dialog opens in the tooltip host');
    const name = await eventually(async () => {
      const text = await labelledByText(dialog);
      return text.includes(VILLAGE_EN) && text;
    }, 'the tooltip shows the glossary names');
    assert.match(name, VILLAGE_NAME);
    assert.ok(name.startsWith(name.match(VILLAGE_NAME)![0]), `the Arabic name comes first: ${name}`);
    // Firefox's own accessibility tree gives the dialog that name.
    const byName = await article.$(
      `dalil-tooltip >>> ::-p-aria([name=${JSON.stringify(name)}][role="dialog"])`,
    );
    assert.ok(byName, `Firefox names the dialog "${name}"`);
    const text = await dialog.evaluate((node) => node.textContent ?? '');
    assert.match(text, /town|village|city/i);
    assert.ok(await dialog.$(button('Save')), 'a Save button');
    // The shadow root's adopted style sheet applies in Firefox too (the page cannot restyle it).
    const position = await dialog.evaluate((node) => getComputedStyle(node).position);
    assert.equal(position, 'fixed');
  });

  it('saves the term from the tooltip', async () => {
    const dialog = await article.waitForSelector(TOOLTIP_DIALOG, { timeout: 5_000 });
    const save = await dialog!.waitForSelector(button('Save'), { timeout: 5_000 });
    await save!.click();
    const saved = await dialog!.waitForSelector(button('Saved'), { timeout: 5_000 });
    assert.equal(await saved!.evaluate((node) => node.getAttribute('aria-pressed')), 'true');
    // The page is not told: the name stays in the place highlight, and no saved one exists.
    assert.ok((await highlighted(article, 'place')).includes(VILLAGE), 'still painted as a place');
    assert.deepEqual(await highlighted(article, 'saved'), []);
  });

  it('lists the saved term on the glossary page', async () => {
    const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html'));
    try {
      const row = await rowContaining(options, VILLAGE_EN, `a glossary row for ${VILLAGE_EN}`);
      const text = await row.evaluate((node) => node.textContent ?? '');
      assert.match(text, VILLAGE_NAME);
      assert.ok(text.includes(VILLAGE_SENTENCE), 'the row shows the sentence the name was met in');
      const href = await row.$eval('a', (link) => link.getAttribute('href'));
      assert.match(href ?? '', /\/demo\.html$/);
    } finally {
      await options.close();
    }
  });

  it('exports the glossary as CSV and JSON files', async () => {
    const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html'));
    try {
      const csvButton = await options.waitForSelector(`${button('Export CSV')}:not([disabled])`, {
        timeout: 10_000,
      });
      let before = new Set(await readdir(ff.downloads));
      await csvButton!.click();
      const csv = await waitForDownload(ff.downloads, /\.csv$/, before);
      assert.ok(csv.text.startsWith('\uFEFFarabic,english,type'), `CSV header: ${csv.text.slice(0, 40)}`);
      assert.match(csv.text, /كفر\s?نبل,Kafr Nabl,place/);
      assert.ok(csv.text.includes('\r\n'), 'CSV lines end in CRLF');

      before = new Set(await readdir(ff.downloads));
      await (await options.waitForSelector(button('Export JSON')))!.click();
      const json = await waitForDownload(ff.downloads, /\.json$/, before);
      const exported = JSON.parse(json.text);
      assert.equal(exported.format, 'dalil-glossary');
      const term = exported.terms.find((t: { en: string }) => t.en === VILLAGE_EN);
      assert.ok(term, 'the JSON holds the saved term');
      assert.match(term.ar, VILLAGE_NAME);
      assert.match(term.contexts[0].url, /\/demo\.html$/);
      assert.ok(term.contexts[0].title.includes('هدنة ادلب'));
      assert.ok(term.firstSeen > Date.now() - 5 * 60_000);
      exportedJson = json.file;
    } finally {
      await options.close();
    }
  });

  it('imports the exported JSON back into an emptied glossary', async (t) => {
    if (!exportedJson) return t.skip('no exported JSON to import (the export step failed)');
    const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html'));
    try {
      // Empty the saved terms (not the bundled pack), so the row can only come back by import.
      await clearSavedTerms(options);
      await navigateExtensionPage(options, `${ff.extensionUrl('options.html')}?reloaded`);
      await eventually(
        async () => (await rowsContaining(options, VILLAGE_EN)).length === 0,
        'the glossary is empty before import',
      );
      await (await options.waitForSelector(tab('Import and export')))!.click();
      await importOneTerm(options, exportedJson);
      // The tab's name carries the count: "Saved terms (1)".
      await options.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
          .find((element) => element.textContent?.startsWith('Saved terms'))
          ?.click(),
      );
      const row = await rowContaining(options, VILLAGE_EN, `${VILLAGE_EN} is back after import`);
      const text = await row.evaluate((node) => node.textContent ?? '');
      assert.ok(text.includes(VILLAGE_SENTENCE), 'the imported term keeps its sentence');
    } finally {
      await options.close();
    }
  });

  it('highlights a term imported in the JSON format on the article, with the reader’s English', async () => {
    const OWN_TERM = 'وقف إطلاق النار';
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'dalil-ff-')), 'own.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'dalil-glossary',
        version: 1,
        terms: [{ ar: OWN_TERM, en: 'ceasefire', kind: 'term' }],
      }),
    );
    const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html#transfer'));
    try {
      await importOneTerm(options, file);
    } finally {
      await options.close();
    }
    await reloadUntilPainted(OWN_TERM, 'the own term is painted');
    await hoverText(article, OWN_TERM);
    const dialog = await article.waitForSelector(TOOLTIP_DIALOG, { timeout: 5_000 });
    await eventually(
      async () => (await labelledByText(dialog!)).includes('ceasefire'),
      'the tooltip shows the reader’s English',
    );
  });

  it('adds a term from the form, and the article highlights it with the reader’s English', async () => {
    const form = await openExtensionPage(
      ff.browser,
      ff.extensionUrl(
        addTermPath({
          text: FORM_TERM,
          sentence: `وتنتشر ${FORM_TERM} التركية في ريف إدلب.`,
          url: `${ff.baseUrl}/demo.html`,
          title: 'هدنة ادلب',
        }),
      ),
    );
    try {
      const english = await form.waitForSelector(textbox('English'), { timeout: 5_000 });
      // The form offers an English name first (a transliteration here): the reader's replaces it.
      await eventually(
        () => english!.evaluate((node) => (node as HTMLInputElement).value !== ''),
        'the form suggests an English name',
      );
      await retype(english!, FORM_EN);
      await form.select('::-p-aria([name="Kind"][role="combobox"])', 'term');
      await (await form.waitForSelector(button('Save to glossary')))!.click();
      await waitForText(form, 'Saved to your glossary.', 'the form says the term was saved', 15_000);
    } finally {
      await form.close().catch(() => undefined); // the form closes itself after saving
    }
    await reloadUntilPainted(FORM_TERM, 'the term from the form is painted', 20_000);
    assert.equal(
      (await tooltipFor(article, FORM_TERM)).includes(FORM_EN),
      true,
      'the tooltip shows the reader’s English',
    );
  });

  it('shows the English corrected on the glossary page in the tooltip', async () => {
    const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html'));
    try {
      const open = await eventually(async () => {
        const [row] = await rowsContaining(options, FORM_EN);
        return row && (await row.$(button(FORM_TERM)));
      }, `the glossary row of ${FORM_TERM}`);
      await open.click();
      const english = await options.waitForSelector(`.detail ${textbox('English')}`, { timeout: 5_000 });
      await retype(english!, CORRECTED_EN);
      await (await options.waitForSelector(button('Save changes')))!.click();
      await waitForText(options, 'Changes saved.', 'the glossary page says the change was saved');
    } finally {
      await options.close();
    }
    await article.bringToFront();
    await article.reload();
    await waitForHighlights(article);
    const name = await tooltipFor(article, FORM_TERM);
    assert.ok(name.includes(CORRECTED_EN), `the tooltip shows the correction: ${name}`);
  });

  it('changes the learning status from the tooltip', async () => {
    await tooltipFor(article, FORM_TERM);
    const dialog = await article.waitForSelector(TOOLTIP_DIALOG, { timeout: 5_000 });
    // Puppeteer's aria query did not find these buttons (in the fieldset "Learning status")
    // in Firefox ESR, though it finds Save: they are found by their text.
    const known = await statusButton(dialog!, 'Known');
    await known!.click();
    await eventually(
      async () => (await known!.evaluate((node) => node.getAttribute('aria-pressed'))) === 'true',
      'Known is pressed',
    );
    await article.reload();
    await waitForHighlights(article);
    await tooltipFor(article, FORM_TERM);
    const again = await statusButton((await article.waitForSelector(TOOLTIP_DIALOG))!, 'Known');
    await eventually(
      async () => (await again!.evaluate((node) => node.getAttribute('aria-pressed'))) === 'true',
      'Known is still pressed after a reload',
    );
  });

  it('draws known terms quietly in its own overlay when the reader asks, with no highlight left', async () => {
    const setKnownTerms = async (knownTerms: string) => {
      const options = await openExtensionPage(ff.browser, ff.extensionUrl('options.html#settings'));
      try {
        await options.evaluate(
          (value: string) =>
            (globalThis as unknown as { browser: Browser }).browser.storage.sync.set({
              settings: { knownTerms: value },
            }),
          knownTerms,
        );
      } finally {
        await options.close();
      }
    };
    await setKnownTerms('quiet');
    try {
      await article.bringToFront();
      await article.reload();
      // The term from the form is known now (the step before): drawn faintly, the others fully.
      const marks = await eventually(
        () =>
          article.evaluate(() => {
            const root = document.querySelector('dalil-marks')?.shadowRoot;
            const drawn = [...(root?.querySelectorAll('.mark:not([hidden])') ?? [])];
            const quiet = drawn.filter((mark) => mark.classList.contains('quiet')).length;
            return quiet > 0 && { quiet, full: drawn.length - quiet };
          }),
        'the overlay draws a known term quietly',
        20_000,
      );
      assert.ok(marks.full > 0, `other names are drawn fully (${JSON.stringify(marks)})`);
      assert.equal(await paintMode(article), 'none', 'no highlight in the page’s registry');
    } finally {
      await setKnownTerms('shown');
    }
  });

  it('reports the page in the popup', async () => {
    // The popup is opened as a tab; it is told which tab to inspect with ?tab=ID. Dalil has
    // no "tabs" permission, so the id is the active tab's, with the article in front.
    const popup = await openExtensionPage(ff.browser, ff.extensionUrl('popup.html?tab=0'));
    try {
      await article.bringToFront();
      const tabId = await eventually(
        () =>
          popup.evaluate(async () => {
            const api = (globalThis as unknown as { browser: Browser }).browser;
            const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
            return tab && !tab.url?.startsWith('moz-extension:') ? tab.id : undefined;
          }),
        'the article is the active tab',
      );
      // A background tab's timers and frames are throttled (Preact runs effects after paint).
      await popup.bringToFront();
      await navigateExtensionPage(popup, ff.extensionUrl(`popup.html?tab=${tabId}`));
      const status = await popup.waitForSelector('::-p-aria([role="status"])', { timeout: 5_000 });
      const verdict = await eventually(async () => {
        const text = (await status!.evaluate((node) => node.textContent ?? '')).trim();
        return text !== 'Loading…' && text;
      }, 'the popup verdict');
      assert.match(verdict, /Arabic political news/);
      const counts = await popup.evaluate(() => ({
        place: Number(document.querySelector('.count-place dd')?.textContent),
        organization: Number(document.querySelector('.count-organization dd')?.textContent),
      }));
      assert.ok(counts.place >= 10, `places: ${counts.place}`);
      assert.ok(counts.organization >= 3, `organisations: ${counts.organization}`);
    } finally {
      await popup.close();
    }
  });

  it('leaves an English page untouched', async () => {
    const page = await ff.browser.newPage();
    try {
      await page.goto(`${ff.baseUrl}/english.html`);
      // Give the content script time to run and decide.
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(await paintMode(page), 'none');
      assert.equal(await page.$('dalil-tooltip'), null);
      assert.ok(await domUnchanged(page), 'the English page DOM is unchanged');
    } finally {
      await page.close();
    }
  });
});
