/**
 * The hand-over between the two stages of the content script, which share one
 * isolated world per frame: the gate (content.js, on every page, which reads and paints
 * where it finds Arabic) and the rest of the reader (reader.js, injected only there).
 *
 * The state is one object under a symbol of the isolated world's own registry. Not a
 * string property of globalThis: the window's named properties come from the page's
 * DOM, so `<a id="__dalilReaderLoaded">` would read as "already loaded" and stop Dalil
 * (DOM clobbering). A page cannot name a symbol, nor reach the isolated world's objects.
 */
import type { PageState } from '../common/messages';
import type { Settings } from '../common/settings';
import type { Reader } from './page-reader';

interface Stage {
  readerLoaded?: boolean;
  force?: boolean;
  readerStart?: Promise<PageState>;
  settings?: Settings;
  reader?: { reader: Reader; start: Promise<PageState> };
}

const KEY = Symbol.for('dalil.stage');
const holder = globalThis as unknown as { [KEY]?: Stage };
const stage: Stage = Object.hasOwn(holder, KEY) ? (holder[KEY] as Stage) : {};
Object.defineProperty(holder, KEY, { value: stage, configurable: false, enumerable: false, writable: false });

export const isReaderLoaded = (): boolean => stage.readerLoaded === true;

/** True the first time: the reader should start; false when it already runs here. */
export function markReaderLoaded(): boolean {
  if (stage.readerLoaded === true) return false;
  stage.readerLoaded = true;
  return true;
}

/** Whether the reader was asked for regardless of the page's verdict (popup, "always" site). */
export const readerForced = (): boolean => stage.force === true;
export const setReaderForced = (force: boolean): void => {
  stage.force = force;
};

export const setReaderStart = (start: Promise<PageState>): void => {
  stage.readerStart = start;
};
export const readerStart = (): Promise<PageState> | undefined => stage.readerStart;

/** The settings the gate read and made its reader with: the injected part compares them with the current ones. */
export const setStagedSettings = (settings: Settings): void => {
  stage.settings = settings;
};
export const stagedSettings = (): Settings | undefined => stage.settings;

/**
 * The reader the gate created and started (it reads and paints) while the background
 * injects the rest of the reader, which then takes it over instead of starting again.
 */
export const setStagedReader = (reader: Reader, start: Promise<PageState>): void => {
  stage.reader = { reader, start };
};
export const stagedReader = (): { reader: Reader; start: Promise<PageState> } | undefined => stage.reader;
