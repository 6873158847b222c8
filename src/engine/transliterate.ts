/**
 * Readable news-style transliteration for names the glossary lacks (ALA-LC-ish, no
 * diacritics): "كنصفرة" → "Kansafra", "سفوهن" → "Safuhun", "معرة النعمان" → "Maarat al-Numan".
 *
 * Arabic script writes no short vowels, so they are guessed: a consonant cluster gets
 * an "a" between consonants, long vowels come from ا و ي, and و/ي between consonants
 * are read as u/i. The aim is a name a reader can say and recognise, not a scholarly
 * romanisation.
 */
import { fold } from './read/normalize';

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

export function transliterate(ar: string): string {
  const words = fold(ar)
    .split(/[^\u0621-\u064a\u0671-\u06d3a-z0-9]+/i)
    .filter(Boolean);
  return words
    .map((w, i) => {
      const t = word(w);
      return i === 0 && !/^[a-z0-9]+$/i.test(w) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    })
    .filter(Boolean)
    .join(' ');
}
