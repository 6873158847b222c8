/**
 * Article detection: which language is the text in, and is it political news?
 *
 * Language comes from letter statistics (letters Arabic never uses: Persian پ چ ژ گ ک ی,
 * Urdu ٹ ڈ ڑ ں ھ ے, Sorani ۆ ە ێ ڵ ڕ, Pashto ټ ډ ړ ښ ګ ڼ ې ۍ) together with function
 * words, because a single گ in a transliterated name must not turn Arabic into Persian.
 * Politics comes from vocabulary density (government, military, conflict, diplomacy)
 * against the vocabulary of the genres that borrow it (sport, food, tech, health,
 * weather, arts, travel), plus page signals as extra evidence.
 */
import type { Detection, PageSignals } from '../api';
import { fold } from '../read/normalize';
import { OTHER_AR, POLITICAL_AR, POLITICAL_EN, POLITICAL_STEMS } from './vocab';

type Lang = 'ar' | 'fa' | 'ur' | 'ckb' | 'ps';

/** Letters that mark a non-Arabic language written in Arabic script. */
const LETTERS: Record<Exclude<Lang, 'ar'>, string> = {
  // ک and ی are shared by all four, so only پ چ ژ گ speak for Persian (Urdu has its own letters too).
  fa: 'پچژگ',
  ur: 'ٹڈڑںھےۓہ',
  ckb: 'ۆەێڵڕڤ',
  ps: 'ټډړږښګڼېۍځڅ',
};

/** Frequent function words, as written (unfolded). */
const FUNCTION_WORDS: Record<Lang, string[]> = {
  ar: [
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'التي',
    'الذي',
    'أن',
    'عن',
    'مع',
    'هذا',
    'هذه',
    'كما',
    'بين',
    'حيث',
    'قال',
    'وقال',
    'وفي',
    'كان',
    'أو',
    'ذلك',
    'خلال',
    'بعد',
    'منذ',
    'إن',
    'لا',
  ],
  fa: [
    'است',
    'این',
    'که',
    'را',
    'می',
    'برای',
    'با',
    'از',
    'به',
    'های',
    'شد',
    'کرد',
    'بود',
    'آن',
    'یک',
    'نیز',
    'خود',
    'ها',
    'کند',
    'گفت',
    'وی',
    'ای',
  ],
  ur: [
    'کے',
    'کی',
    'میں',
    'ہے',
    'نے',
    'اور',
    'کو',
    'سے',
    'کہ',
    'پر',
    'ہیں',
    'گے',
    'بھی',
    'کا',
    'یہ',
    'ہوں',
    'گیا',
    'کہا',
  ],
  ckb: [
    'لە',
    'بۆ',
    'کە',
    'ئەو',
    'و',
    'دەکات',
    'ئەم',
    'لەگەڵ',
    'بە',
    'نێوان',
    'کرد',
    'هەروەها',
    'دژی',
    'لەسەر',
  ],
  ps: ['د', 'په', 'کې', 'چې', 'او', 'دا', 'ته', 'سره', 'له', 'دې', 'یې', 'وايي', 'شوي', 'کړې', 'پر', 'ډلې'],
};

const EN_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'said',
  'by',
  'as',
  'from',
]);

interface Stats {
  arabicLetters: number;
  latinLetters: number;
  special: Record<Exclude<Lang, 'ar'>, number>;
  words: string[];
}

/** Distinctive letters by unit (all in U+0600–U+06FF), read for every letter of the sample. */
const LETTER_LANG: (Exclude<Lang, 'ar'> | undefined)[] = new Array(0x100);
for (const [lang, letters] of Object.entries(LETTERS) as [Exclude<Lang, 'ar'>, string][])
  for (const ch of letters) LETTER_LANG[ch.charCodeAt(0) - 0x600] = lang;

function stats(text: string): Stats {
  const special = { fa: 0, ur: 0, ckb: 0, ps: 0 };
  const letterLang = LETTER_LANG;
  let arabicLetters = 0;
  let latinLetters = 0;
  // A sample is enough and keeps detection cheap on very long pages.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0620 && c <= 0x06ff && !(c >= 0x064b && c <= 0x0670) && !(c >= 0x0660 && c <= 0x0669)) {
      arabicLetters++;
      const l = letterLang[c - 0x600];
      if (l) special[l]++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latinLetters++;
  }
  return { arabicLetters, latinLetters, special, words: splitWords(text, n) };
}

