/**
 * Build the bundled glossary pack: pack/dalil-pack.json.gz.
 *
 *   node scripts/run-ts.mjs tools/gazetteer/build.ts      (npm run gazetteer:build)
 *
 * Source data: ../shared/data relative to the repo root, or $DALIL_SHARED (the
 * shared folder or its data/ folder). Output: $DALIL_PACK_OUT or pack/dalil-pack.json.gz.
 * Organisations: tools/gazetteer/data/organizations.json, merged if present.
 * People: tools/gazetteer/data/people/*.json and the MPs of data/people (see people-build.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackEntry } from '../../src/common/pack.js';
import { nameKey, normalizeArabic } from './arabic.js';
import { ATTRIBUTIONS } from './attributions.js';
import { dedupe } from './dedupe.js';
import { applyExonyms, readExonyms } from './exonyms.js';
import { inferHierarchy } from './infer.js';
import { type Merged, mergeCluster } from './merge.js';
import { loadOrganizations } from './organizations.js';
import { assignPaths } from './paths.js';
import { buildPeople } from './people-build.js';
import { rankOf } from './rank.js';
import { countryLevel, countryRecords } from './sources/countries.js';
import { curatedRecords } from './sources/curated.js';
import { loadOpenSyria } from './sources/opensyria.js';
import { loadWof } from './sources/wof.js';
import { loadWorldCities } from './sources/worldCities.js';
import { linkSyria } from './syria.js';
import type { PlaceRecord } from './types.js';
import { serializePack, writePack } from './write.js';

const PACK_BASE_VERSION = process.env.DALIL_PACK_VERSION ?? '1.0.0';
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export function resolveDataDir(): string {
  const env = process.env.DALIL_SHARED;
  if (!env) return path.resolve(repoRoot, '../shared/data');
  const abs = path.resolve(env);
  return existsSync(path.join(abs, 'places')) ? abs : path.join(abs, 'data');
}

export function buildPlaces(dataDir: string, log: (s: string) => void): PackEntry[] {
  const osy = loadOpenSyria(dataDir);
  const wof = loadWof(dataDir);
  const cities = loadWorldCities(dataDir);
  const records: PlaceRecord[] = [
    ...countryRecords(),
    ...osy.records,
    ...curatedRecords(),
    ...wof.records,
    ...cities,
  ];
  log(
    `sources: WOF ${wof.stats.rows} rows → ${wof.records.length} records; OpenSyria ${osy.records.length}; world cities ${cities.length}; countries ${countryRecords().length}; curated ${curatedRecords().length}`,
  );
  for (const [why, n] of Object.entries(wof.stats.dropped).sort()) log(`  WOF dropped: ${n} ${why}`);

  const sy = linkSyria(records, osy);
  log(
    `Syria: ${sy.governorates} WOF regions → governorates, ${sy.districts} WOF counties → OpenSyria districts`,
  );
  if (sy.unmatchedCounties.length) log(`  unmatched SY counties: ${sy.unmatchedCounties.join('; ')}`);
  const inferred = inferHierarchy(records);
  log(`hierarchy inferred from neighbours: ${inferred.county} county+region, ${inferred.region} region only`);

  const clusters = dedupe(
    records.map((r) => ({
      key: r.key,
      cls: r.cls,
      nameKeys: r.names.map(nameKey),
      lat: r.lat,
      lon: r.lon,
      geonames: r.geonames,
      wikidata: r.wikidata,
      links: r.links,
    })),
  );
  // Names borne by 3+ distinct settlements are generic words (see aliases.ts bareForm).
  const nameCount = new Map<string, number>();
  for (const c of clusters) {
    const seen = new Set<string>();
    for (const i of c) {
      const r = records[i] as PlaceRecord;
      if (r.cls !== 'settlement' && r.cls !== 'neighbourhood') continue;
      for (const n of r.names) seen.add(normalizeArabic(n));
    }
    for (const n of seen) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  }
  const isGeneric = (n: string): boolean => (nameCount.get(n) ?? 0) >= 3;
  const merged: Merged[] = [];
  for (const c of clusters) {
    const m = mergeCluster(
      c.map((i) => records[i] as PlaceRecord),
      isGeneric,
    );
    if (m) merged.push(m);
  }
  log(`dedupe: ${records.length} records → ${merged.length} places`);
  const renamed = applyExonyms(merged, readExonyms(path.join(here, 'data', 'exonyms.json')));
  log(
    `English names: ${renamed.table} from the exonym table, ${renamed.seats} admin units named after their seat`,
  );
  assignPaths(merged, countryLevel);
  const capitals = new Set(
    merged.filter((m) => m.members.some((r) => r.fcode === 'PPLC')).map((m) => m.entry.id),
  );
  for (const m of merged) m.entry.rank = rankOf({ ...m.entry, capital: capitals.has(m.entry.id) });
  const cleared = uniqueIds(
    merged.map((m) => m.entry),
    capitals,
  );
  log(`ids shared by entries that did not merge (bad concordances), kept on the top entry only: ${cleared}`);
  return merged.map((m) => m.entry);
}

/**
 * A Wikidata or GeoNames id names one place. When several entries carry the same id
 * (a WOF concordance pointing to a namesake far away, which dedupe refused to merge),
 * keep it on the highest-ranked entry and drop it from the others.
 */
