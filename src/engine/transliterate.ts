/**
 * Readable news-style transliteration for names the glossary lacks (no diacritics in
 * the output): "كنصفرة" → "Kansafra", "معرة النعمان" → "Maarat al-Numan",
 * "محمد عبد الرحمن" → "Mohammed Abdel Rahman".
 *
 * The convention, in order:
 *  - common given names and name particles take their news spelling from a table
 *    (transliterate-names.ts: محمد Mohammed, جورج George, عبد الله Abdullah, أبو Abu);
 *    another عبد ال… is "Abdel …";
 *  - the article is "al-" (no sun-letter assimilation: al-Nusra, al-Sharaa);
 *  - shadda doubles its consonant (عمّان → Amman); a word written with its short
 *    vowels is read by them;
 *  - otherwise short vowels are guessed: a consonant cluster gets an "a", long vowels
 *    come from ا و ي, and و/ي between consonants are read as u/i;
 *  - ة is "a", and "at" before a following al- (the construct state: Maarat al-Numan).
 * The aim is a name a reader can say and recognise, not a scholarly romanisation.
 */
import { fold } from './read/normalize';
import { NAME_PARTICLES, NAME_SPELLINGS } from './transliterate-names';

const CONS: Record<string, string> = {
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
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ڤ: 'v',
};

const isVowelLetter = (ch: string | undefined): boolean => ch === 'ا' || ch === 'و' || ch === 'ي';

/**
 * One word. Short vowels are guessed by syllables: a consonant that opens a syllable
 * and is followed by another consonant gets an "a"; the consonant after a vowel closes
 * the syllable; a word-final cluster is broken with an "a" ("حلب" → "Halab").
 */
function word(w: string): string {
  if (/^[a-z0-9]+$/i.test(w)) return w;
  let prefix = '';
  let s = w;
  if (s.startsWith('ال') && s.length > 3) {
    prefix = 'al-';
    s = s.slice(2);
  }
  let out = '';
  let state: 'start' | 'V' | 'onset' | 'coda' = 'start';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const ch = s[i] as string;
    const next = s[i + 1];
    const last = i === n - 1;
    if (ch === 'ا') {
      out += 'a';
      state = 'V';
      continue;
    }
    // و/ي are vowels after a consonant (unless an alef follows), consonants otherwise.
    if ((ch === 'و' || ch === 'ي') && (state === 'onset' || state === 'coda') && next !== 'ا') {
      out += ch === 'و' ? 'u' : next === 'ه' && i + 1 === n - 1 ? 'iy' : 'i';
      state = 'V';
      continue;
    }
    if (ch === 'ع' && state === 'start') {
      out += 'a'; // initial ayn carries a vowel: "عين" → "Ayn"
      state = 'V';
      continue;
    }
    if (ch === 'ه' && last && n > 2) {
      out += 'a'; // ta marbuta, folded to ه
      state = 'V';
      continue;
    }
    const c = ch === 'و' ? 'w' : ch === 'ي' ? 'y' : (CONS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch : ''));
    if (state === 'V' && next !== undefined && !isVowelLetter(next) && !(next === 'ه' && i + 1 === n - 1)) {
      out += c;
      state = 'coda';
    } else if (state === 'coda' && last && !/[yw]$/.test(out)) {
      out += `a${c}`;
      state = 'coda';
    } else {
      out += c;
      state = 'onset';
      if (next !== undefined && !isVowelLetter(next) && !(next === 'ه' && i + 1 === n - 1)) {
        out += 'a';
        state = 'V';
      }
    }
  }
  out = out.replace(/aa+/g, 'a');
  if (!out) return '';
  return prefix + (out[0] as string).toUpperCase() + out.slice(1);
}

const SPELLINGS = new Map(Object.entries(NAME_SPELLINGS).map(([ar, en]) => [fold(ar), en]));
const PARTICLES = new Map(Object.entries(NAME_PARTICLES).map(([ar, en]) => [fold(ar), en]));

const SHADDA = /([\u0621-\u064a])([\u064b-\u0650\u0652]*)\u0651/g;
const INITIAL_SHADDA = /^([\u0621-\u064a][\u064b-\u0650\u0652]*)\u0651/;
const HARAKAT = /[\u064e-\u0650]/;

