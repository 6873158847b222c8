/**
 * The probe tables against the bundled pack: a floor on the share right per type
 * (a few points under today's figures; `node scripts/run-ts.mjs scripts/probes.ts`
 * prints them and the failures), and the runner's own rules on a fake engine.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../cli/pack';
import { annotate } from '../annotate';
import { Lexicon } from '../lexicon';
import { ORG_PROBES } from './orgs';
import { PLACE_PROBES } from './places';
import { type Probe, type ProbeEntity, runProbes, sameEnglish } from './run';

describe('probe tables', () => {
  const lex = Lexicon.fromPack(loadPack());
  const run = (rows: readonly Probe[]) => runProbes(rows, (text) => annotate(text, lex).entities);

  it('hold at least 100 sentences, each naming its name once', () => {
    const rows = [...PLACE_PROBES, ...ORG_PROBES];
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const r of rows) expect(r.sentence.split(r.name).length - 1, r.sentence).toBe(1);
  });

  it('places: at least 82% with the right span and English', () => {
    const { right, total } = run(PLACE_PROBES).byKind.place ?? { right: 0, total: 1 };
    expect(right / total).toBeGreaterThanOrEqual(0.82);
  });

  it('organisations: at least 93% with the right span and English', () => {
    const { right, total } = run(ORG_PROBES).byKind.organization ?? { right: 0, total: 1 };
    expect(right / total).toBeGreaterThanOrEqual(0.93);
  });
});

describe('runProbes', () => {
  const probe: Probe = { sentence: 'وصل الوفد إلى حلب أمس.', name: 'حلب', kind: 'place', en: 'Aleppo' };
  const at = (start: number, end: number, type: string, name_en: string): ProbeEntity[] => [
    { start, end, type, name_en },
  ];

  it('counts a name right only with its exact span, type and English', () => {
    expect(runProbes([probe], () => at(14, 17, 'place', 'Aleppo')).byKind.place).toEqual({
      right: 1,
      total: 1,
    });
    for (const wrong of [
      at(13, 17, 'place', 'Aleppo'),
      at(14, 17, 'organization', 'Aleppo'),
      at(14, 17, 'place', 'Halab'),
      [],
    ]) {
      const r = runProbes([probe], () => wrong);
      expect(r.byKind.place).toEqual({ right: 0, total: 1 });
      expect(r.failures).toHaveLength(1);
    }
  });

  it('compares English without case, accents, hyphens or a leading "the"', () => {
    expect(sameEnglish('Al-Qaeda', 'al Qaeda')).toBe(true);
    expect(sameEnglish('The New York Times', 'New York Times')).toBe(true);
    expect(sameEnglish('Médecins Sans Frontières', 'Medecins Sans Frontieres')).toBe(true);
    expect(sameEnglish('Oman', 'Amman')).toBe(false);
  });

  it('rejects a row whose name is not in its sentence', () => {
    expect(() => runProbes([{ ...probe, name: 'دمشق' }], () => [])).toThrow(/not in/);
  });
});
