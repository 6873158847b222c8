/**
 * English display name of a place.
 *
 * Order of preference:
 *  1. an authoritative name (OpenSyria name.en, a country/curated override);
 *  2. for settlements: WOF name:eng_x_preferred when it is clean and close to the
 *     GeoNames romanisation (it is a readable news spelling: "Gafsa", "Deir Debwan";
 *     a far-off value is usually another feature: "Bahla Fort", "Butnan District"),
 *     then the GeoNames main name of a world city ("Zahedan"), then wof:name;
 *     for admin units: wof:name first (their eng_x_preferred is often wrong, e.g.
 *     Raymah → "San`ar"), then the others;
 *  3. WOF variants / GeoNames asciiname;
 *  4. a rough transliteration of the Arabic name.
 * The result is folded to ASCII ("Khān Shaykhūn" → "Khan Shaykhun", ` and ‘ → ').
 * exonyms.ts then has the last word: the exonym table and the seat rule (README, "English names").
 */
import type { EnglishCandidates } from './types.js';

const APOSTROPHES = /[\u2018\u2019\u02BF\u02BE\u02BB\u02BC\u00B4`]/g;
const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  Ħ: 'H',
};

/** Fold a Latin-script name to ASCII: strip accents, unify apostrophes. */
export function asciiFold(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(APOSTROPHES, "'")
      // Word-initial or word-final ayn/hamza marks: 'Ayn al 'Arab → Ayn al Arab, Izra' → Izra
      .replace(/(^|[\s-])'+/g, '$1')
      .replace(/'+(?=$|[\s-])/g, '')
      .replace(/[ıİøØßæÆđĐłŁœŒþðħĦ]/g, (c) => SPECIAL[c] ?? c)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Latin script only (after folding): letters, digits, space and ' - . , ( ) &. */
export function isAsciiName(s: string): boolean {
  return /^[A-Za-z0-9 '\-.,()&]+$/.test(s) && /[A-Za-z]{2}/.test(s);
}

/** A folded candidate that reads like a name: no stray quotes, no "AbU"-style caps. */
export function isClean(folded: string): boolean {
  if (!isAsciiName(folded)) return false;
  if (/[a-z][A-Z]/.test(folded.replace(/\b(Mc|Mac|De|La|Le)(?=[A-Z])/g, ''))) return false;
  if (/^'|'$|''/.test(folded)) return false;
  // "Kfr Swm": a word of 3+ letters without a vowel is an abbreviation, not a name.
  if (folded.split(/[\s-]+/).some((w) => /^[A-Za-z]{3,}$/.test(w) && !/[aeiouyAEIOUY]/.test(w))) return false;
  return true;
}

const FEATURE_SUFFIX =
  /\b(District|Municipality|Fort|Castle|Governorate|Province|Region|Airbase|Mosque|Camp|Stadium)$/i;

/** Similarity of two Latin names in [0, 1] (letters only, case-insensitive, Levenshtein). */
export function similarity(a: string, b: string): number {
  const x = asciiFold(a)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const y = asciiFold(b)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (!x || !y) return 0;
  const m = x.length;
  const n = y.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return 1 - (prev[n] as number) / Math.max(m, n);
}

const TRANSLIT: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: "'",
  ؤ: "'",
  ئ: "'",
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ڤ: 'v',
  ڨ: 'g',
  ' ': ' ',
  '-': '-',
};

/**
 * Rough transliteration, only for names with no Latin form at all: letters mapped
 * one by one, و/ي between consonants read as u/i, and a word with no vowel gets an
 * "a" after its first consonant (كفر سوم → Kafr Sum, القصر → Al-Qasr).
 */
export function transliterate(ar: string): string {
  const s = ar.replace(/[\u064B-\u0652\u0670]/g, '');
  const words: string[] = [];
  for (const word of s.split(/\s+/).filter(Boolean)) {
    let w = word;
    let prefix = '';
    if (w.startsWith('ال') && w.length > 3) {
      prefix = 'al-';
      w = w.slice(2);
    }
    const letters = [...w];
    const parts = letters.map((ch, i) => {
      const prev = letters[i - 1];
      const next = letters[i + 1];
      const consonantAround =
        prev !== undefined && !'اويى'.includes(prev) && (next === undefined || !'اويىة'.includes(next));
      if (ch === 'و' && consonantAround) return 'u';
      if (ch === 'ي' && consonantAround) return 'i';
      return TRANSLIT[ch] ?? '';
    });
    let out = parts.join('').replace(/^'+|'+$/g, '');
    if (out && !/[aeiou]/.test(out)) {
      const m = /^(kh|sh|th|dh|gh|[^aeiou'])/.exec(out);
      const head = m ? m[0] : '';
      out = `${head}a${out.slice(head.length)}`;
    }
    if (out) words.push(prefix + out);
  }
  return words.join(' ').replace(/(^|[\s-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Pick the English display name. `admin` is true for countries and admin units. */
export function chooseEnglish(c: EnglishCandidates, admin: boolean, arabic: string): string {
  const tryPick = (s: string | undefined): string | undefined => {
    if (!s) return undefined;
    const f = asciiFold(s);
    return isClean(f) ? f : undefined;
  };
  const picked = tryPick(c.authoritative);
  if (picked) return picked;

  const nameLatin = c.name && isAsciiName(asciiFold(c.name)) ? c.name : undefined;
  const goodPreferred = (c.preferred ?? []).find((p) => {
    const f = asciiFold(p);
    if (!isClean(f) || FEATURE_SUFFIX.test(f)) return false;
    return !nameLatin || similarity(f, nameLatin) >= 0.5;
  });

  const order = admin
    ? [nameLatin, c.cityName, ...(c.preferred ?? [])]
    : [goodPreferred, c.cityName, nameLatin];
  for (const s of [...order, ...(c.variants ?? [])]) {
    const p = tryPick(s);
    if (p && !(admin && FEATURE_SUFFIX.test(p) && s !== nameLatin)) return p;
  }
  // Nothing clean: fold whatever Latin exists, else transliterate.
  for (const s of [c.name, ...(c.preferred ?? []), ...(c.variants ?? [])]) {
    if (s && isAsciiName(asciiFold(s))) return asciiFold(s);
  }
  return transliterate(arabic);
}
