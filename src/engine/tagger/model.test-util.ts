/** Shared fixture for the tagger's unit tests. */
import { NUM_LABELS } from './labels';

/**
 * A well-formed tagger model whose weights are all zero: it tags nothing, so a test sees
 * only the model file's checks or the tagger's own rules. `keepInitial` lists the words
 * whose first letter is never cut as a proclitic.
 */
export const zeroModel = (keepInitial: string[] = []) => ({
  format: 'dalil-tagger',
  version: 2,
  licence: 'test',
  labels: ['O', 'B-place', 'I-place', 'B-organization', 'I-organization', 'B-person', 'I-person'],
  config: { bits: 8, window: 1, gazetteer: false, bigrams: false, docContext: false },
  rowCount: 0,
  table: '',
  transitions: new Array((NUM_LABELS + 1) * NUM_LABELS).fill(0),
  keepInitial,
  names: { given: [], family: [] },
});
