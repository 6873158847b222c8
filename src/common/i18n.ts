/**
 * The interface's strings, from `_locales/<lang>/messages.json` (merged from
 * src/locales by build.mjs). The browser picks the language from its own UI language
 * and falls back to English (the manifest's default_locale) for a missing key, unless
 * the reader chose a language in the settings (`setInterfaceLanguage`); outside
 * an extension (unit tests, the CLI) the key's English fallback or the key itself is used.
 * No polyfill import: this module is bundled into the small content script.
 */

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

function substitute(template: string, subs: string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * The reader's chosen interface language (settings: Auto / English / العربية). The
 * browser's i18n API always answers in the browser's language, so a chosen language
 * brings its own table (`_locales/<lang>/messages.json`, read by the caller).
 */
let chosen: { language: string; messages: Record<string, string> } | undefined;

/** Uses `messages` for `language` from now on; `undefined` goes back to the browser's language. */
export function setInterfaceLanguage(language?: string, messages?: Record<string, string>): void {
  chosen = language && messages ? { language, messages } : undefined;
}

/** `{ key: { message } }` (the messages.json shape) → `{ key: message }`. */
export function flattenMessages(file: unknown): Record<string, string> {
  const flat: Record<string, string> = {};
  if (typeof file !== 'object' || file === null) return flat;
  for (const [key, value] of Object.entries(file as Record<string, unknown>)) {
    const message = (value as { message?: unknown } | null)?.message;
    if (typeof message === 'string') flat[key] = message;
  }
  return flat;
}

/** The message for `key`, with `$1`…`$9` replaced by `subs`. Never empty: falls back to English, then the key. */
export function t(key: string, subs?: string | Array<string | number>): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  const own = chosen?.messages[key];
  if (own) return substitute(own, list);
  let message = '';
  try {
    message = chosen ? '' : (api()?.getMessage(key, list) ?? '');
  } catch {
    message = '';
  }
  return message || key;
}

/** The browser's interface language, e.g. "ar" or "en-US"; "en" outside an extension. */
export function uiLanguage(): string {
  if (chosen) return chosen.language;
  try {
    return api()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Right-to-left for Arabic (and other RTL interface languages). */
export function uiDirection(language = uiLanguage()): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur|ps|ckb|yi)\b/i.test(language) ? 'rtl' : 'ltr';
}

/** Sets lang and dir on a page's root element so the Arabic interface reads right to left. */
export function applyUiDirection(root: HTMLElement): void {
  const language = uiLanguage();
  root.lang = language;
  root.dir = uiDirection(language);
}
