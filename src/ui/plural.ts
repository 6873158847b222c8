/**
 * Counted nouns in the interface language: "14 places", "مكانان", "11 منظمةً". Arabic
 * has six plural forms; each has its own message (`count_<noun>_<category>`), chosen
 * with Intl.PluralRules, and `_other` stands in for any form a language does not need.
 */
import { t, uiLanguage } from '../common/i18n';
import { ENTITY_TYPES, type EntityType } from '../common/pack';

const ENGLISH: Record<EntityType, [one: string, other: string]> = {
  place: ['place', 'places'],
  organization: ['organisation', 'organisations'],
  person: ['person', 'people'],
};

export function countOf(type: EntityType, n: number): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(n);
  } catch {
    // An unknown language tag: the general form.
  }
  for (const key of [`count_${type}_${category}`, `count_${type}_other`]) {
    const message = t(key, [n]);
    if (message !== key) return message;
  }
  return `${n} ${ENGLISH[type][n === 1 ? 0 : 1]}`;
}

/** "14 places, 5 organisations, 2 people" (kinds with none left out), in the interface language. */
export function countsPhrase(counts: Record<EntityType, number>): string {
  const parts = ENTITY_TYPES.filter((type) => counts[type] > 0).map((type) => countOf(type, counts[type]));
  try {
    return new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}
