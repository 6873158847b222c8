/**
 * Who's On First admin records (places/wof-<cc>.csv.gz) → PlaceRecords.
 *
 * - Deprecated, not-current and superseded records are dropped; their Arabic names
 *   (and GeoNames/Wikidata ids, if the successor has none) go to the record that
 *   superseded them (following superseded_by chains).
 * - Names with Persian/Kurdish letters, Latin letters or digits are dropped; a record
 *   with no usable Arabic name is dropped.
 * - Turkey and Iran: admin units and notable places are kept (capital codes PPLA*,
 *   population ≥ 5,000, a Wikidata id); plain villages only in Arabic-speaking
 *   areas (Khuzestan; the Turkish provinces on the Syrian/Iraqi border), and Persian
 *   forms (…آباد, …شهر, کوه …) are dropped from villages' names.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { stripAdminHead } from '../aliases.js';
import {
  arabicSimilarity,
  cleanArabic,
  fixKeyboardVariants,
  isUsableArabicName,
  normalizeArabic,
} from '../arabic.js';
import { classOf, wofKind } from '../kinds.js';
import { ARAB_STATES } from '../rank.js';
import type { PlaceRecord } from '../types.js';
import { COUNTRY_ALIAS_DENY } from './countries.js';
import { type CsvRow, floatOrUndef, intOrUndef, multi, readCsvGz } from './csv.js';

/** WOF ids left out on purpose, with the reason. */
const DENY: Record<string, string> = {
  '85681385': 'UNDOF zone: its Arabic name is the name of the UN force, not a place',
};

const TR_ARAB_AREAS = new Set(['Hatay', 'Kilis', 'Gaziantep', 'Sanliurfa', 'Mardin', 'Sirnak', 'Hakkari']);
const IR_ARAB_AREAS = new Set(['Khuzestan']);
const NOTABLE_FCODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLG']);
/** Persian word forms in Arabic letters: -abad, -shahr, kuh, deh, rud, chah … */
const PERSIAN_FORM = /(آباد|أباد|اباد)$|(آباد|أباد|اباد) |شهر$|(^| )(ده|كوه|رود|تشاه|سرای|خانه)( |$)|كوه$/;

const SETTLEMENT_BAD_HEAD = /^(محافظة|ولاية|قضاء|مديرية|ناحية) /;

export interface WofStats {
  rows: number;
  dropped: Record<string, number>;
}

export const wofKey = (id: string): string => `wof:${id}`;

function arabicNames(row: CsvRow): string[] {
  let raw = [
    ...multi(row.name_ara_preferred),
    ...multi(row.name_ara_variant),
    ...multi(row.name_ara_colloquial),
  ];
  if (row.country && ARAB_STATES.has(row.country)) raw = raw.map(fixKeyboardVariants);
  return raw.filter(isUsableArabicName).map(cleanArabic);
}

/** Put "الX" first when the preferred name is the bare "X" and the data also has "الX". */
export function preferArticleForm(names: string[]): string[] {
  const [first, ...rest] = names;
  if (!first || first.startsWith('ال')) return names;
  const withAl = rest.find((n) => normalizeArabic(n) === normalizeArabic(`ال${first}`));
  return withAl ? [withAl, first, ...rest.filter((n) => n !== withAl)] : names;
}

function isNotable(row: CsvRow): boolean {
  return (
    NOTABLE_FCODES.has(row.gn_feature_code ?? '') ||
    (intOrUndef(row.population) ?? 0) >= 5000 ||
    !!row.wikidata_id
  );
}