export function uniqueIds(entries: PackEntry[], capitals: ReadonlySet<string> = new Set()): number {
  let cleared = 0;
  for (const field of ['wikidata', 'geonames'] as const) {
    const groups = new Map<string, PackEntry[]>();
    for (const e of entries) {
      const v = e[field];
      if (v === undefined) continue;
      const l = groups.get(String(v));
      if (l) l.push(e);
      else groups.set(String(v), [e]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => b.rank - a.rank || (b.pop ?? 0) - (a.pop ?? 0) || (a.id < b.id ? -1 : 1));
      for (const e of list.slice(1)) {
        delete e[field];
        e.rank = rankOf({ ...e, capital: capitals.has(e.id) });
        cleared++;
      }
    }
  }
  return cleared;
}

function countBy(entries: PackEntry[], f: (e: PackEntry) => string | undefined): string {
  const c = new Map<string, number>();
  for (const e of entries) {
    const k = f(e) ?? '-';
    c.set(k, (c.get(k) ?? 0) + 1);
  }
  return [...c.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function main(): void {
  const dataDir = resolveDataDir();
  const log = (s: string): void => console.log(s);
  const warn = (s: string): void => console.warn(`warning: ${s}`);
  log(`data: ${dataDir}`);
  const places = buildPlaces(dataDir, log);
  const orgs = loadOrganizations(
    path.join(here, 'data', 'organizations.json'),
    new Set(Object.keys(ATTRIBUTIONS)),
    warn,
  );
  const placeIds = new Set(places.map((e) => e.id));
  const entries = [...places];
  for (const o of orgs) {
    if (placeIds.has(o.id)) warn(`organisation id ${o.id} clashes with a place; skipped`);
    else entries.push(o);
  }

  const people = buildPeople(dataDir, new Set(entries.map((e) => e.id)), log, warn);
  entries.push(...people);

  const text = serializePack(PACK_BASE_VERSION, ATTRIBUTIONS, entries);
  const out = process.env.DALIL_PACK_OUT ?? path.join(repoRoot, 'pack', 'dalil-pack.json.gz');
  const size = writePack(out, text);

  log(`\nentries: ${entries.length} (${countBy(entries, (e) => e.type)})`);
  log(`places by kind: ${countBy(places, (e) => e.kind)}`);
  log(`places by country: ${countBy(places, (e) => e.country)}`);
  if (orgs.length) log(`organisations by kind: ${countBy(orgs, (e) => e.kind)}`);
  log(
    `aliases: ${entries.reduce((n, e) => n + (e.aliases?.length ?? 0), 0)}; with path: ${places.filter((e) => e.path).length}`,
  );
  log(
    `wrote ${path.relative(repoRoot, out)}: raw ${size.raw} bytes (${(size.raw / 1e6).toFixed(2)} MB), gzip ${size.gz} bytes (${(size.gz / 1e6).toFixed(2)} MB)`,
  );

  const kafrNabl = places.find((e) => e.geonames === 168661);
  if (!kafrNabl?.en || (kafrNabl.path?.length ?? 0) < 3)
    warn(`Kafr Nabl check failed: ${JSON.stringify(kafrNabl)}`);
  else log(`check: ${JSON.stringify(kafrNabl)}`);
}

main();
