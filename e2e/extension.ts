/**
 * Playwright fixtures: a real Chromium (Debian's, or $CHROMIUM_PATH) with the built
 * extension, one browser per worker, and the extension's id.
 *
 * The suite loads the development build (dist-dev/chrome: `npm run build:dev` with
 * DALIL_OUT=dist-dev, as `npm test` does), whose tooltip shadow root is open so tests find
 * the tooltip by role and name as a reader does. The release build (dist/chrome) closes it
 * against page scripts; reliability-privacy.spec.ts runs the hostile page against that one.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, extensionArgs, VIEWPORT } from './chromium';
import { centreOf, type TextBox, textBoxInPage } from './in-page';

export const DIST = path.resolve(process.env.DALIL_DIST ?? 'dist-dev/chrome');
export const RELEASE_DIST = path.resolve(process.env.DALIL_RELEASE_DIST ?? 'dist/chrome');

export async function launchWithExtension(dist = DIST, allowed = ALLOWED_REQUEST): Promise<BrowserContext> {
  if (!existsSync(path.join(dist, 'manifest.json')))
    throw new Error(
      `No extension at ${dist}: build it first (\`DALIL_OUT=dist-dev npm run build:dev\` for dist-dev, \`npm run build\` for dist).`,
    );
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'dalil-e2e-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    locale: 'en-US',
    args: [...extensionArgs(dist), ...CHROMIUM_ARGS],
  });
  watchNetwork(context, allowed);
  return context;
}

/**
 * "No network request, ever": every request made in the browser (pages, the extension's
 * pages, its service worker, and content scripts, which request as their page) must go
 * to the extension itself or to the local fixture server. The extension fixture fails at
 * teardown otherwise; specs with their own browser call `expectNoNetwork(context)`.
 * (Requests the extension's CSP refuses never reach the network and are not seen here.)
 * Playwright reports the service worker's requests only when told to (playwright.config.ts
 * sets the variable); network-guard.spec.ts proves both kinds are seen.
 */
export const ALLOWED_REQUEST =
  /^(chrome-extension:|data:|blob:|about:|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/;
const networkLog = new WeakMap<BrowserContext, string[]>();

export function watchNetwork(context: BrowserContext, allowed = ALLOWED_REQUEST): void {
  const violations: string[] = [];
  networkLog.set(context, violations);
  context.on('request', (request) => {
    if (!allowed.test(request.url()))
      violations.push(
        `${request.serviceWorker() ? 'service worker' : 'page'}: ${request.method()} ${request.url()}`,
      );
  });
}

export function networkViolations(context: BrowserContext): string[] {
  return [...(networkLog.get(context) ?? [])];
}

export function expectNoNetwork(context: BrowserContext): void {
  const violations = networkViolations(context);
  if (violations.length) throw new Error(`Requests left the machine:\n${violations.join('\n')}`);
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type WorkerFixtures = { extensionContext: BrowserContext; extensionId: string; serviceWorker: Worker };
type TestFixtures = { page: Page };

/** The worker's browser: launched for its first test, closed after its last, with no request off the machine. */
function extensionBrowser(): [
  (fixtures: object, use: (context: BrowserContext) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] {
  return [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright needs the destructuring form.
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
      expectNoNetwork(context);
    },
    { scope: 'worker' },
  ];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extensionContext: extensionBrowser(),
  serviceWorker: [
    async ({ extensionContext }, use) => use(await serviceWorkerOf(extensionContext)),
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
    { scope: 'worker' },
  ],
  page: async ({ extensionContext }, use) => {
    const page = await extensionContext.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/**
 * A `test` whose worker has a browser (a profile) of its own, so its journeys start from an
 * empty glossary whatever the specs run before them saved. Call it once per spec file: each
 * call registers a new worker fixture, and Playwright gives each one its own worker.
 */
export const testInOwnBrowser = () =>
  test.extend<object, { extensionContext: BrowserContext }>({ extensionContext: extensionBrowser() });

/** Texts of every Dalil highlight of one kind, in document order. */
export async function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** The box of the n-th occurrence of `text` on the page; with `scroll`, scrolled into view first. */
export async function textBox(
  page: Page,
  text: string,
  { occurrence = 0, scroll = false } = {},
): Promise<TextBox> {
  const box = await page.evaluate(textBoxInPage, { text, occurrence, scroll });
  if (!box) throw new Error(`"${text}" is not on the page`);
  return box;
}

/** Hovers the n-th occurrence of `text` inside the article, on its middle. */
export async function hoverText(page: Page, text: string, occurrence = 0): Promise<void> {
  const { x, y } = centreOf(await textBox(page, text, { occurrence, scroll: true }));
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 4 });
}
