import { describe, expect, it } from 'vitest';
import { type DedupeInput, dedupe, distanceKm } from './dedupe.js';

const rec = (key: string, over: Partial<DedupeInput>): DedupeInput => ({
  key,
  cls: 'settlement',
  nameKeys: [],
  ...over,
});

describe('dedupe', () => {
  it('merges records sharing a GeoNames or Wikidata id', () => {
    const c = dedupe([
      rec('wof:1', { geonames: 168661, lat: 35.61, lon: 36.56 }),
      rec('gn:168661', { geonames: 168661, lat: 35.62, lon: 36.57 }),
      rec('wof:2', { wikidata: 'Q1', lat: 35.6, lon: 36.5 }),
      rec('wof:3', { wikidata: 'Q1', lat: 35.61, lon: 36.5 }),
    ]);
    expect(c).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('refuses an id concordance that points to a place far away', () => {
    const c = dedupe([
      rec('wof:city', { wikidata: 'Q283368', lat: 35.95, lon: 39.0 }),
      rec('wof:ye-village', { wikidata: 'Q283368', lat: 16.08, lon: 43.43 }),
    ]);
    expect(c).toEqual([[0], [1]]);
  });

  it('merges the same normalised name within 5 km, not farther', () => {
    const c = dedupe([
      rec('a', { nameKeys: ['فطيره'], lat: 35.61, lon: 36.4856 }),
      rec('b', { nameKeys: ['فطيره'], lat: 35.63, lon: 36.49 }), // ~2 km
      rec('c', { nameKeys: ['فطيره'], lat: 35.8, lon: 36.49 }), // ~21 km
    ]);
    expect(c).toEqual([[0, 1], [2]]);
  });

  it('does not merge incompatible classes', () => {
    const c = dedupe([
      rec('city', { nameKeys: ['ادلب'], lat: 35.93, lon: 36.63 }),
      rec('gov', { cls: 'admin1', nameKeys: ['ادلب'], lat: 35.93, lon: 36.63 }),
    ]);
    expect(c).toEqual([[0], [1]]);
  });

  it('merges a settlement with a same-named neighbourhood', () => {
    const c = dedupe([
      rec('loc', { nameKeys: ['الدوحه'], lat: 29.3, lon: 47.9 }),
      rec('nbhd', { cls: 'neighbourhood', nameKeys: ['الدوحه'], lat: 29.31, lon: 47.9 }),
    ]);
    expect(c).toEqual([[0, 1]]);
  });

  it('keeps apart same-named places that carry different GeoNames ids', () => {
    const c = dedupe([
      rec('a', { nameKeys: ['امجلال'], geonames: 1, lat: 35.6, lon: 36.6 }),
      rec('b', { nameKeys: ['امجلال'], geonames: 2, lat: 35.61, lon: 36.6 }),
    ]);
    expect(c).toEqual([[0], [1]]);
  });

  it('does not chain same-named villages along a line', () => {
    const c = dedupe([
      rec('a', { nameKeys: ['الطيبه'], lat: 32.0, lon: 35.0 }),
      rec('b', { nameKeys: ['الطيبه'], lat: 32.04, lon: 35.0 }),
      rec('c', { nameKeys: ['الطيبه'], lat: 32.08, lon: 35.0 }),
      rec('d', { nameKeys: ['الطيبه'], lat: 32.12, lon: 35.0 }),
    ]);
    expect(c.every((cl) => cl.length <= 3)).toBe(true);
    expect(c.length).toBeGreaterThan(1);
  });

  it('follows explicit links', () => {
    const c = dedupe([rec('wof:9', { links: ['osy:x'] }), rec('osy:x', { cls: 'settlement' })]);
    expect(c).toEqual([[0, 1]]);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distance', () => {
    expect(distanceKm(33.5138, 36.2765, 36.2021, 37.1343)).toBeCloseTo(310, -1); // Damascus–Aleppo
  });
});