/** Units that separate words for detection: JavaScript's \s, ZWNJ and punctuation. */
const SEPARATOR_LIST = [
  ...' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200c.,;:!?()«»"\'،؛؟-–—/\\[]',
];
for (let c = 0x2000; c <= 0x200a; c++) SEPARATOR_LIST.push(String.fromCharCode(c));
/** Separator flags by UTF-16 unit: one array read per character of the sample. */
const SEPARATORS = new Uint8Array(0x10000);
for (const ch of SEPARATOR_LIST) SEPARATORS[ch.charCodeAt(0)] = 1;

/** The words of text[0, n): maximal runs of non-separators (a scan; a Unicode regex split cost more). */
function splitWords(text: string, n: number): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    if (SEPARATORS[text.charCodeAt(i)] === 1) {
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words.push(text.slice(start, n));
  return words;
}

const FUNCTION_SETS = (Object.entries(FUNCTION_WORDS) as [Lang, string[]][]).map(
  ([lang, list]) => [lang, new Set(list)] as const,
);

/** Function word → the languages that list it. */
const FUNCTION_LANGS = new Map<string, Lang[]>();
for (const [lang, set] of FUNCTION_SETS)
  for (const w of set) FUNCTION_LANGS.set(w, [...(FUNCTION_LANGS.get(w) ?? []), lang]);

function guessLanguage(st: Stats, reasons: string[]): string {
  const total = st.arabicLetters + st.latinLetters;
  if (total === 0) {
    reasons.push('no letters');
    return 'und';
  }
  if (st.latinLetters > st.arabicLetters) {
    const en = st.words.filter((w) => EN_WORDS.has(w.toLowerCase())).length;
    if (en / Math.max(1, st.words.length) > 0.05) {
      reasons.push(`Latin script with English function words (${en})`);
      return 'en';
    }
    reasons.push('Latin script');
    return 'und';
  }
  // Score each Arabic-script language: function-word share plus distinctive-letter rate.
  const counts = new Map<Lang, number>(FUNCTION_SETS.map(([lang]) => [lang, 0]));
  // One look-up per word: the languages whose function words include it.
  for (const w of st.words) {
    const langs = FUNCTION_LANGS.get(w);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) as number) + 1);
  }
  const nw = Math.max(1, st.words.length);
  let best: Lang = 'ar';
  let bestScore = -1;
  for (const lang of ['ar', 'fa', 'ur', 'ckb', 'ps'] as Lang[]) {
    const fw = (counts.get(lang) ?? 0) / nw;
    const letterRate = lang === 'ar' ? 0 : st.special[lang] / st.arabicLetters;
    // Distinctive letters are strong evidence only in numbers: Arabic news quotes a
    // few Persian names, but a Persian text has several per hundred letters.
    const score = fw + (lang === 'ar' ? 0 : Math.max(0, letterRate - 0.004) * 6);
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  const letters = best === 'ar' ? '' : `, ${st.special[best]} distinctive letters`;
  reasons.push(`Arabic script; function words fit ${best} (${counts.get(best)}${letters})`);
  return best;
}

function countHits(foldedWords: string[], vocab: ReadonlySet<string>, prefixes: readonly string[]): number {
  let hits = 0;
  const known = new Map<string, boolean>(); // each distinct word is looked up once
  for (const w of foldedWords) {
    let hit = known.get(w);
    if (hit === undefined) {
      hit = isHit(w, vocab, prefixes);
      known.set(w, hit);
    }
    if (hit) hits++;
  }
  return hits;
}

function isHit(w: string, vocab: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  if (vocab.has(w)) return true;
  // Accept the word with a proclitic (و ب ل ف ال) in front.
  for (const p of prefixes)
    if (w.length > p.length + 2 && w.startsWith(p) && vocab.has(w.slice(p.length))) return true;
  return false;
}

const AR_PREFIXES = ['وال', 'بال', 'لل', 'فال', 'ال', 'و', 'ب', 'ل', 'ف'];

/**
 * What detection reads from a text: letter counts and the (folded) words of its first
 * 20,000 characters. The annotator asks for a verdict twice (before and after finding
 * entities) and for the other-genre rate, so it computes this once and passes it on.
 */
