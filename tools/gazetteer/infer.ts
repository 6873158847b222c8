/**
 * Fill a missing region/county from the neighbours: a place with no hierarchy gets
 * the county (or only the region) that its nearest neighbours in the same country
 * all share — at least MIN_AGREE of the K nearest within RADIUS_KM, unanimous.
 * Nothing is assigned when the neighbours disagree (e.g. near a district border).
 */
import { distanceKm } from './dedupe.js';
import type { ParentRef, PlaceRecord } from './types.js';

const K = 5;
const MIN_AGREE = 3;
const RADIUS_KM = 10;
const CELL = 0.1;

const cellOf = (lat: number, lon: number): string => `${Math.floor(lat / CELL)},${Math.floor(lon / CELL)}`;

export function inferHierarchy(records: PlaceRecord[]): { county: number; region: number } {
  const targets = (r: PlaceRecord): boolean =>
    (r.cls === 'settlement' || r.cls === 'neighbourhood' || r.cls === 'airport') &&
    r.lat !== undefined &&
    r.lon !== undefined;
  const grid = new Map<string, PlaceRecord[]>();
  for (const r of records) {
    if (!targets(r) || !r.region?.key) continue;
    const c = cellOf(r.lat as number, r.lon as number);
    const l = grid.get(c);
    if (l) l.push(r);
    else grid.set(c, [r]);
  }
  let county = 0;
  let region = 0;
  const assign: Array<() => void> = [];
  for (const r of records) {
    if (!targets(r) || (r.region?.key && r.county?.key)) continue;
    const lat = r.lat as number;
    const lon = r.lon as number;
    const near: Array<{ n: PlaceRecord; d: number }> = [];
    const ci = Math.floor(lat / CELL);
    const cj = Math.floor(lon / CELL);
    for (let i = ci - 1; i <= ci + 1; i++) {
      for (let j = cj - 1; j <= cj + 1; j++) {
        for (const n of grid.get(`${i},${j}`) ?? []) {
          if (n === r || n.country !== r.country) continue;
          const d = distanceKm(lat, lon, n.lat as number, n.lon as number);
          if (d <= RADIUS_KM) near.push({ n, d });
        }
      }
    }
    near.sort((a, b) => a.d - b.d || (a.n.key < b.n.key ? -1 : 1));
    const top = near.slice(0, K).map((x) => x.n);
    if (top.length < MIN_AGREE) continue;
    const same = (f: (x: PlaceRecord) => ParentRef | undefined): boolean =>
      top.every((x) => f(x)?.key && f(x)?.key === f(top[0] as PlaceRecord)?.key);
    const first = top[0] as PlaceRecord;
    if (!r.county?.key && same((x) => x.county) && (!r.region?.key || r.region.key === first.region?.key)) {
      const { county: c, region: g } = first;
      assign.push(() => Object.assign(r, { county: c, region: g, inferred: true }));
      county++;
    } else if (!r.region?.key && same((x) => x.region)) {
      const g = first.region;
      assign.push(() => Object.assign(r, { region: g, inferred: true }));
      region++;
    }
  }
  // Applied at the end, so that an inferred value never feeds another inference.
  for (const f of assign) f();
  return { county, region };
}
