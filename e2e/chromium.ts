/**
 * How the e2e suite and the benchmarks launch Chromium: Debian's (or $CHROMIUM_PATH),
 * headless, with the background services that would make network requests or noise
 * switched off. One place, so both measure and test the same browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const VIEWPORT = { width: 1280, height: 900 };

/** The arguments that load an unpacked extension, and only it. */
export const extensionArgs = (dir: string): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];