export interface TextEvidence {
  st: Stats;
  folded: string[];
  /** The language guess and the reason it gave, once made. */
  language?: { language: string; reason: string[] };
  /** Vocabulary hits among the folded words, per vocabulary (see `arabicHits`). */
  hits: Map<ReadonlySet<string>, number>;
}

export function textEvidence(text: string): TextEvidence {
  const st = stats(text);
  // News repeats its words: fold each distinct word once.
  const seen = new Map<string, string>();
  const folded = st.words.map((w) => {
    let f = seen.get(w);
    if (f === undefined) {
      f = fold(w);
      seen.set(w, f);
    }
    return f;
  });
  return { st, folded, hits: new Map() };
}

/** Hits of an Arabic vocabulary among the evidence's folded words (clitics allowed), counted once. */
function arabicHits(ev: TextEvidence, vocab: ReadonlySet<string>): number {
  let n = ev.hits.get(vocab);
  if (n === undefined) {
    n = countHits(ev.folded, vocab, AR_PREFIXES);
    ev.hits.set(vocab, n);
  }
  return n;
}

/** Share of words from the vocabularies of non-political genres (sport, food, tech, health, weather, arts, travel). */
export function otherGenreRate(text: string | TextEvidence): number {
  const ev = typeof text === 'string' ? textEvidence(text) : text;
  return arabicHits(ev, OTHER_AR) / Math.max(1, ev.folded.length);
}

export function detect(text: string, signals?: PageSignals): Detection {
  return detectWith(text, signals);
}

/** Detection with the annotator's extra evidence: the number of places and organisations found. */
export function detectWith(text: string | TextEvidence, signals?: PageSignals, entities?: number): Detection {
  const reasons: string[] = [];
  const ev = typeof text === 'string' ? textEvidence(text) : text;
  const { st, folded } = ev;
  if (!ev.language) {
    const reason: string[] = [];
    ev.language = { language: guessLanguage(st, reason), reason };
  }
  reasons.push(...ev.language.reason);
  let language = ev.language.language;
  const lang = signals?.lang?.toLowerCase().split('-')[0];
  if (lang && language === 'und' && lang) language = lang;
  if (lang) reasons.push(`page lang="${signals?.lang}"`);
  const isArabic = language === 'ar';
  const nw = Math.max(1, folded.length);
  let pol: number;
  let oth = 0;
  if (language === 'en')
    pol = countHits(
      st.words.map((w) => w.toLowerCase()),
      POLITICAL_EN,
      [],
    );
  else if (isArabic) {
    pol = arabicHits(ev, POLITICAL_AR);
    oth = arabicHits(ev, OTHER_AR);
  } else {
    // Persian, Urdu, Sorani and Pashto news glue words ("وزيرامورخارجه"): count stems inside words.
    pol = folded.filter((w) => POLITICAL_STEMS.some((s) => w.includes(s))).length;
  }
  const polRate = pol / nw;
  const othRate = oth / nw;
  reasons.push(`political vocabulary ${pol}/${nw} words`);
  if (oth) reasons.push(`other-genre vocabulary ${oth}/${nw} words`);
  // Logistic-ish combination: political density pushes up, other genres pull down.
  // Without a genre counterweight for other languages, their bar is a little lower.
  let x = polRate * 30 - othRate * 40 - (isArabic ? 0.9 : 0.6);
  if (entities !== undefined && isArabic) {
    // Political news names many places and organisations; a recipe names one or two.
    const rate = entities / nw;
    x += Math.min(0.5, rate * 5);
    reasons.push(`${entities} places/organisations found`);
  }
  const articleMarkup = Boolean(
    signals?.articleMarkup ||
      signals?.ogType === 'article' ||
      signals?.schemaTypes?.some((t) => /NewsArticle|Report/i.test(t)),
  );
  if (articleMarkup) {
    x += 0.3;
    reasons.push('article markup');
  }
  const political = 1 / (1 + Math.exp(-x * 3));
  const isPolitical = political >= 0.5;
  reasons.push(isPolitical ? 'reads as political news' : 'does not read as political news');
  const score = isArabic ? political : political * 0.1;
  if (!isArabic) reasons.push(`not Arabic (${language})`);
  const evidence = { words: folded.length, political: pol, otherGenre: oth, names: entities, articleMarkup };
  return { language, isArabic, isPolitical, score: Math.round(score * 1000) / 1000, reasons, evidence };
}
