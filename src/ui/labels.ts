/** Human labels for entity types and kinds, in the interface's language (English fallback). */

import { t } from '../common/i18n';
import type { EntityType } from '../common/pack';

const TYPE_KEYS: Record<EntityType, [key: string, english: string]> = {
  place: ['reading_type_place', 'Place'],
  organization: ['reading_type_organization', 'Organisation'],
  person: ['reading_type_person', 'Person'],
};

/** English names, kept for code that wants them regardless of the interface language. */
export const TYPE_LABEL: Record<EntityType, string> = {
  place: 'Place',
  organization: 'Organisation',
  person: 'Person',
};

/** A message, or `english` when the key is missing (outside the extension, or not yet translated). */
export function label(key: string, english: string, subs?: Array<string | number>): string {
  const message = t(key, subs);
  return message === key ? english : message;
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

/** "Idlib, Syria": the country name from the admin path's last level, in the interface language. */
export function countryName(
  path: Array<[string, string]> | undefined,
  arabicInterface: boolean,
): string | undefined {
  const last = path?.[path.length - 1];
  return last ? (arabicInterface ? last[0] : last[1]) : undefined;
}
