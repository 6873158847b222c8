/**
 * The shipped tagger's configuration, chosen by the figures of tools/train/eval-ner.ts
 * (NewsFANE 5-fold CV, F1 place / organisation / person, 2026-12-02): 0.816 / 0.528 /
 * 0.622 with 10 epochs (1: 0.761 / 0.428 / 0.468; 5: 0.808 / 0.519 / 0.599; flat after 8).
 * On folds 0 and 2, ±2 neighbours lost 1–3 points on places and organisations against
 * ±1; without the gazetteer places lose 4 points and organisations 2–5; without word
 * pairs organisations lose 1.5–2; the document features added 2.5–6 on people.
 */
import type { FeatureConfig } from '../../src/engine/tagger/features';

export const DEFAULT_CONFIG: FeatureConfig = {
  bits: 20,
  window: 1,
  gazetteer: true,
  bigrams: true,
  docContext: true,
};
export const DEFAULT_EPOCHS = 10;
