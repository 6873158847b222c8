/**
 * Probe sentences: one name per sentence, with the type and the English name a reader
 * should see for it. Each helper keeps its own table here (people.ts, …); run.ts scores
 * them all against the bundled pack. The sentences are our own writing, never corpus text.
 */
import type { EntityType } from '../../common/pack';

export interface Probe {
  sentence: string;
  /** The name as written in the sentence (without proclitics). */
  name: string;
  kind: EntityType;
  en: string;
  /** Why today's engine misses this row although the data has it (left out of the unit test). */
  engineGap?: string;
}
