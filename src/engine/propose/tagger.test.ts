import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../common/pack';
import { candidate } from '../decide/spans';
import { prepare } from '../read/doc';
import type { TaggedSpan } from '../tagger/tagger';
import { addTaggerAgreement, noneBand, scoreBand } from './tagger';

// Seven tokens; only token ranges matter to the agreement features.
const doc = prepare('طالبت اللجنة الدولية للصليب الأحمر بالسماح بالدخول');

const tagged = (t0: number, t1: number, type: EntityType = 'organization', score = 0.9): TaggedSpan => ({
  t0,
  t1,
  s: 0,
  e: 0,
  type,
  score,
});

function agreement(t0: number, t1: number, spans: TaggedSpan[], type: EntityType = 'organization'): string {
  const sp = candidate({ t0, t1, s: 0, e: 0, type, source: 'glossary', feats: [] });
  addTaggerAgreement(doc, [sp], spans);
  return sp.feats.join(' ');
}

describe('addTaggerAgreement', () => {
  it.each([
    ['nothing tagged there', 1, 5, [tagged(5, 6)], 'tgNone'],
    ['same span, banded score', 1, 5, [tagged(1, 5, 'organization', 0.97)], 'tgSame:tg:95'],
    ['the tagger found part of the name', 1, 5, [tagged(1, 3)], 'tgPart'],
    ['the candidate is part of a longer tagged name', 3, 5, [tagged(1, 5)], 'tgLonger'],
    ['the two cross', 2, 5, [tagged(1, 3)], 'tgCross'],
    ['another type over it', 1, 5, [tagged(3, 5, 'place')], 'tgOtherType'],
  ] as const)('%s', (_, t0, t1, spans, want) => {
    expect(agreement(t0, t1, [...spans])).toBe(want);
  });

  it('leaves the tagger’s own candidates alone', () => {
    const sp = candidate({ t0: 1, t1: 3, s: 0, e: 0, type: 'place', source: 'tagger', feats: [] });
    addTaggerAgreement(doc, [sp], [tagged(1, 3, 'place')]);
    expect(sp.feats).toEqual([]);
  });
});

describe('scoreBand', () => {
  it.each([
    [0.99, 'tg:95'],
    [0.95, 'tg:95'],
    [0.9, 'tg:80'],
    [0.5, 'tg:50'],
    [0.2, 'tg:low'],
  ])('%s → %s', (score, band) => expect(scoreBand(score)).toBe(band));
});

describe('noneBand', () => {
  it.each([
    [0, 'tgNone:near'],
    [9.9, 'tgNone:near'],
    [10, 'tgNone:mid'],
    [39, 'tgNone:mid'],
    [40, 'tgNone'],
    [150, 'tgNone'],
  ])('%s → %s', (deficit, band) => expect(noneBand(deficit)).toBe(band));

  it('bands the tagger’s doubt where it named nothing', () => {
    const sp = candidate({ t0: 4, t1: 5, s: 0, e: 0, type: 'place', source: 'glossary', feats: [] });
    addTaggerAgreement(doc, [sp], [], { beginDeficit: (t, type) => (t === 4 && type === 'place' ? 12 : 90) });
    expect(sp.feats).toEqual(['tgNone:mid']);
  });
});
