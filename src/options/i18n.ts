/**
 * The glossary page's strings: `glossary_*` keys of src/locales/<lang>/glossary.json,
 * with the English written beside each use so the code reads on its own (and works
 * outside the extension, in tests).
 */
import { label } from '../ui/labels';

export function g(key: string, english: string, subs?: Array<string | number>): string {
  return label(`glossary_${key}`, english, subs);
}

/** Country names in the interface language ("SY" → "Syria"), falling back to the code. */
let regionNames: { lang: string; names: Intl.DisplayNames } | undefined;
export function countryLabel(code: string | undefined): string {
  if (!code) return '';
  try {
    // Per language: the reader can switch the interface language at any time.
    const lang = document.documentElement.lang || 'en';
    if (regionNames?.lang !== lang)
      regionNames = { lang, names: new Intl.DisplayNames([lang], { type: 'region' }) };
    return regionNames.names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(time: number): string {
  return new Date(time).toLocaleDateString(document.documentElement.lang || undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

export function statusLabel(status: 'new' | 'learning' | 'known'): string {
  switch (status) {
    case 'new':
      return g('status_new', 'New');
    case 'learning':
      return g('status_learning', 'Learning');
    case 'known':
      return g('status_known', 'Known');
  }
}

/** Only web and file pages become links; anything else an import brought stays text. */
export function safeHref(url: string): string | undefined {
  return /^(?:https?|file):\/\//i.test(url) ? url : undefined;
}
