/**
 * What "Add to Dalil glossary" hands to the add-term form, as URL parameters: the
 * selection, the sentence around it and the page. Pure, so the background, the form and
 * the tests build and read the same URL.
 */

export interface AddTermParams {
  /** The selected text, as selected. */
  text: string;
  sentence: string;
  url: string;
  title: string;
}

const LIMITS: Record<keyof AddTermParams, number> = { text: 200, sentence: 2000, url: 4000, title: 1000 };

/** Trims each value and bounds its length (a selection may be a whole page). */
export function boundParams(params: AddTermParams): AddTermParams {
  const bound = (key: keyof AddTermParams) => params[key].replace(/\s+/g, ' ').trim().slice(0, LIMITS[key]);
  return { text: bound('text'), sentence: bound('sentence'), url: bound('url'), title: bound('title') };
}

/** The page path with its query, relative to the extension's root. */
export function addTermPath(params: AddTermParams): string {
  const bounded = boundParams(params);
  return `add-term.html?${new URLSearchParams({ ...bounded }).toString()}`;
}

export function readAddTermParams(search: string): AddTermParams {
  const query = new URLSearchParams(search);
  return boundParams({
    text: query.get('text') ?? '',
    sentence: query.get('sentence') ?? '',
    url: query.get('url') ?? '',
    title: query.get('title') ?? '',
  });
}

/** True when the text holds at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]/.test(text);
}
