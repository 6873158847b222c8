/** One cluster of records → one pack entry (without its path and rank). */
import type { PackEntry } from '../../src/common/pack.js';
import { BARE_KINDS, buildNames } from './aliases.js';
import { chooseEnglish } from './englishName.js';
import { ADMIN_CLASSES, settlementKind } from './kinds.js';
import { EXTRA_ALIASES } from './sources/curated.js';
import type { EnglishCandidates, PlaceRecord } from './types.js';

export interface Merged {
  entry: PackEntry;
  primary: PlaceRecord;
  members: PlaceRecord[];
}

const FCODE_ORDER = ['PPLC', 'PPLG', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4'];

/** Members, best first: priority, then key (deterministic). */
export function orderMembers(members: readonly PlaceRecord[]): PlaceRecord[] {
  return [...members].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * @param isGeneric says whether a normalised name is borne by many places (then its
 *   bare form is a common word, not an alias).
 */
export function mergeCluster(
  cluster: readonly PlaceRecord[],
  isGeneric?: (normalized: string) => boolean,
): Merged | undefined {
  const members = orderMembers(cluster);
  const primary = members[0] as PlaceRecord;
  const firstWith = <T>(f: (r: PlaceRecord) => T | undefined): T | undefined => {
    for (const m of members) {
      const v = f(m);
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  };

  const names = members.flatMap((m) => m.names);
  // Untagged world-city candidates only count when nothing better describes the place.
  if (members.every((m) => m.priority <= 30)) names.push(...members.flatMap((m) => m.weakNames ?? []));
  for (const m of members) if (m.geonames) names.push(...(EXTRA_ALIASES[m.geonames] ?? []));
  let kind = primary.kind;
  const pops = members.map((m) => m.pop ?? 0);
  const pop = ADMIN_CLASSES.has(primary.cls) && primary.pop ? primary.pop : Math.max(0, ...pops) || undefined;
  if (primary.cls === 'settlement') {
    const codes = members.map((m) => m.fcode).filter((c): c is string => !!c);
    const best = FCODE_ORDER.find((c) => codes.includes(c)) ?? primary.fcode;
    kind = settlementKind(best, pop);
  }
  const bare = BARE_KINDS.has(kind) || primary.cls === 'feature';
  const nameSet = buildNames(names, {
    bare,
    isGeneric,
    curated: members.flatMap((m) => m.curatedNames ?? []),
  });
  if (!nameSet) return undefined;

  const wofEn = members.find((m) => m.en.name || m.en.preferred?.length)?.en ?? {};
  const en: EnglishCandidates = {
    authoritative: firstWith((m) => m.en.authoritative),
    cityName: firstWith((m) => m.en.cityName),
    preferred: wofEn.preferred,
    name: wofEn.name,
    variants: [
      ...(wofEn.variants ?? []),
      ...members.flatMap((m) => (m === primary ? [] : (m.en.variants ?? []))),
    ],
  };

  const withCoords = members.find((m) => m.lat !== undefined && m.lon !== undefined);
  const entry: PackEntry = {
    id: primary.key,
    type: 'place',
    kind,
    ar: nameSet.ar,
    en: chooseEnglish(en, ADMIN_CLASSES.has(primary.cls), nameSet.ar),
    rank: 0,
    src: [...new Set(members.flatMap((m) => m.src))].sort(),
  };
  if (nameSet.aliases.length > 0) entry.aliases = nameSet.aliases;
  const country = firstWith((m) => m.country);
  if (country) entry.country = country;
  if (withCoords) {
    entry.lat = round4(withCoords.lat as number);
    entry.lon = round4(withCoords.lon as number);
  }
  if (pop && primary.cls !== 'country') entry.pop = pop;
  const wd = firstWith((m) => m.wikidata);
  if (wd) entry.wikidata = wd;
  const gn = firstWith((m) => m.geonames);
  if (gn) entry.geonames = gn;
  return { entry, primary, members };
}
