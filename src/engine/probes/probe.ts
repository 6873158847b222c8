/**
 * Probe sentences: one name per sentence, with the type and the English name a reader
 * should see for it. Each table here (people.ts, places.ts, orgs.ts) is our own writing,
 * never corpus text; score.ts scores them and run.ts prints the figures.
 */
import type { EntityType } from '../../common/pack';

export interface Probe {
  sentence: string;
  /** The name as written in the sentence, without its proclitics. */
  name: string;
  kind: EntityType;
  /** The English news uses; several when news writes the name more than one way. */
  en: string | readonly string[];
  /** Why the engine missed this row when it was written although the data has it. */
  engineGap?: string;
}
