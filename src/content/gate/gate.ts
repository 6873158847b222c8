/**
 * The cheap first look at a page: is there enough Arabic-script text to be worth
 * extracting? It reads at most a few thousand characters of text nodes and no layout,
 * so English and other pages cost almost nothing.
 */

const SAMPLE_CHARS = 4000;
const MIN_ARABIC_LETTERS = 80;
const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFC]/g;
const LATIN_LETTER = /[A-Za-z]/g;
/** Letters of Persian, Urdu, Kurdish and Pashto that Arabic does not use. */
const NON_ARABIC_LETTER =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u06C1\u06BE\u0679\u0688\u0691\u06BA\u06C6\u06D5\u06B5\u0695\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0]/g;

/** Letters only one of the Arabic-script languages uses (as in src/engine/detect.ts). */
const LANGUAGE_LETTERS: Array<[language: string, letters: RegExp]> = [
  ['fa', /[\u067E\u0686\u0698\u06AF]/g],
  ['ur', /[\u0679\u0688\u0691\u06BA\u06BE\u06D2\u06C1]/g],
  ['ckb', /[\u06C6\u06D5\u06CE\u06B5\u0695\u06A4]/g],
  ['ps', /[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD\u0681\u0685]/g],
];

export interface GateVerdict {
  worthScanning: boolean;
  arabicShare: number;
  /** The Arabic-script language the letters suggest ("ar", "fa", "ur", "ckb", "ps"), when there is enough of it. */
  language?: string;
}

function letterLanguage(sample: string): string {
  let best = 'fa';
  let most = 0;
  for (const [language, letters] of LANGUAGE_LETTERS) {
    const count = sample.match(letters)?.length ?? 0;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

export function sampleText(root: Node, limit = SAMPLE_CHARS): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let sample = '';
  for (let node = walker.nextNode(); node && sample.length < limit; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    sample += node.nodeValue ?? '';
  }
  return sample;
}

export function gatePage(doc: Document): GateVerdict {
  if (!doc.body) return { worthScanning: false, arabicShare: 0 };
  const sample = sampleText(doc.body);
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  const foreign = sample.match(NON_ARABIC_LETTER)?.length ?? 0;
  const arabicShare = arabic / Math.max(1, arabic + latin);
  // Persian, Urdu, Kurdish and Pashto use Arabic script; their own letters give them away.
  const looksArabic = foreign / Math.max(1, arabic) < 0.02;
  const enough = arabic >= MIN_ARABIC_LETTERS && arabicShare > 0.3;
  const language = enough ? (looksArabic ? 'ar' : letterLanguage(sample)) : undefined;
  return { worthScanning: enough && looksArabic, arabicShare, language };
}
