import { describe, expect, it } from 'vitest';
import { type Countries, HEIGHT, locatorGeometry, spanOf, type Town, WIDTH } from './locator-map';

/** Two square "countries" side by side, 10° each, around 36°N. */
const square = (id: string, west: number): Countries['features'][number] => ({
  type: 'Feature',
  id,
  properties: { name: id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 31],
        [west, 41],
        [west + 10, 41],
        [west + 10, 31],
        [west, 31],
      ],
    ],
  },
});
const countries: Countries = { type: 'FeatureCollection', features: [square('760', 35), square('792', 25)] };
const towns: Town[] = [
  [40, 40, 'بعيدة', 'Far away'], // outside a close-up
  [36.0, 36.65, 'قريبة جدا', 'Too close'], // on the point
  [36.15, 36.2, 'مدينة', 'Big town'],
  [35.7, 36.9, 'بلدة', 'Small town'],
];
const data = { countries, world: countries, towns };

describe('spanOf', () => {
  it.each([
    ['village', 1.8],
    ['town', 1.8],
    ['city', 4],
    ['district', 4],
    ['governorate', 9],
    ['country', 26],
    [undefined, 26],
  ])('a %s spans %d° of longitude', (kind, span) => {
    expect(spanOf(kind)).toBe(span);
  });
});

describe('locatorGeometry', () => {
  it('a village: a close-up with the towns in view, not the one on the point, and an inset', () => {
    const map = locatorGeometry(data, 36, 36.6, '760', 'village');
    expect(map.dot).toEqual([WIDTH / 2, HEIGHT / 2]);
    expect(map.towns?.map((town) => town.en)).toEqual(['Big town', 'Small town']);
    for (const town of map.towns ?? []) {
      expect(town.x).toBeGreaterThan(0);
      expect(town.x).toBeLessThan(WIDTH);
    }
    expect(map.inset?.country).toBeTruthy();
    const [x, y, w, h] = map.inset!.frame;
    // The close-up's frame is a small box inside the country's inset.
    expect(w).toBeLessThan(map.inset!.width / 2);
    expect(h).toBeGreaterThan(0);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(map.country).toBeTruthy();
  });

  it('the inset takes a corner clear of the point and of the towns it would hide', () => {
    const corners: Town[] = [
      [36.2, 37.4, 'شمال شرق', 'North-east'],
      [36.2, 35.8, 'شمال غرب', 'North-west'],
      [35.8, 37.4, 'جنوب شرق', 'South-east'],
    ];
    const map = locatorGeometry({ ...data, towns: corners }, 36, 36.6, '760', 'town');
    const box = map.inset!;
    const under = (x: number, y: number) =>
      x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
    expect(under(...map.dot)).toBe(false);
    expect(map.towns?.map((town) => town.en)).toEqual(['North-east', 'North-west', 'South-east']);
    for (const town of map.towns ?? []) expect(under(town.x, town.y)).toBe(false);
  });

  it('a country: the region, with no towns and no inset', () => {
    const map = locatorGeometry(data, 36, 40, '760', 'country');
    expect(map.towns).toBeUndefined();
    expect(map.inset).toBeUndefined();
    expect(map.land).not.toBe('');
  });

  it('an unknown country: outlines and a point, nothing shaded', () => {
    const map = locatorGeometry(data, 36, 36.6, undefined, 'town');
    expect(map.country).toBeUndefined();
    expect(map.inset).toBeUndefined();
  });
});
