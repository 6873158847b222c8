/**
 * Every difference between Chromium and Firefox that Dalil has to know about, in one
 * place. Everything else talks to the extension APIs through webextension-polyfill
 * (`browser.*`, promises in both browsers) and to the page through standard DOM.
 *
 * | difference                 | Chromium                        | Firefox                                   |
 * |----------------------------|---------------------------------|-------------------------------------------|
 * | background                 | service worker (no DOM, no      | event page (`background.scripts`, a Window |
 * |                            | `document`, stopped when idle)  | with a DOM, also suspended when idle)      |
 * | manifest                   | `background.service_worker`     | `background.scripts`, gecko id and         |
 * |                            |                                 | `strict_min_version` (build.mjs derives it) |
 * | Custom Highlight API       | since 105                       | since 140; content scripts see the page's  |
 * |                            |                                 | `CSS.highlights` through Xray wrappers     |
 * | saving a file              | `<a download>` on a blob: URL;  | the same; `downloads.download` refuses     |
 * |                            | `downloads.download` takes data:| data: URLs, and revoking the blob URL      |
 * |                            |                                 | before the download starts cancels it      |
 * | extension page URL         | chrome-extension://ID/          | moz-extension://UUID/ (UUID per profile)   |
 * | storage.sync               | syncs with the Google account   | syncs only with a Firefox account, needs   |
 * |                            |                                 | the gecko id; otherwise stays local        |
 * | `browser` global           | absent (the polyfill adds it)   | native, promise-based                      |
 *
 * This module has no dependencies (no polyfill), so the small content script can use it.
 */

/** Set by build.mjs per target (`define`); absent in unit tests and the CLI. */
declare const __BROWSER__: string | undefined;

export type BrowserName = 'chrome' | 'firefox';

/** Which browser this bundle was built for, or (unbundled) which one we are running in. */
export const BROWSER: BrowserName =
  typeof __BROWSER__ !== 'undefined' && (__BROWSER__ === 'firefox' || __BROWSER__ === 'chrome')
    ? __BROWSER__
    : detectBrowser();

function detectBrowser(): BrowserName {
  const g = globalThis as { browser?: { runtime?: { getURL?: (path: string) => string } } };
  try {
    if (g.browser?.runtime?.getURL?.('')?.startsWith('moz-extension:')) return 'firefox';
  } catch {
    // Not an extension context.
  }
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return /\bFirefox\//.test(agent) ? 'firefox' : 'chrome';
}

export const isFirefox = BROWSER === 'firefox';

/** The URL scheme of the extension's own pages. */
export const EXTENSION_SCHEME = isFirefox ? 'moz-extension:' : 'chrome-extension:';

// ---- extension API namespace ----

/**
 * The native extension namespace without the polyfill: Firefox's promise-based `browser`,
 * else Chromium's `chrome` (whose MV3 APIs return promises too). For small bundles that
 * only need storage or i18n; everything else should import webextension-polyfill.
 */
export function nativeExtensionApi<T = unknown>(): T | undefined {
  const g = globalThis as { browser?: unknown; chrome?: { runtime?: unknown } };
  if (g.browser) return g.browser as T;
  if (g.chrome?.runtime) return g.chrome as T;
  return undefined;
}

// ---- background ----

export type BackgroundKind = 'service-worker' | 'event-page';

/**
 * How the background of this build runs: a service worker in Chromium, an event page in
 * Firefox (build.mjs writes the matching manifest key). Both are stopped when idle, so
 * state lives in storage/IndexedDB either way; only the event page has `document`.
 */
export const BACKGROUND_KIND: BackgroundKind = isFirefox ? 'event-page' : 'service-worker';

/** True inside a service worker (Chromium's background), where there is no DOM. */
export function inServiceWorker(): boolean {
  const scope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown })
    .ServiceWorkerGlobalScope;
  return typeof scope === 'function' && globalThis instanceof scope;
}

// ---- highlights ----

/**
 * Whether the CSS Custom Highlight API can be used from here. Firefox < 140 lacks it; then
 * the content script falls back to wrapping ranges in custom elements. In a Firefox
 * content script `CSS`, `Highlight` and `CSS.highlights` are the page's, seen through
 * Xray wrappers: highlights set here are the ones the page (and the renderer) sees.
 */
export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

// ---- saving files ----

/**
 * How long a blob: URL made for a download stays valid. Firefox reads the blob after the
 * click returns (and after any "save as" dialog); revoking it early cancels the download.
 */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

export interface FileToSave {
  filename: string;
  content: string | Blob;
  mime: string;
}

/**
 * Saves a file from an extension page (not the background): a blob: URL and an
 * `<a download>` in the document, which both browsers honour without the `downloads`
 * permission. Never a data: URL (Firefox refuses them for downloads).
 */
export function saveFile(file: FileToSave, doc: Document = document): void {
  const blob =
    typeof file.content === 'string' ? new Blob([file.content], { type: file.mime }) : file.content;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox ignores clicks on links that are not in a document.
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

// ---- storage ----

/**
 * Storage differs little: the same quotas (sync 100 KB in all, 8 KB per item), but
 * Firefox syncs `storage.sync` only with a Firefox account (otherwise it stays local)
 * and only for an add-on with a gecko id; IndexedDB of extension pages is persistent in
 * both with `unlimitedStorage`. Settings therefore never assume they are synced.
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
