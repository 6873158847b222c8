/**
 * GeoNames cities (population ≥ 15,000) with Arabic name candidates
 * (places/world-cities-ar.csv.gz).
 *
 * The candidates are untagged GeoNames alternate names in alphabetical order, so the
 * first one is only a hint. chooseArabic() scores each candidate:
 *   2 × consonant-skeleton similarity to the Latin name (Oued Sly → "واد سلي", not
 *       the old name "مالاكف")
 * + 0.5 × Arabic-orthography marks (ط ض ص ظ ق ع anywhere, final ة, word-initial أ إ;
 *       at most 3): Arabic exonyms have them, Persian and ad-hoc spellings do not
 *       (أضنة not آدانا, طرابلس not ترابلس, قرطبة not كوردوبا, عبادان not آبادان,
 *       جدة not جده); a hamza inside a word does not count ("لأندأن" is not London)
 * + 0.3 for the first candidate
 * − 3 for a generic head (مدينة الشارقة, إمارة …), − 3 for a one-letter word
 *   (the typo "د مشق"), − 2 for a leading ئ (Kurdish/Uyghur spelling), − 0.5 for a
 *   final ه where the Latin name ends in a vowel (Persian شارجه for Sharjah), − 0.5
 *   for a hamza seat inside a name outside the Arab states ("لأندأن" for London), − 3
 *   for ى inside a word ("مىلان" for Milan: Arabic writes it only at a word's end).
 * The skeleton is compared with and without a leading ال.
 * Other candidates that look like the Latin name (similarity ≥ 0.5) and have no
 * penalty become aliases.
 */
import path from 'node:path';
import { cleanArabic, isUsableArabicName } from '../arabic.js';
import { asciiFold } from '../englishName.js';
import { classOf, settlementKind } from '../kinds.js';
import { ARAB_STATES } from '../rank.js';
import type { PlaceRecord } from '../types.js';
import { floatOrUndef, intOrUndef, multi, readCsvGz } from './csv.js';

const AR_SKELETON: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'g',
  ح: 'h',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ڤ: 'f',
  ڨ: 'g',
};

/** Consonant skeleton of an Arabic name (vowel letters, hamza and ع dropped). */
export function arabicSkeleton(ar: string): string {
  let out = '';
  for (const ch of ar.replace(/تش/g, 'ش')) out += AR_SKELETON[ch] ?? '';
  return out.replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton of a Latin name, with the same letter classes. */
export function latinSkeleton(en: string): string {
  return asciiFold(en)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/sh|ch|sch/g, 's')
    .replace(/kh|ck/g, 'k')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/c(?=[ei])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'g')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/[aeiouwy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function lev(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Similarity of consonant skeletons, with and without the article (الشارقة ~ Sharjah). */
export function skeletonSimilarity(ar: string, en: string): number {
  const b = latinSkeleton(en);
  if (!b) return 0;
  let best = 0;
  for (const form of ar.startsWith('ال') ? [ar, ar.slice(2)] : [ar]) {
    const a = arabicSkeleton(form);
    if (a) best = Math.max(best, 1 - lev(a, b) / Math.max(a.length, b.length));
  }
  return best;
}

const HEAD = /^(مدينة|إمارة|امارة|محافظة|ولاية|شعبية|بلدية|ضلع|قضاء|منطقة|ناحية) /;

function penalty(c: string, latin: string, arabState: boolean): number {
  let p = 0;
  // A hamza seat inside a foreign name is a mangled spelling ("لأندأن" for London).
  if (!arabState && /[^\sا]أ|[^\s]إ/.test(c.replace(/^ال/, ''))) p += 0.5;
  // Final ه for a final vowel is Persian/Urdu spelling (شارجه, جده); Arabic writes ة or ا.
  if (/ه$/.test(c) && /[aeh]$/i.test(latin.trim())) p += 0.5;
  if (HEAD.test(c)) p += 3;
  if (c.split(' ').some((w) => w.length === 1)) p += 3;
  if (c.startsWith('ئ')) p += 2;
  // Arabic writes ى only at a word's end; inside one it is a Persian or Urdu ی mis-encoded (مىلان).
  if (/ى(?=[^\s])/.test(c)) p += 3;
  return p;
}

export interface ArabicChoice {
  ar: string;
  aliases: string[];
}

/** Choose the Arabic display name (and aliases) among untagged candidates. */
export function chooseArabic(
  candidates: readonly string[],
  latin: string,
  country?: string,
): ArabicChoice | undefined {
  const arabState = !!country && ARAB_STATES.has(country);
  const list = candidates.filter(isUsableArabicName).map(cleanArabic);
  if (list.length === 0) return undefined;
  const scored = list.map((c, i) => {
    const sim = skeletonSimilarity(c, latin);
    const marks = Math.min(3, (c.match(/[طضصظقع]|ة(?= |$)|(?:^| )[أإ]/g) ?? []).length);
    const pen = penalty(c, latin, arabState);
    return { c, i, sim, pen, score: 2 * sim + 0.5 * marks + (i === 0 ? 0.3 : 0) - pen };
  });
  const best = [...scored].sort((x, y) => y.score - x.score || x.i - y.i)[0] as (typeof scored)[number];
  const aliases = scored.filter((s) => s !== best && s.pen === 0 && s.sim >= 0.5).map((s) => s.c);
  return { ar: best.c, aliases };
}

export function loadWorldCities(dataDir: string): PlaceRecord[] {
  const rows = readCsvGz(path.join(dataDir, 'places', 'world-cities-ar.csv.gz'));
  const out: PlaceRecord[] = [];
  for (const r of rows) {
    const choice = chooseArabic(multi(r.ar_candidates), r.name ?? '', r.country_code);
    if (!choice) continue;
    const pop = intOrUndef(r.population);
    const fcode = r.feature_code || undefined;
    const kind = settlementKind(fcode, pop);
    const gn = intOrUndef(r.geonameid);
    out.push({
      key: `gn:${r.geonameid}`,
      cls: classOf(kind),
      kind,
      names: [choice.ar],
      weakNames: choice.aliases,
      en: { cityName: r.name || undefined, variants: r.asciiname ? [r.asciiname] : [] },
      country: r.country_code || undefined,
      lat: floatOrUndef(r.lat),
      lon: floatOrUndef(r.lon),
      pop,
      geonames: gn,
      fcode,
      src: ['geonames'],
      priority: 30,
    });
  }
  return out;
}
