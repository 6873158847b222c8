/**
 * Arabic display name and alias list of a merged place.
 *
 * Aliases are real spellings from the sources, cleaned for display and
 * de-duplicated under the matching normalisation. The only generated forms are
 * the bare forms of names with the article, for countries, admin units and cities
 * (BARE_KINDS): "الحسكة" also gives "حسكة", but only if the bare form has at least 4
 * letters and is not a common word ("الباب" does not give "باب"; three-letter bare
 * forms are nearly always words or verbs too: غاب، حصن). No ال form is ever invented (the matcher handles ال itself); the few
 * well-known exceptions live in sources/curated.ts.
 */
import { ALIAS_COMMON_WORDS as COMMON_WORDS } from '../../src/engine/knowledge/words.js';
import { cleanArabic, isUsableArabicName, letterCount, nameKey, normalizeArabic } from './arabic.js';

/** Heads that may be removed from an admin unit's display name ("منطقة عفرين" → "عفرين"). */
const STRIPPABLE_HEADS = [
  'محافظة',
  'منطقة',
  'ناحية',
  'قضاء',
  'مديرية',
  'ولاية',
  'إمارة',
  'امارة',
  'لواء',
  'شعبية',
  'بلدية',
  'عمالة',
];
/** In Morocco, provinces are "إقليم X" and regions "جهة X". */
const STRIPPABLE_HEADS_MA = ['إقليم', 'اقليم', 'جهة'];

/** Generic heads of official names: "محافظة إدلب" is "إدلب" with a head. */
const ADMIN_HEADS = [...STRIPPABLE_HEADS, 'مركز', 'مدينة', 'بلدة', 'قرية', ...STRIPPABLE_HEADS_MA, 'دائرة'];

function startsWithHead(name: string, heads: readonly string[]): string | undefined {
  for (const h of heads) if (name.startsWith(`${h} `)) return name.slice(h.length + 1).trim();
  return undefined;
}

/** Display name of an admin unit: strip "محافظة"/"منطقة"/… ("منطقة عفرين" → "عفرين"). */
export function stripAdminHead(name: string, country?: string): string {
  const heads = country === 'MA' ? [...STRIPPABLE_HEADS, ...STRIPPABLE_HEADS_MA] : STRIPPABLE_HEADS;
  const rest = startsWithHead(name, heads);
  return rest && letterCount(rest) >= 2 ? rest : name;
}

/** Variant names from the sources that are noise or loaded terms, never aliases. */
export const ALIAS_DENY = new Set(['صهيون', 'اريئيل', 'البلا', 'لقدس']);

/** Generic words that are never an alias on their own ("العاصمة" for Amman governorate). */
export const ALIAS_STOP = new Set(
  'العاصمه عاصمه المدينه المركز البلد البلده القريه المنطقه الناحيه المحافظه الشمال الجنوب الشرق الغرب الوسط الريف'.split(
    ' ',
  ),
);

/**
 * An alias that would match ordinary words: a generic term ("العاصمة"), a known noise
 * variant, or a common word written without the article ("ثورة" for al-Thawrah).
 */
export function isNoiseAlias(name: string): boolean {
  const n = normalizeArabic(name);
  return ALIAS_STOP.has(n) || ALIAS_DENY.has(name) || (!n.startsWith('ال') && COMMON_WORDS.has(n));
}

/**
 * The bare form of a name with the article, if it is a safe alias; else undefined.
 * Not for: bare forms under 4 letters, common words, names that many places bear
 * (`isGeneric`: "العقبة" names 33 places, so "عقبة" is a word, not a name), and
 * multi-word names whose later words carry the article too ("الإمارات العربية
 * المتحدة" without its first ال is not Arabic).
 */
export function bareForm(name: string, isGeneric?: (normalized: string) => boolean): string | undefined {
  if (!name.startsWith('ال')) return undefined;
  // The sun letter's shadda belongs to the article's assimilation: السّدرية → سدرية.
  const bare = name
    .slice(2)
    .trim()
    .replace(/^(\S)\u0651/, '$1');
  if (letterCount(bare) < 4) return undefined;
  if (
    bare
      .split(' ')
      .slice(1)
      .some((w) => w.startsWith('ال'))
  )
    return undefined;
  if (COMMON_WORDS.has(normalizeArabic(bare))) return undefined;
  if (isGeneric?.(normalizeArabic(name))) return undefined;
  return bare;
}

export interface NameSet {
  ar: string;
  aliases: string[];
}

/**
 * Build the display name and aliases from names in priority order (best first).
 * Returns undefined if no usable name is left.
 */
export interface NameOptions {
  /** Add bare forms of ال names (only for countries, admin units, cities: see BARE_KINDS). */
  bare?: boolean;
  /** Is this normalised name borne by many places (a generic word)? */
  isGeneric?: (normalized: string) => boolean;
  maxAliases?: number;
  /** Names never dropped as noise (PlaceRecord.curatedNames). */
  curated?: readonly string[];
}

/**
 * Kinds whose bare forms are added. Villages, towns and neighbourhoods are left out:
 * they are most of the data and their names are the ones that double as ordinary
 * words (ذراع، عقبة، طبقة، حصان …), which no stop list can enumerate.
 */
export const BARE_KINDS = new Set([
  'country',
  'governorate',
  'province',
  'region',
  'district',
  'subdistrict',
  'city',
]);

export function buildNames(names: readonly string[], opts: NameOptions = {}): NameSet | undefined {
  const { bare = true, isGeneric, maxAliases = 16 } = opts;
  const curated = new Set((opts.curated ?? []).map(cleanArabic));
  const cleaned: string[] = [];
  for (const n of names) {
    if (!isUsableArabicName(n)) continue;
    cleaned.push(cleanArabic(n));
  }
  if (cleaned.length === 0) return undefined;

  const keys = new Set(cleaned.map(nameKey));
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string): void => {
    const k = normalizeArabic(s);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(s);
  };
  for (const n of cleaned) {
    // "محافظة إدلب" next to "إدلب" is the official form, not a separate spelling.
    const rest = startsWithHead(n, ADMIN_HEADS);
    if (rest && keys.has(nameKey(rest)) && out.length > 0) continue;
    if (out.length > 0 && !curated.has(n) && isNoiseAlias(n)) continue;
    add(n);
  }
  // Bare forms come after all real spellings, so they never displace one.
  if (bare) {
    for (const n of [...out]) {
      const b = bareForm(n, isGeneric);
      if (b) add(b);
    }
  }
  const [ar, ...aliases] = out;
  return { ar: ar as string, aliases: aliases.slice(0, maxAliases) };
}
