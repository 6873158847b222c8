/**
 * The tagger's model file (pack/dalil-tagger.json.gz, written by `npm run train`):
 * the feature configuration, the non-zero rows of the hashed weight table, quantised
 * to integers (weight = q × scale), the transition scores, and the words that begin a
 * name with a letter that is also a conjunction (وزارة، فلسطين), so that it is not
 * stripped from the span.
 */
import type { FeatureConfig, NameWords } from './features';
import { LABEL_NAMES, NUM_LABELS } from './labels';

export const MODEL_FORMAT = 'dalil-tagger';
export const MODEL_VERSION = 1;

export interface TaggerModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Licence and attribution of the data the weights derive from. */
  licence: string;
  labels: string[];
  config: FeatureConfig;
  scale: number;
  /** Row ids of the non-zero rows, ascending, each as the difference from the one before. */
  rows: number[];
  /** rows.length × labels.length quantised weights. */
  weights: number[];
  /** (labels + 1) × labels: the start row, then one row per previous label. */
  transitions: number[];
  /** Name-initial words whose first letter و/ف belongs to the name. */
  keepInitial: string[];
  /** Words of people's names (from ../shared/data/people), for the name-word features. */
  names: NameWords;
}

export class ModelError extends Error {}

/** Checks the parts the tagger relies on; throws a ModelError saying what is wrong. */
export function checkModel(value: unknown): TaggerModel {
  const m = value as Partial<TaggerModel> | null;
  if (!m || m.format !== MODEL_FORMAT) throw new ModelError('not a Dalil tagger model');
  if (m.version !== MODEL_VERSION)
    throw new ModelError(`tagger model version ${m.version} is not ${MODEL_VERSION}`);
  if (!Array.isArray(m.labels) || m.labels.join() !== LABEL_NAMES.join())
    throw new ModelError('tagger model labels differ from this engine');
  const c = m.config;
  if (!c || !(c.bits >= 8 && c.bits <= 24) || !(c.window >= 0 && c.window <= 3))
    throw new ModelError('tagger model configuration is invalid');
  if (!Array.isArray(m.rows) || !Array.isArray(m.weights) || m.weights.length !== m.rows.length * NUM_LABELS)
    throw new ModelError('tagger model weights do not match its rows');
  if (!Array.isArray(m.transitions) || m.transitions.length !== (NUM_LABELS + 1) * NUM_LABELS)
    throw new ModelError('tagger model transitions are incomplete');
  if (typeof m.scale !== 'number' || !Array.isArray(m.keepInitial))
    throw new ModelError('tagger model is incomplete');
  return m as TaggerModel;
}
