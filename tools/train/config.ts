/** The shipped tagger's configuration, chosen by the figures of tools/train/eval-ner.ts. */
import type { FeatureConfig } from '../../src/engine/tagger/features';

export const DEFAULT_CONFIG: FeatureConfig = {
  bits: 20,
  window: 1,
  gazetteer: true,
  bigrams: true,
  docContext: true,
};
export const DEFAULT_EPOCHS = 10;
