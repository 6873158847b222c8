import { describe, expect, it } from 'vitest';
import { Scorer, type ScorerWeights } from '../../src/engine/decide/scorer';
import type { Example } from './logistic';
import { withF1Threshold } from './scorer';

describe('withF1Threshold', () => {
  const w: ScorerWeights = { version: 1, bias: 0, weights: { sure: 1, weak: -1 } };

  it('gives each type the cut of its own best F1', () => {
    const examples: Example[] = [
      // places: names score +1, the rest −1 (a cut anywhere between keeps the names only)
      { feats: ['sure'], label: true, type: 'place' },
      { feats: ['weak'], label: false, type: 'place' },
      // organisations: the names themselves score −1, so the best cut lies below them
      { feats: ['weak'], label: true, type: 'organization' },
      { feats: ['weak'], label: true, type: 'organization' },
    ];
    const cut = withF1Threshold(w, examples);
    const scorer = new Scorer(cut);
    expect(scorer.scoreSpan({ feats: ['weak'], type: 'place' })).toBeLessThanOrEqual(0);
    expect(scorer.scoreSpan({ feats: ['sure'], type: 'place' })).toBeGreaterThan(0);
    expect(scorer.scoreSpan({ feats: ['weak'], type: 'organization' })).toBeGreaterThan(0);
    expect(cut.bias).toBe(w.bias);
  });

  it('leaves out the examples scored without the tagger', () => {
    const cut = withF1Threshold(w, [
      { feats: ['weak', 'noTagger'], label: true, type: 'person' },
      { feats: ['sure'], label: true, type: 'person' },
      { feats: ['weak'], label: false, type: 'person' },
    ]);
    expect(new Scorer(cut).scoreSpan({ feats: ['weak'], type: 'person' })).toBeLessThanOrEqual(0);
  });
});
