/**
 * The hand-over between the two stages of the content script, which share one
 * isolated world per frame: the gate (content.js, on every page, which reads and paints
 * where it finds Arabic) and the rest of the reader (reader.js, injected only there).
 * State lives on globalThis because the two are separate bundles.
 */
import type { PageState } from '../common/messages';
import type { Settings } from '../common/settings';
import type { Reader } from './reader';

interface Stage {
  __dalilReaderLoaded?: boolean;
  __dalilForce?: boolean;
  __dalilReaderStart?: Promise<PageState>;
  __dalilSettings?: Settings;
  __dalilReader?: { reader: Reader; start: Promise<PageState> };
}

const stage = globalThis as Stage;

export const isReaderLoaded = (): boolean => stage.__dalilReaderLoaded === true;

/** True the first time: the reader should start; false when it already runs here. */
export function markReaderLoaded(): boolean {
  if (stage.__dalilReaderLoaded) return false;
  stage.__dalilReaderLoaded = true;
  return true;
}

/** Whether the reader was asked for regardless of the page's verdict (popup, "always" site). */
export const readerForced = (): boolean => stage.__dalilForce === true;
export const setReaderForced = (force: boolean): void => {
  stage.__dalilForce = force;
};

export const setReaderStart = (start: Promise<PageState>): void => {
  stage.__dalilReaderStart = start;
};
export const readerStart = (): Promise<PageState> | undefined => stage.__dalilReaderStart;

/** The settings the gate read and made its reader with: the injected part compares them with the current ones. */
export const setStagedSettings = (settings: Settings): void => {
  stage.__dalilSettings = settings;
};
export const stagedSettings = (): Settings | undefined => stage.__dalilSettings;

/**
 * The reader the gate created and started (it reads and paints) while the background
 * injects the rest of the reader, which then takes it over instead of starting again.
 */
export const setStagedReader = (reader: Reader, start: Promise<PageState>): void => {
  stage.__dalilReader = { reader, start };
};
export const stagedReader = (): { reader: Reader; start: Promise<PageState> } | undefined =>
  stage.__dalilReader;
