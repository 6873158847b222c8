import { describe, expect, it } from 'vitest';
import { CAPITAL_FLOOR, countryBonus, popScore, rankOf } from './rank.js';

describe('rankOf', () => {
  it('puts countries and governorates above cities, cities above villages', () => {
    const country = rankOf({ kind: 'country', country: 'SY' });
    const gov = rankOf({ kind: 'governorate', country: 'SY', pop: 1_600_000 });
    const city = rankOf({ kind: 'city', country: 'SY', pop: 128_000 });
    const village = rankOf({ kind: 'village', country: 'SY' });
    expect(country).toBeGreaterThan(gov);
    expect(gov).toBeGreaterThan(city);
    expect(city).toBeGreaterThan(village);
  });

  it('ranks a Syrian village above the same kind of place in Egypt, Iran or Turkey', () => {
    const sy = rankOf({ kind: 'village', country: 'SY' });
    expect(sy).toBeGreaterThan(rankOf({ kind: 'village', country: 'EG' }));
    expect(rankOf({ kind: 'village', country: 'EG' })).toBeGreaterThan(
      rankOf({ kind: 'village', country: 'IR' }),
    );
    expect(rankOf({ kind: 'village', country: 'TR' })).toBe(rankOf({ kind: 'village', country: 'IR' }));
  });

  it('grows with population and a Wikidata id, within 0..100', () => {
    expect(rankOf({ kind: 'town', country: 'IQ', pop: 50_000 })).toBeGreaterThan(
      rankOf({ kind: 'town', country: 'IQ', pop: 12_000 }),
    );
    expect(rankOf({ kind: 'village', country: 'LB', wikidata: 'Q1' })).toBe(
      rankOf({ kind: 'village', country: 'LB' }) + 2,
    );
    expect(rankOf({ kind: 'country', country: 'SY', pop: 1e12 })).toBeLessThanOrEqual(100);
    expect(rankOf({ kind: 'neighbourhood', country: 'IR' })).toBeGreaterThanOrEqual(0);
  });

  it('documents its parts', () => {
    expect(popScore(1_000_000)).toBeCloseTo(18);
    expect(popScore(undefined)).toBe(0);
    expect(countryBonus('PS')).toBe(15);
    expect(countryBonus('MA')).toBe(10);
    expect(countryBonus('FR')).toBe(0);
  });
  it('lifts capitals outside the Arab states to the floor, and only them', () => {
    expect(rankOf({ kind: 'city', country: 'RU', pop: 12e6, capital: true })).toBe(CAPITAL_FLOOR);
    expect(rankOf({ kind: 'city', country: 'RU', pop: 12e6 })).toBeLessThan(CAPITAL_FLOOR);
    expect(rankOf({ kind: 'city', country: 'OM', pop: 1e6, capital: true })).toBe(
      rankOf({ kind: 'city', country: 'OM', pop: 1e6 }),
    );
  });
});