/**
 * A word read by its written short vowels (fatha a, kasra i, damma u), for words that
 * carry them on most consonants: "عَرَبَة" → "Araba". Undefined when too few are written.
 */
function voweled(raw: string): string | undefined {
  const chars = [...raw];
  const letters = chars.filter((c) => fold(c)).length;
  const marked = chars.filter((c) => HARAKAT.test(c)).length;
  if (letters < 2 || marked * 2 < letters) return undefined;
  let out = '';
  chars.forEach((ch, i) => {
    const f = fold(ch);
    if (!f) return;
    const mark = chars[i + 1];
    const bare = !(mark && HARAKAT.test(mark));
    const afterVowel = /[aiu]$/.test(out);
    if (f === 'ا' || ch === 'ى') out += out.endsWith('a') ? '' : 'a';
    else if (ch === 'ة') out += out.endsWith('a') ? '' : 'a';
    // A bare و/ي lengthens the vowel before it (ـُو → u, ـِي → i) or closes an a (aw, ay).
    else if ((f === 'و' || f === 'ي') && bare && out && !afterVowel) out += f === 'و' ? 'u' : 'i';
    else if ((f === 'و' || f === 'ي') && bare && afterVowel)
      out += out.endsWith('a') ? (f === 'و' ? 'w' : 'y') : '';
    else out += f === 'و' ? 'w' : f === 'ي' ? 'y' : (CONS[f] ?? '');
    if (mark === '\u064e') out += 'a';
    else if (mark === '\u0650') out += 'i';
    else if (mark === '\u064f') out += 'u';
  });
  out = out.replace(/aa+/g, 'a');
  return out ? (out[0] as string).toUpperCase() + out.slice(1) : undefined;
}

/** One word, without the article: a table spelling, the written vowels, or the guess. */
function romanise(raw: string): string {
  const known = SPELLINGS.get(fold(raw));
  if (known) return known;
  // A shadda on the first letter is the article's assimilation (السّتّار), not a geminate.
  const doubled = raw.replace(INITIAL_SHADDA, '$1').replace(SHADDA, '$1$1$2');
  const t = voweled(doubled) ?? word(fold(doubled));
  return t.replace(/(sh|th|kh|gh|dh)\1/gi, '$1');
}

const ARTICLE = /^[\u0627\u0671][\u064b-\u0652]*\u0644[\u064b-\u0652]*/;

export function transliterate(ar: string): string {
  const raws = ar.split(/[^\u0621-\u065f\u0670\u0671-\u06d3a-z0-9]+/i).filter((w) => fold(w).length > 0);
  const folded = raws.map((w) => fold(w));
  const out: string[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as string;
    const w = folded[i] as string;
    const next = folded[i + 1];
    if (/^[a-z0-9]+$/i.test(w)) {
      out.push(w);
      continue;
    }
    const pair = next !== undefined ? SPELLINGS.get(`${w} ${next}`) : undefined;
    if (pair) {
      out.push(pair);
      i++;
      continue;
    }
    // عبد + a name with the article: "Abdel Rahim", one name in news, not "Abd al-Rahim".
    if (w === 'عبد' && next?.startsWith('ال') && next.length > 3) {
      out.push(`Abdel ${romanise((raws[i + 1] as string).replace(ARTICLE, ''))}`);
      i++;
      continue;
    }
    // A name + الله is one word: نصر الله → Nasrallah, فتح الله → Fathallah.
    if (next === 'الله') {
      out.push(`${romanise(raw)}allah`);
      i++;
      continue;
    }
    const particle = PARTICLES.get(w);
    if (particle && next !== undefined) {
      out.push(particle);
      continue;
    }
    if (SPELLINGS.has(w)) {
      out.push(SPELLINGS.get(w) as string);
      continue;
    }
    const article = w.startsWith('ال') && w.length > 3;
    let t = romanise(article ? raw.replace(ARTICLE, '') : raw);
    // Construct state: a ة before al- is read "at" (مدينة الحديدة → Madinat al-Hadida).
    if (/ة[\u064b-\u0652]*$/.test(raw) && next?.startsWith('ال') && t.endsWith('a')) t += 't';
    if (t) out.push((article ? 'al-' : '') + t);
  }
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
