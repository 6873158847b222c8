/**
 * Admin paths, nearest parent first, up to the country:
 *   [parent locality (neighbourhoods, airports)], county/district, region/governorate, country.
 * A level that is itself a pack entry shows that entry's Arabic and English names,
 * so paths agree with the entries (Syrian levels are OpenSyria's). Otherwise the
 * WOF names are used. A WOF county with no Arabic name takes the Arabic name of its
 * seat: the place inside it whose English name matches the county's (Iraq's county
 * "Hawiga" → الحويجة, from the town "Al Hawijah"); a few first-level units have a
 * curated Arabic name (curated.ts LEVEL_AR). A level still without Arabic is
 * ["", English].
 * Consecutive levels with the same Arabic or English name collapse to the outer one (the city of
 * Idlib is in the district and the governorate of Idlib: its path is Idlib, Syria).
 */
import type { AdminLevel } from '../../src/common/pack.js';
import { normalizeArabic } from './arabic.js';
import { asciiFold, similarity } from './englishName.js';
import type { Merged } from './merge.js';
import { LEVEL_AR } from './sources/curated.js';
import type { ParentRef, PlaceRecord } from './types.js';

const SEAT_FCODES = ['PPLA', 'PPLA2', 'PPLA3', 'PPLC'];

/** English admin name without articles and admin words ("Nahiyat al Hawijah" → "hawijah"). */
export function adminEnKey(en: string): string {
  return asciiFold(en)
    .toLowerCase()
    .replace(/[-']/g, ' ')
    .replace(
      /\b(al|el|ad|an|ar|as|ash|at|az|ath|adh|nahiyat|markaz|qada|district|city|center|centre|municipality)\b/g,
      ' ',
    )
    .replace(/[^a-z]/g, '');
}

const hierarchyOf = (m: Merged): PlaceRecord =>
  [m.primary, ...m.members].find((r) => r.region || r.county) ?? m.primary;

/** Arabic name of a county (by key) taken from its seat, for counties WOF names only in English. */
export function seatNames(
  merged: readonly Merged[],
  hasEntry: (key: string) => boolean,
): Map<string, string> {
  const cands = new Map<string, { en: string; list: Merged[] }>();
  for (const m of merged) {
    if (m.primary.cls !== 'settlement') continue;
    const ref = hierarchyOf(m).county;
    if (!ref?.key || ref.ar || !ref.en || hasEntry(ref.key)) continue;
    const c = cands.get(ref.key) ?? { en: ref.en, list: [] };
    c.list.push(m);
    cands.set(ref.key, c);
  }
  const out = new Map<string, string>();
  for (const [key, { en, list }] of cands) {
    const target = adminEnKey(en);
    if (target.length < 3) continue;
    const score = (m: Merged): number => {
      const fc = m.members.map((r) => r.fcode ?? '');
      return (SEAT_FCODES.some((c) => fc.includes(c)) ? 1e9 : 0) + (m.entry.pop ?? 0);
    };
    const best = list
      .filter(
        (m) =>
          similarity(adminEnKey(m.entry.en), target) >= 0.7 ||
          m.members.some((r) => similarity(adminEnKey(r.en.name ?? ''), target) >= 0.7),
      )
      .sort((a, b) => score(b) - score(a) || (a.entry.id < b.entry.id ? -1 : 1))[0];
    if (best) out.set(key, best.entry.ar);
  }
  return out;
}

export function assignPaths(merged: Merged[], countryLevel: (cc: string) => AdminLevel | undefined): void {
  const byKey = new Map<string, Merged>();
  for (const m of merged) for (const r of m.members) byKey.set(r.key, m);
  const seats = seatNames(merged, (k) => byKey.has(k));

  const level = (self: Merged, ref: ParentRef | undefined): AdminLevel | undefined => {
    if (!ref) return undefined;
    const target = ref.key ? byKey.get(ref.key) : undefined;
    if (target === self) return undefined;
    if (target) return [target.entry.ar, target.entry.en];
    const ar =
      ref.ar ||
      (ref.key ? seats.get(ref.key) : undefined) ||
      (self.entry.country && ref.en ? LEVEL_AR[self.entry.country]?.[ref.en] : undefined);
    if (ar || ref.en) return [ar ?? '', ref.en ?? ''];
    return undefined;
  };

  for (const m of merged) {
    const e = m.entry;
    if (e.kind === 'country') continue;
    const h = hierarchyOf(m);
    const parent = m.members.find((r) => r.parentLocality)?.parentLocality;
    const levels: AdminLevel[] = [];
    for (const l of [
      parent ? level(m, { key: parent }) : undefined,
      level(m, h.county),
      level(m, h.region),
      e.country ? countryLevel(e.country) : undefined,
    ]) {
      if (!l) continue;
      const prev = levels[levels.length - 1];
      const same = (a: AdminLevel, b: AdminLevel): boolean =>
        (!!a[0] && !!b[0] && normalizeArabic(a[0]) === normalizeArabic(b[0])) || (!!a[1] && a[1] === b[1]);
      if (prev && same(prev, l)) levels[levels.length - 1] = l;
      else levels.push(l);
    }
    if (levels.length > 0) e.path = levels;
  }
}
