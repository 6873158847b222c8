/** Place kinds and classes: WOF placetype and GeoNames feature code → pack `kind`. */
import { ARAB_STATES } from './rank.js';
import type { PlaceClass } from './types.js';

/** Kind of a populated place from its GeoNames feature code and population. */
export function settlementKind(fcode: string | undefined, pop: number | undefined): string {
  if (fcode === 'PPLX') return 'neighbourhood';
  if (fcode === 'PPLC' || fcode === 'PPLA' || fcode === 'PPLG') return 'city';
  const p = pop ?? 0;
  if (p >= 100_000) return 'city';
  if (p >= 10_000 || fcode === 'PPLA2') return 'town';
  return 'village';
}

/** First-level units: governorate in Arab states, province in TR/IR, region elsewhere. */
export function firstLevelKind(country: string | undefined): string {
  if (country && ARAB_STATES.has(country)) return 'governorate';
  if (country === 'TR' || country === 'IR') return 'province';
  return 'region';
}

export function wofKind(
  placetype: string,
  country: string | undefined,
  fcode?: string,
  pop?: number,
): string | undefined {
  switch (placetype) {
    case 'country':
      return 'country';
    case 'macroregion':
    case 'region':
      return firstLevelKind(country);
    case 'county':
      return 'district';
    case 'localadmin':
      return 'subdistrict';
    case 'locality':
    case 'borough':
      return settlementKind(fcode, pop);
    case 'macrohood':
    case 'neighbourhood':
    case 'microhood':
      return 'neighbourhood';
    case 'campus':
      return 'airport';
    default:
      return undefined;
  }
}

export function classOf(kind: string): PlaceClass {
  switch (kind) {
    case 'country':
      return 'country';
    case 'governorate':
    case 'province':
    case 'region':
      return 'admin1';
    case 'district':
      return 'admin2';
    case 'subdistrict':
      return 'admin3';
    case 'city':
    case 'town':
    case 'village':
      return 'settlement';
    case 'neighbourhood':
      return 'neighbourhood';
    case 'airport':
      return 'airport';
    default:
      return 'feature';
  }
}

export const ADMIN_CLASSES = new Set<PlaceClass>(['country', 'admin1', 'admin2', 'admin3']);
