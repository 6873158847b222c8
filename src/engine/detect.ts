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
import type { Detection, PageSignals } from './api';
import { OTHER_AR, POLITICAL_AR, POLITICAL_EN, POLITICAL_STEMS } from './detect-vocab';
import { fold } from './normalize';

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

function stats(text: string): Stats {
  const special = { fa: 0, ur: 0, ckb: 0, ps: 0 };
  const letterLang = new Map<number, Exclude<Lang, 'ar'>>();
  for (const [lang, letters] of Object.entries(LETTERS) as [Exclude<Lang, 'ar'>, string][])
    for (const ch of letters) letterLang.set(ch.charCodeAt(0), lang);
  let arabicLetters = 0;
  let latinLetters = 0;
  // A sample is enough and keeps detection cheap on very long pages.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0620 && c <= 0x06ff && !(c >= 0x064b && c <= 0x0670) && !(c >= 0x0660 && c <= 0x0669)) {
      arabicLetters++;
      const l = letterLang.get(c);
      if (l) special[l]++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latinLetters++;
  }
  const words = text
    .slice(0, n)
    .split(/[\s\u200c.,;:!?()«»"'،؛؟\-–—/\\[\]]+/u)
    .filter(Boolean);
  return { arabicLetters, latinLetters, special, words };
}

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
  const counts = new Map<Lang, number>();
  for (const [lang, list] of Object.entries(FUNCTION_WORDS) as [Lang, string[]][]) {
    const set = new Set(list);
    counts.set(lang, st.words.filter((w) => set.has(w)).length);
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
  for (const w of foldedWords) {
    if (vocab.has(w)) hits++;
    else {
      // Accept the word with a proclitic (و ب ل ف ال) in front.
      for (const p of prefixes) {
        if (w.length > p.length + 2 && w.startsWith(p) && vocab.has(w.slice(p.length))) {
          hits++;
          break;
        }
      }
    }
  }
  return hits;
}

const AR_PREFIXES = ['وال', 'بال', 'لل', 'فال', 'ال', 'و', 'ب', 'ل', 'ف'];

/** Share of words from the vocabularies of non-political genres (sport, food, tech, health, weather, arts, travel). */
export function otherGenreRate(text: string): number {
  const st = stats(text);
  const folded = st.words.map((w) => fold(w));
  return countHits(folded, OTHER_AR, AR_PREFIXES) / Math.max(1, folded.length);
}

export function detect(text: string, signals?: PageSignals): Detection {
  return detectWith(text, signals);
}

/** Detection with the annotator's extra evidence: the number of places and organisations found. */
export function detectWith(text: string, signals?: PageSignals, entities?: number): Detection {
  const reasons: string[] = [];
  const st = stats(text);
  let language = guessLanguage(st, reasons);
  const lang = signals?.lang?.toLowerCase().split('-')[0];
  if (lang && language === 'und' && lang) language = lang;
  if (lang) reasons.push(`page lang="${signals?.lang}"`);
  const isArabic = language === 'ar';
  const folded = st.words.map((w) => fold(w));
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
    pol = countHits(folded, POLITICAL_AR, AR_PREFIXES);
    oth = countHits(folded, OTHER_AR, AR_PREFIXES);
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
  if (
    signals?.articleMarkup ||
    signals?.ogType === 'article' ||
    signals?.schemaTypes?.some((t) => /NewsArticle|Report/i.test(t))
  ) {
    x += 0.3;
    reasons.push('article markup');
  }
  const political = 1 / (1 + Math.exp(-x * 3));
  const isPolitical = political >= 0.5;
  reasons.push(isPolitical ? 'reads as political news' : 'does not read as political news');
  const score = isArabic ? political : political * 0.1;
  if (!isArabic) reasons.push(`not Arabic (${language})`);
  return { language, isArabic, isPolitical, score: Math.round(score * 1000) / 1000, reasons };
}
