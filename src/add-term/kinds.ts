/**
 * The kinds a reader files a term under in the add-term form. The engine paints three
 * types (place, organisation, person); an armed group is an organisation of kind
 * `armed_group`, and an event or operation or any other term (a «منطقة خفض التصعيد», a
 * «قوات النظام») is kept under the place type with its own kind, so the tooltip names it.
 */
import type { EntityType } from '../common/pack';
import { transliterate } from '../engine/transliterate';

export interface KindChoice {
  id: string;
  type: EntityType;
  /** Stored as the term's kind; empty for the plain type. */
  kind: string;
  english: string;
}

export const KIND_CHOICES: KindChoice[] = [
  { id: 'place', type: 'place', kind: '', english: 'Place' },
  { id: 'organization', type: 'organization', kind: '', english: 'Organisation' },
  { id: 'armed_group', type: 'organization', kind: 'armed_group', english: 'Armed group' },
  { id: 'person', type: 'person', kind: '', english: 'Person' },
  { id: 'event', type: 'place', kind: 'event', english: 'Event or operation' },
  { id: 'term', type: 'place', kind: 'term', english: 'Other term' },
];

/** The choice that describes a stored type and kind (a glossary entry's, or a saved term's). */
export function choiceOf(type: EntityType, kind: string | undefined): KindChoice {
  const exact = KIND_CHOICES.find((choice) => choice.kind && choice.kind === kind);
  return exact ?? (KIND_CHOICES.find((choice) => choice.type === type && !choice.kind) as KindChoice);
}

export type SuggestionSource = 'glossary' | 'transliteration';

/** The English to offer for a name: the glossary's when it knows the name, else a transliteration. */
export function englishSuggestion(
  ar: string,
  match: { en: string } | undefined,
): { en: string; source: SuggestionSource } | undefined {
  if (match?.en) return { en: match.en, source: 'glossary' };
  const en = transliterate(ar.trim());
  return en ? { en, source: 'transliteration' } : undefined;
}
