/**
 * Syria: tie Who's On First records to OpenSyria's authoritative admin units, so
 * that Syrian places get paths with OpenSyria's Arabic and English spellings.
 *  - WOF regions ↔ OpenSyria governorates by GeoNames/Wikidata id (else name);
 *  - WOF counties ↔ OpenSyria districts by English name or alias (OpenSyria keeps
 *    the OCHA names WOF uses, e.g. "Al Ma'ra", "Jebel Saman"), else Arabic name;
 *  - every Syrian WOF record's region/county reference is rewritten to the
 *    OpenSyria keys, and WOF region/county records are linked (merged) into them.
 */
import { nameKey } from './arabic.js';
import type { OpenSyria } from './sources/opensyria.js';
import type { PlaceRecord } from './types.js';

export interface SyriaLinkReport {
  governorates: number;
  districts: number;
  unmatchedCounties: string[];
}

export function linkSyria(records: PlaceRecord[], osy: OpenSyria): SyriaLinkReport {
  const govs = osy.records.filter((r) => r.kind === 'governorate');
  const govFor = (r: PlaceRecord): string | undefined =>
    govs.find((g) => (r.geonames && g.geonames === r.geonames) || (r.wikidata && g.wikidata === r.wikidata))
      ?.key ?? govs.find((g) => g.names.some((n) => r.names.some((m) => nameKey(m) === nameKey(n))))?.key;

  const sy = records.filter((r) => r.country === 'SY' && r.key.startsWith('wof:'));
  const regionMap = new Map<string, string>();
  for (const r of sy) {
    if (r.cls !== 'admin1') continue;
    const g = govFor(r);
    if (g) {
      regionMap.set(r.key, g);
      r.links = [...(r.links ?? []), g];
    }
  }

  const countyMap = new Map<string, string | undefined>();
  const unmatched = new Set<string>();
  const districtFor = (countyKey: string, en?: string, ar?: string, gov?: string): string | undefined => {
    if (!countyMap.has(countyKey)) {
      const d = osy.matchDistrict(en, ar, gov);
      countyMap.set(countyKey, d);
      if (!d) unmatched.add(`${en ?? ''}/${ar ?? ''} (${countyKey})`);
    }
    return countyMap.get(countyKey);
  };

  for (const r of sy) {
    if (r.cls === 'admin2') {
      const gov = r.region?.key ? regionMap.get(r.region.key) : undefined;
      const d = districtFor(r.key, r.en.name, r.names[0], gov);
      if (d) r.links = [...(r.links ?? []), d];
      if (gov) r.region = { key: gov };
      continue;
    }
    const gov = r.region?.key ? regionMap.get(r.region.key) : undefined;
    if (r.county?.key) {
      const d = districtFor(r.county.key, r.county.en, r.county.ar, gov);
      if (d) {
        r.county = { key: d };
        r.region = { key: osy.governorateOf(d) ?? gov };
        continue;
      }
    }
    if (gov) r.region = { key: gov };
  }
  return {
    governorates: regionMap.size,
    districts: new Set([...countyMap.values()].filter(Boolean)).size,
    unmatchedCounties: [...unmatched].sort(),
  };
}
