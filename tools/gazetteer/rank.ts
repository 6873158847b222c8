/**
 * Rank: higher is more important; the engine uses it to choose between homonyms.
 *
 *   rank = clamp(0, 100, round( KIND_BASE[kind]
 *                              + popScore(pop)           (0 for countries)
 *                              + COUNTRY_BONUS(country)
 *                              + (wikidata ? 2 : 0)
 *                              - (TR/IR village or neighbourhood ? 4 : 0) ))
 *
 *   popScore(pop) = pop > 0 ? min(20, 3 · log10(pop)) : 0      (1k → 9, 100k → 15, 1M → 18)
 *   COUNTRY_BONUS = 15 for SY IQ LB PS YE (the core of the news the extension reads),
 *                   10 for the other Arab League states (and EH),
 *                    5 for IL, 2 for TR and IR (many of their names are Persian or
 *                      Turkish spellings), 0 elsewhere.
 *
 * A national capital outside the Arab states (GeoNames PPLC) ranks at least CAPITAL_FLOOR:
 * "موسكو", "باريس", "كييف" name the capital in Arabic news whatever the article's
 * country, like a governorate; Arab capitals already rank high through their country.
 *
 * Examples: Syrian village, no population: 8 + 15 = 23; Syrian governorate of 1.6M:
 * 45 + 18.6 + 15 + 2 ≈ 81; Iranian village: 8 + 2 − 4 = 6; a country: 70 + bonus.
 */

export const KIND_BASE: Record<string, number> = {
  country: 70,
  governorate: 45,
  province: 42,
  region: 40,
  area: 40,
  mountain: 35,
  plain: 35,
  valley: 32,
  river: 35,
  sea: 35,
  strait: 35,
  canal: 35,
  landmark: 25,
  crossing: 30,
  port: 30,
  district: 32,
  city: 30,
  subdistrict: 22,
  town: 20,
  airport: 15,
  village: 8,
  neighbourhood: 6,
};

const CORE = new Set(['SY', 'IQ', 'LB', 'PS', 'YE']);
/** Arab League members (plus Western Sahara), without the core five. */
export const ARAB_STATES = new Set([
  'DZ',
  'BH',
  'KM',
  'DJ',
  'EG',
  'JO',
  'KW',
  'LY',
  'MR',
  'MA',
  'OM',
  'QA',
  'SA',
  'SO',
  'SD',
  'TN',
  'AE',
  'EH',
  ...CORE,
]);

export function countryBonus(country: string | undefined): number {
  if (!country) return 0;
  if (CORE.has(country)) return 15;
  if (ARAB_STATES.has(country)) return 10;
  if (country === 'IL') return 5;
  if (country === 'TR' || country === 'IR') return 2;
  return 0;
}

export function popScore(pop: number | undefined): number {
  return pop && pop > 1 ? Math.min(20, 3 * Math.log10(pop)) : 0;
}

export const CAPITAL_FLOOR = 72;

export interface RankInput {
  kind: string;
  /** A national capital (GeoNames feature code PPLC). */
  capital?: boolean;
  country?: string;
  pop?: number;
  wikidata?: string;
}

export function rankOf(e: RankInput): number {
  let r = KIND_BASE[e.kind] ?? 10;
  if (e.kind !== 'country') r += popScore(e.pop);
  r += countryBonus(e.country);
  if (e.wikidata) r += 2;
  if ((e.country === 'TR' || e.country === 'IR') && (e.kind === 'village' || e.kind === 'neighbourhood'))
    r -= 4;
  if (e.capital && !ARAB_STATES.has(e.country ?? '')) r = Math.max(r, CAPITAL_FLOOR);
  return Math.max(0, Math.min(100, Math.round(r)));
}