export function loadWof(dataDir: string): { records: PlaceRecord[]; stats: WofStats } {
  const dir = path.join(dataDir, 'places');
  const files = readdirSync(dir)
    .filter((f) => /^wof-[a-z]{2}\.csv\.gz$/.test(f))
    .sort();
  const rows: CsvRow[] = [];
  for (const f of files) rows.push(...readCsvGz(path.join(dir, f)));
  const byId = new Map(rows.map((r) => [r.wof_id as string, r]));
  const stats: WofStats = { rows: rows.length, dropped: {} };
  const drop = (why: string): void => {
    stats.dropped[why] = (stats.dropped[why] ?? 0) + 1;
  };
  const retired = (r: CsvRow): boolean => r.deprecated === '1' || r.is_current === '0' || !!r.superseded_by;

  /** Final live successor of a retired record, if any. */
  const successor = (r: CsvRow): CsvRow | undefined => {
    let cur: CsvRow | undefined = r;
    for (let step = 0; step < 8 && cur && retired(cur); step++) {
      const next: CsvRow | undefined = multi(cur.superseded_by)
        .map((id) => byId.get(id))
        .find(Boolean);
      if (!next) return undefined;
      cur = next;
    }
    return cur && !retired(cur) ? cur : undefined;
  };

  const records = new Map<string, PlaceRecord>();
  const transfers: Array<[string, CsvRow]> = [];
  for (const row of rows) {
    const id = row.wof_id as string;
    const cc = row.country || undefined;
    if (DENY[id]) {
      drop('denylist');
      continue;
    }
    if (retired(row)) {
      const s = successor(row);
      if (s) transfers.push([s.wof_id as string, row]);
      drop(s ? 'retired (names moved to successor)' : 'retired');
      continue;
    }
    const pop = intOrUndef(row.population);
    const fcode = row.gn_feature_code || undefined;
    const kind = wofKind(row.placetype ?? '', cc, fcode, pop);
    if (!kind) {
      drop(`placetype ${row.placetype}`);
      continue;
    }
    const cls = classOf(kind);
    let names = arabicNames(row);
    if (kind === 'country') names = names.filter((n) => !COUNTRY_ALIAS_DENY.has(n));
    const trir = cc === 'TR' || cc === 'IR';
    if (trir && (cls === 'settlement' || cls === 'neighbourhood')) {
      const arabArea = (cc === 'TR' ? TR_ARAB_AREAS : IR_ARAB_AREAS).has(row.region_en ?? '');
      if (!arabArea && !isNotable(row)) {
        drop(`${cc} village outside Arabic-speaking areas`);
        continue;
      }
      if (kind === 'village' || kind === 'neighbourhood') names = names.filter((n) => !PERSIAN_FORM.test(n));
    }
    if (cls === 'admin1' || cls === 'admin2' || cls === 'admin3')
      names = names.map((n) => stripAdminHead(n, cc));
    // A town called "قضاء المحاويل" or "محافظة اللاذقية" carries its unit's label: keep the name.
    else names = names.map((n) => n.replace(SETTLEMENT_BAD_HEAD, ''));
    names = preferArticleForm(names);
    if (names.length === 0) {
      drop('no usable Arabic name');
      continue;
    }
    const gn = intOrUndef(row.geonames_id);
    const rec: PlaceRecord = {
      key: wofKey(id),
      cls,
      kind,
      names,
      en: {
        preferred: multi(row.name_eng_preferred),
        name: row.name || undefined,
        variants: multi(row.name_eng_variant),
      },
      country: cc,
      lat: floatOrUndef(row.lat),
      lon: floatOrUndef(row.lon),
      pop,
      geonames: gn,
      wikidata: row.wikidata_id || undefined,
      fcode,
      src: gn ? ['geonames', 'wof'] : ['quattroshapes', 'wof'],
      priority:
        (row.is_current === '1' ? 60 : 50) +
        (row.wikidata_id ? 3 : 0) +
        (pop ? 2 : 0) +
        (gn ? 1 : 0) +
        (cls === 'settlement' ? 5 : 0),
    };
    if (kind === 'country' && cc) rec.links = [`cc:${cc}`];
    const regionId = row.region_id && row.region_id !== id ? row.region_id : undefined;
    const countyId = row.county_id && row.county_id !== id ? row.county_id : undefined;
    // A hierarchy that points into another country (Golan localities under an Israeli
    // district) is dropped; paths/infer.ts then infers it from the neighbours.
    const foreign = (rid: string | undefined): boolean => {
      const c = rid ? byId.get(rid)?.country : undefined;
      return !!(c && cc && c !== cc);
    };
    if (regionId && !foreign(regionId) && cls !== 'admin1') {
      rec.region = {
        key: wofKey(regionId),
        ar: row.region_ar ? stripAdminHead(cleanArabic(row.region_ar), cc) : undefined,
        en: row.region_en || undefined,
      };
    }
    if (
      countyId &&
      !foreign(countyId) &&
      !foreign(regionId) &&
      (cls === 'settlement' || cls === 'neighbourhood' || cls === 'airport' || cls === 'admin3')
    ) {
      rec.county = {
        key: wofKey(countyId),
        ar: row.county_ar ? stripAdminHead(cleanArabic(row.county_ar), cc) : undefined,
        en: row.county_en || undefined,
      };
    }
    if ((cls === 'neighbourhood' || cls === 'airport') && row.parent_id && !row.parent_id.startsWith('-')) {
      const parent = byId.get(row.parent_id);
      if (parent?.placetype === 'locality') rec.parentLocality = wofKey(row.parent_id);
    }
    records.set(id, rec);
  }

  for (const [to, old] of transfers) {
    const rec = records.get(to);
    if (!rec) continue;
    // Only spellings of the same name move over: a reorganised region's successor is
    // another unit ("الشاوية ورديغة" is not "بني ملال خنيفرة").
    const names = arabicNames(old)
      .map((n) => (rec.cls.startsWith('admin') ? stripAdminHead(n, rec.country) : n))
      .filter((n) => rec.names.some((m) => arabicSimilarity(m, n) >= 0.75));
    rec.names.push(...names);
    if (rec.geonames === undefined && intOrUndef(old.geonames_id)) {
      rec.geonames = intOrUndef(old.geonames_id);
      rec.src = ['geonames', 'wof'];
    }
    rec.wikidata ??= old.wikidata_id || undefined;
  }
  return { records: [...records.values()], stats };
}
