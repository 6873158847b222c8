/**
 * Firefox ESR (Debian's, or $FIREFOX_PATH) driven by puppeteer-core over WebDriver BiDi,
 * with the development build from dist-dev/firefox (or $DALIL_DIST; its tooltip shadow
 * root is open, so tests reach the tooltip by role and name) installed as a temporary
 * add-on. The extension's internal UUID is pinned so its pages have a known
 * moz-extension:// URL, and downloads go straight to a folder of our own.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: the fixture server is plain JavaScript without types.
import { startServer } from '../e2e/server.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const DIST = path.resolve(process.env.DALIL_DIST ?? 'dist-dev/firefox');
/** Fixed for the test profile: moz-extension://<UUID>/options.html is then known in advance. */
export const EXTENSION_UUID = 'd4a1170e-5e57-4c0d-9e2a-000000000e2e';

/** Everything we let Firefox save without asking, as an export could be typed. */
const SAVE_WITHOUT_ASKING = [
  'application/json',
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/octet-stream',
].join(',');

export interface FirefoxSession {
  browser: Browser;
  /** http://127.0.0.1:PORT, the fixture server (e2e/server.mjs) started for this session. */
  baseUrl: string;
  /** Folder Firefox saves downloads into. */
  downloads: string;
  /** moz-extension://UUID/<file> */
  extensionUrl(file: string): string;
  close(): Promise<void>;
}

function geckoIdOf(dist: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${dist}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(dist = DIST): Promise<FirefoxSession> {
  const geckoId = geckoIdOf(dist);
  const downloads = await mkdtemp(path.join(tmpdir(), 'dalil-ff-downloads-'));
  const server = await startServer(0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets BiDi install a temporary add-on.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
      // Downloads: straight into our folder, no dialog, no panel.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': SAVE_WITHOUT_ASKING,
      'pdfjs.disabled': true,
    },
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }
  return {
    browser,
    baseUrl,
    downloads,
    extensionUrl: (file) => `moz-extension://${EXTENSION_UUID}/${file}`,
    async close() {
      await browser.close().catch(() => undefined);
      await new Promise((resolve) => server.close(resolve));
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a moz-extension:// page in a new tab. Firefox loads extension pages in another
 * process, so puppeteer's navigation never resolves ("Frame detached"); start it without
 * waiting and wait for the document instead. (page.url() keeps saying about:blank.)
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await navigateExtensionPage(page, url);
  return page;
}

export async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  // Polled by hand, not with waitForFunction: while the document is swapped, Firefox's
  // BiDi can fail an evaluation ("right-hand side of 'in' should be an object"), and
  // waitForFunction gives up on the first protocol error.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const loaded = await Promise.race([
      page
        .evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url)
        .catch(() => false),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
