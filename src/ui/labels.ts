/** Human labels for entity types and kinds, in the interface's language (English fallback). */

import { t } from '../common/i18n';
import type { EntityType } from '../common/pack';

const TYPE_KEYS: Record<EntityType, [key: string, english: string]> = {
  place: ['reading_type_place', 'Place'],
  organization: ['reading_type_organization', 'Organisation'],
  person: ['reading_type_person', 'Person'],
};

/** A message, or `english` when the key is missing (outside the extension, or not yet translated). */
export function label(key: string, english: string, subs?: Array<string | number>): string {
  const message = t(key, subs);
  if (message !== key) return message;
  return subs ? english.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? '')) : english;
}

export function typeLabel(type: EntityType): string {
  const [key, english] = TYPE_KEYS[type];
  return label(key, english);
}

export function kindLabel(type: EntityType, kind?: string): string {
  if (!kind) return typeLabel(type);
  const words = kind.replace(/_/g, ' ');
  return label(
    `reading_kind_${kind.replace(/[^a-z_]/gi, '')}`,
    words.charAt(0).toUpperCase() + words.slice(1),
  );
}

/** Short names of the data sources (pack source keys), for the tooltip's one-line source. */
const SOURCE_NAMES: Record<string, string> = {
  geonames: 'GeoNames',
  wof: 'WOF',
  opensyria: 'OpenSyria',
  ocha: 'OCHA',
  partyfacts: 'Party Facts',
  quattroshapes: 'Quattroshapes',
  dalil: 'Dalil',
};

export function sourceLine(keys: string[]): string {
  return [...new Set(keys.map((key) => SOURCE_NAMES[key] ?? key))].join(' · ');
}

/** Countries whose first-level divisions English calls governorates. */
const GOVERNORATES = new Set(['SY', 'IQ', 'EG', 'JO', 'YE', 'LB', 'BH', 'KW', 'OM', 'PS']);

/**
 * The map's accessible name: "Kafr Nabl, in Idlib governorate, Syria" — the place, its
 * first-level division (the path's level above the country) and its country.
 */
export function placeSentence(
  name: string,
  path: Array<[string, string]> | undefined,
  country: string | undefined,
  arabicInterface: boolean,
): string {
  const pick = (level: [string, string]) => (arabicInterface ? level[0] : level[1]);
  const countryText = path?.length ? pick(path[path.length - 1]) : undefined;
  if (!countryText || countryText === name) return name;
  const region = path && path.length >= 2 ? pick(path[path.length - 2]) : undefined;
  if (!region || region === name) return label('reading_place_in_country', '$1, $2', [name, countryText]);
  return GOVERNORATES.has(country ?? '')
    ? label('reading_place_in_governorate', '$1, in $2 governorate, $3', [name, region, countryText])
    : label('reading_place_in_region', '$1, in $2, $3', [name, region, countryText]);
}
