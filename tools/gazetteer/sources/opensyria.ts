/**
 * OpenSyria Data Geography: Syria's 14 governorates, 62 districts and 272
 * subdistricts with authoritative Arabic and English names and OCHA P-codes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripAdminHead } from '../aliases.js';
import { nameKey } from '../arabic.js';
import { asciiFold } from '../englishName.js';
import type { PlaceClass, PlaceRecord } from '../types.js';

interface OsyAlias {
  value: string;
  language: string;
}
interface OsyUnit {
  id: string;
  governorateId?: string;
  districtId?: string;
  name: { en: string; ar: string };
  aliases?: OsyAlias[];
  centroid?: { latitude: number; longitude: number };
  population?: { value?: number };
  externalIds?: { wikidata?: string; geonames?: string; ochaPcode?: string };
}

export interface OpenSyria {
  records: PlaceRecord[];
  /** District record key for a WOF county, by its English or Arabic name (same governorate first). */
  matchDistrict(
    countyEn: string | undefined,
    countyAr: string | undefined,
    governorateKey?: string,
  ): string | undefined;
  /** Governorate key of a district key. */
  governorateOf(districtKey: string): string | undefined;
  /** District centroids, for a nearest-district fallback. */
  districts: Array<{ key: string; governorate: string; lat: number; lon: number }>;
}

const LEVELS: Array<{ file: string; kind: string; cls: PlaceClass }> = [
  { file: 'governorates.json', kind: 'governorate', cls: 'admin1' },
  { file: 'districts.json', kind: 'district', cls: 'admin2' },
  { file: 'subdistricts.json', kind: 'subdistrict', cls: 'admin3' },
];

export const osyKey = (id: string): string => `osy:${id}`;

/** Letters-only lowercase form of an English admin name ("Al Ma'ra" → "almara"). */
export function enKey(s: string): string {
  return asciiFold(s)
    .toLowerCase()
    .replace(/\b(district|governorate|subdistrict|nahiya)\b/g, '')
    .replace(/[^a-z]/g, '');
}

function toRecord(u: OsyUnit, kind: string, cls: PlaceClass): PlaceRecord {
  // "مركزها السقيلبية" ("its seat is …") is a note, not a name.
  const ar = (u.aliases ?? [])
    .filter((a) => a.language === 'ar' && !/^مركزها /.test(a.value))
    .map((a) => a.value);
  const ext = u.externalIds ?? {};
  const gn = ext.geonames ? Number.parseInt(ext.geonames, 10) : undefined;
  const rec: PlaceRecord = {
    key: osyKey(u.id),
    cls,
    kind,
    names: [u.name.ar, ...ar.map((n) => stripAdminHead(n, 'SY'))],
    en: { authoritative: u.name.en },
    country: 'SY',
    lat: u.centroid?.latitude,
    lon: u.centroid?.longitude,
    pop: u.population?.value && u.population.value > 0 ? u.population.value : undefined,
    geonames: gn && Number.isFinite(gn) ? gn : undefined,
    wikidata: ext.wikidata || undefined,
    src: ext.ochaPcode ? ['ocha', 'opensyria'] : ['opensyria'],
    priority: 100,
  };
  if (u.governorateId) rec.region = { key: osyKey(u.governorateId) };
  if (u.districtId) rec.county = { key: osyKey(u.districtId) };
  return rec;
}

export function loadOpenSyria(dataDir: string): OpenSyria {
  const dir = path.join(dataDir, 'places', 'opensyria');
  const records: PlaceRecord[] = [];
  const units: Record<string, OsyUnit[]> = {};
  for (const { file, kind, cls } of LEVELS) {
    const list = (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as OsyUnit[]).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    units[kind] = list;
    for (const u of list) records.push(toRecord(u, kind, cls));
  }

  const districts = units.district ?? [];
  const byEn = new Map<string, OsyUnit[]>();
  const byAr = new Map<string, OsyUnit[]>();
  const push = (m: Map<string, OsyUnit[]>, k: string, u: OsyUnit): void => {
    if (!k) return;
    const l = m.get(k);
    if (!l) m.set(k, [u]);
    else if (!l.includes(u)) l.push(u);
  };
  for (const d of districts) {
    push(byEn, enKey(d.name.en), d);
    push(byAr, nameKey(d.name.ar), d);
    for (const a of d.aliases ?? []) {
      if (a.language === 'en') push(byEn, enKey(a.value), d);
      else push(byAr, nameKey(stripAdminHead(a.value, 'SY')), d);
    }
  }
  const pick = (list: OsyUnit[] | undefined, gov?: string): OsyUnit | undefined => {
    if (!list || list.length === 0) return undefined;
    const same = gov ? list.filter((d) => osyKey(d.governorateId ?? '') === gov) : list;
    if (same.length === 1) return same[0];
    return list.length === 1 ? list[0] : undefined;
  };
  const govOf = new Map(districts.map((d) => [osyKey(d.id), osyKey(d.governorateId ?? '')]));

  return {
    records,
    districts: districts
      .filter((d) => d.centroid)
      .map((d) => ({
        key: osyKey(d.id),
        governorate: osyKey(d.governorateId ?? ''),
        lat: d.centroid?.latitude as number,
        lon: d.centroid?.longitude as number,
      })),
    governorateOf: (k) => govOf.get(k),
    matchDistrict(countyEn, countyAr, gov) {
      const hit =
        (countyEn ? pick(byEn.get(enKey(countyEn)), gov) : undefined) ??
        (countyAr ? pick(byAr.get(nameKey(stripAdminHead(countyAr, 'SY'))), gov) : undefined);
      return hit ? osyKey(hit.id) : undefined;
    },
  };
}
