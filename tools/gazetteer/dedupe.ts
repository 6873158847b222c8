/**
 * De-duplication: clusters records that describe the same place.
 *
 * Two records join the same cluster when (in this order):
 *  1. one links to the other (superseded → successor, WOF county → OpenSyria district);
 *  2. they share a GeoNames id or a Wikidata id and their classes are compatible;
 *  3. they share a normalised Arabic name (article and spaces ignored), their classes
 *     are compatible and they lie within RADIUS_KM of each other — unless both
 *     clusters already carry GeoNames (or Wikidata) ids and none is shared: then they
 *     are two distinct features that happen to have the same name.
 * Compatible: same class, or settlement with neighbourhood.
 * Steps 2 and 3 merge the closest pairs first and never let a cluster grow wider than
 * ID_SPAN_KM (step 2: a concordance pointing to a place 1,500 km away is wrong) or
 * 2 × RADIUS_KM (step 3: no chains of same-named villages along a valley).
 */
import type { PlaceClass } from './types.js';

export interface DedupeInput {
  key: string;
  cls: PlaceClass;
  nameKeys: readonly string[];
  lat?: number;
  lon?: number;
  geonames?: number;
  wikidata?: string;
  links?: readonly string[];
}

export const RADIUS_KM: Record<PlaceClass, number> = {
  country: 0,
  admin1: 20,
  admin2: 20,
  admin3: 10,
  settlement: 5,
  neighbourhood: 3,
  airport: 5,
  feature: 20,
};

/** Widest cluster that a shared id may build (WOF centroid vs GeoNames point). */
export const ID_SPAN_KM: Record<PlaceClass, number> = {
  country: Number.POSITIVE_INFINITY,
  admin1: 50,
  admin2: 40,
  admin3: 30,
  settlement: 25,
  neighbourhood: 10,
  airport: 10,
  feature: 100,
};

export function compatible(a: PlaceClass, b: PlaceClass): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  return pair.has('settlement') && pair.has('neighbourhood');
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

class UnionFind {
  private parent: number[];
  readonly gn: Array<Set<number>>;
  readonly wd: Array<Set<string>>;
  readonly pts: Array<Array<[number, number]>>;
  constructor(records: readonly DedupeInput[]) {
    this.parent = records.map((_, i) => i);
    this.pts = records.map((r) => (r.lat !== undefined && r.lon !== undefined ? [[r.lat, r.lon]] : []));
    this.gn = records.map((r) => new Set(r.geonames ? [r.geonames] : []));
    this.wd = records.map((r) => new Set(r.wikidata ? [r.wikidata] : []));
  }
  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x] as number;
      this.parent[x] = this.parent[p] as number;
      x = p;
    }
    return x;
  }
  /** Would merging bring together two different sets of ids? */
  conflicts(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    const clash = <T>(x: Set<T>, y: Set<T>): boolean =>
      x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
    return (
      clash(this.gn[ra] as Set<number>, this.gn[rb] as Set<number>) ||
      clash(this.wd[ra] as Set<string>, this.wd[rb] as Set<string>)
    );
  }
  /** Would the merged cluster be wider than `km`? */
  tooWide(a: number, b: number, km: number): boolean {
    const pa = this.pts[this.find(a)] as Array<[number, number]>;
    const pb = this.pts[this.find(b)] as Array<[number, number]>;
    return pa.some(([la, lo]) => pb.some(([lb, ob]) => distanceKm(la, lo, lb, ob) > km));
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    for (const v of this.gn[drop] as Set<number>) (this.gn[keep] as Set<number>).add(v);
    for (const v of this.wd[drop] as Set<string>) (this.wd[keep] as Set<string>).add(v);
    (this.pts[keep] as Array<[number, number]>).push(...(this.pts[drop] as Array<[number, number]>));
  }
}

function groupBy<K>(
  records: readonly DedupeInput[],
  keyOf: (r: DedupeInput) => K | undefined,
): Map<K, number[]> {
  const m = new Map<K, number[]>();
  records.forEach((r, i) => {
    const k = keyOf(r);
    if (k === undefined) return;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  });
  return m;
}

/** Cluster records; returns clusters as lists of record indices, in input order. */
export function dedupe(records: readonly DedupeInput[]): number[][] {
  const uf = new UnionFind(records);
  const byKey = new Map(records.map((r, i) => [r.key, i]));

  // 1. explicit links
  records.forEach((r, i) => {
    for (const l of r.links ?? []) {
      const j = byKey.get(l);
      if (j !== undefined) uf.union(i, j);
    }
  });

  const dist = (i: number, j: number): number => {
    const a = records[i] as DedupeInput;
    const b = records[j] as DedupeInput;
    if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return 0;
    return distanceKm(a.lat, a.lon, b.lat, b.lon);
  };
  const byDistance = (p: [number, number, number], q: [number, number, number]): number =>
    p[2] - q[2] || p[0] - q[0] || p[1] - q[1];

  // 2. shared ids, closest pairs first
  const idGroups = [
    ...groupBy(records, (r) => r.geonames).values(),
    ...groupBy(records, (r) => r.wikidata).values(),
  ];
  const idPairs: Array<[number, number, number]> = [];
  for (const g of idGroups) {
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) {
        const i = g[a] as number;
        const j = g[b] as number;
        if (compatible((records[i] as DedupeInput).cls, (records[j] as DedupeInput).cls))
          idPairs.push([i, j, dist(i, j)]);
      }
    }
  }
  idPairs.sort(byDistance);
  for (const [i, j] of idPairs) {
    const span = Math.max(
      ID_SPAN_KM[(records[i] as DedupeInput).cls],
      ID_SPAN_KM[(records[j] as DedupeInput).cls],
    );
    if (uf.find(i) !== uf.find(j) && !uf.tooWide(i, j, span)) uf.union(i, j);
  }

  // 3. same name, near each other: collect pairs, merge the closest first.
  const byName = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.lat === undefined || r.lon === undefined || r.cls === 'country') return;
    for (const k of new Set(r.nameKeys)) {
      const list = byName.get(k);
      if (list) list.push(i);
      else byName.set(k, [i]);
    }
  });
  const pairs: Array<[number, number, number]> = [];
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort(
      (a, b) => (records[a]?.lat as number) - (records[b]?.lat as number) || a - b,
    );
    for (let x = 0; x < sorted.length; x++) {
      const i = sorted[x] as number;
      const ri = records[i] as DedupeInput;
      for (let y = x + 1; y < sorted.length; y++) {
        const j = sorted[y] as number;
        const rj = records[j] as DedupeInput;
        if ((rj.lat as number) - (ri.lat as number) > 0.2) break; // ~22 km
        if (!compatible(ri.cls, rj.cls)) continue;
        const max = Math.max(RADIUS_KM[ri.cls], RADIUS_KM[rj.cls]);
        const d = distanceKm(ri.lat as number, ri.lon as number, rj.lat as number, rj.lon as number);
        if (d <= max) pairs.push(i < j ? [i, j, d] : [j, i, d]);
      }
    }
  }
  pairs.sort(byDistance);
  for (const [i, j] of pairs) {
    if (uf.find(i) === uf.find(j) || uf.conflicts(i, j)) continue;
    const span =
      2 * Math.max(RADIUS_KM[(records[i] as DedupeInput).cls], RADIUS_KM[(records[j] as DedupeInput).cls]);
    if (uf.tooWide(i, j, span)) continue;
    uf.union(i, j);
  }

  const clusters = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = uf.find(i);
    const c = clusters.get(root);
    if (c) c.push(i);
    else clusters.set(root, [i]);
  });
  return [...clusters.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}
