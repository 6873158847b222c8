/** Human labels for entity types and kinds, in English (the interface's default language). */
import type { EntityType } from '../common/pack';

export const TYPE_LABEL: Record<EntityType, string> = {
  place: 'Place',
  organization: 'Organisation',
  person: 'Person',
};

export function kindLabel(type: EntityType, kind?: string): string {
  if (!kind) return TYPE_LABEL[type];
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
