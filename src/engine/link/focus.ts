/**
 * Choosing between homonyms ("أم جلال" in Idlib and in Aleppo, "طرابلس" in Lebanon and
 * in Libya). The article's focus is computed from the places it names unambiguously:
 * their countries and the admin units on their paths. A candidate in the focus
 * governorate beats one in the focus country, which beats the higher rank elsewhere.
 */
import type { AdminLevel, PackEntry } from '../../common/pack';
import type { Posting } from '../propose/lexicon';
import type { Hit } from '../propose/lexicon-hits';
import { fold } from '../read/normalize';
import { marksFit } from './marks';

/** Admin unit names compare without the unit word and the article: "محافظة إدلب" = "إدلب". */
export function adminKey(ar: string): string {
  return fold(ar)
    .replace(/^(محافظه|منطقه|ناحيه|قضاء|مديريه|ولايه|لواء|مركز|اقليم|بلديه)\s+/, '')
    .replace(/^ال(?=..)/, '');
}

/** A path's admin keys, nearest parent first, and joined for comparing two paths. */
interface PathKeys {
  keys: string[];
  joined: string;
}

const NO_PATH: PathKeys = { keys: [], joined: '' };

/**
 * Admin keys, folded once and kept as long as their owner lives: disambiguation asks for
 * them for every candidate of every hit, and folding the same few hundred unit names
 * again each time was a quarter of the engine's time. Paths are keyed by array: both
 * lexicons share one array among all entries with the same path (a few thousand in a
 * pack), so the cache stays small; own names are kept for admin units only.
 */
const pathKeys = new WeakMap<AdminLevel[], PathKeys>();
const unitKeys = new WeakMap<PackEntry, string>();

function pathKeysOf(e: PackEntry): PathKeys {
  const path = e.path;
  if (!path) return NO_PATH;
  let k = pathKeys.get(path);
  if (k === undefined) {
    const keys = path.map(([ar]) => adminKey(ar));
    k = { keys, joined: keys.join('|') };
    pathKeys.set(path, k);
  }
  return k;
}

function ownKey(e: PackEntry): string {
  if (!ADMIN_KINDS.has(e.kind)) return adminKey(e.ar);
  let k = unitKeys.get(e);
  if (k === undefined) {
    k = adminKey(e.ar);
    unitKeys.set(e, k);
  }
  return k;
}

export interface Focus {
  countries: Map<string, number>;
  /** Admin unit names (Arabic, as in the paths, plus the names of governorates themselves). */
  admins: Map<string, number>;
  topCountry?: string;
}

const ADMIN_KINDS = new Set([
  'governorate',
  'province',
  'region',
  'district',
  'state',
  'county',
  'subdistrict',
]);

const bump = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};

export function computeFocus(unambiguous: PackEntry[]): Focus {
  const countries = new Map<string, number>();
  const admins = new Map<string, number>();
  for (const e of unambiguous) {
    if (e.country) countries.set(e.country, (countries.get(e.country) ?? 0) + 1);
    const path = pathKeysOf(e).keys;
    // Admin units below the country: the country level is what `countries` counts.
    for (let i = 0; i < path.length - 1; i++) bump(admins, path[i] as string, 1);
    if (ADMIN_KINDS.has(e.kind)) bump(admins, ownKey(e), 2);
  }
  let topCountry: string | undefined;
  let best = 0;
  for (const [c, n] of countries) {
    if (n > best) {
      best = n;
      topCountry = c;
    }
  }
  return { countries, admins, topCountry };
}

function score(e: PackEntry, f: Focus): number {
  let s = 0;
  for (const key of pathKeysOf(e).keys) s += Math.min(3, f.admins.get(key) ?? 0) * 10;
  if (e.country && e.country === f.topCountry) s += 20;
  else if (e.country && f.countries.has(e.country)) s += 5;
  return s;
}

const SETTLEMENTS = new Set(['city', 'town', 'village']);
const SEAT_NAMED_UNITS = new Set(['district', 'subdistrict', 'county']);

/**
 * A district or subdistrict named after its seat ("ناحية سراقب" around the town of
 * سراقب): a bare mention in the news means the town, so the unit steps aside when the
 * town is a candidate too (the town lies in the unit, or beside it in the same parent).
 */
function namedAfterItsSeat(unit: PackEntry, postings: readonly Posting[]): boolean {
  if (!SEAT_NAMED_UNITS.has(unit.kind)) return false;
  const key = ownKey(unit);
  const unitPath = pathKeysOf(unit).joined;
  return postings.some(({ entry }) => {
    if (!SETTLEMENTS.has(entry.kind) || entry.country !== unit.country || ownKey(entry) !== key) return false;
    const path = pathKeysOf(entry);
    return path.keys.includes(key) || path.joined === unitPath;
  });
}

const ADMIN_UNITS = new Set(['governorate', 'province', 'district', 'subdistrict', 'county']);

export interface ChooseHints {
  /** The name as written, diacritics and all: a shadda may tell homonyms apart. */
  surface?: string;
  /** The kind a trigger in front announces ("محافظة حلب" → governorate). */
  head?: string;
}

/**
 * Best posting for the article: focus and rank together. A bare name that a city and
 * an admin unit share is the city (حلب is Aleppo, not the district or the governorate
 * around it) unless a head in front names the unit; diacritics that fit one spelling
 * outweigh both.
 */
export function choose(postings: readonly Posting[], f: Focus, hints: ChooseHints = {}): Posting | undefined {
  const headIsUnit = hints.head !== undefined && ADMIN_UNITS.has(hints.head);
  const hasCity = !headIsUnit && postings.some((p) => p.entry.kind === 'city');
  let best: Posting | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of postings) {
    if (namedAfterItsSeat(p.entry, postings)) continue;
    if (hasCity && ADMIN_UNITS.has(p.entry.kind)) continue;
    // Focus (up to ~110) and rank (0–100) on one scale: a village in the article's
    // governorate beats a same-name village elsewhere, but not a country.
    let sc = score(p.entry, f) + p.entry.rank;
    if (headIsUnit && p.entry.kind === hints.head) sc += 100;
    if (hints.surface) sc += 200 * marksFit(hints.surface, p.entry);
    if (sc > bestScore) {
      bestScore = sc;
      best = p;
    }
  }
  return best;
}

/** Is the hit's best place clearly one country's (no homonym abroad of similar rank)? */
function clearTop(h: Hit): Posting | undefined {
  const top = h.places[0];
  if (!top) return undefined;
  const abroad = h.places.find((p) => p.entry.country !== top.entry.country);
  return !abroad || top.entry.rank - abroad.entry.rank >= 20 ? top : undefined;
}

/**
 * The article's focus, from the places it names without doubt: a clear best entry, not
 * an everyday word or an adjective, and with context, or big enough to stand alone.
 * Also each name's own share of it, so that a name is never its own evidence (see
 * `othersPlace`).
 */
export function focusEvidence(
  hits: readonly Hit[],
  supported: Uint8Array,
): { focus: Focus; byKey: Map<string, Focus> } {
  const sure: PackEntry[] = [];
  const own = new Map<string, PackEntry[]>();
  for (const h of hits) {
    if (h.places.length === 0 || h.adjective || h.common || h.nisba || h.stop || h.extraArticle) continue;
    const top = clearTop(h);
    if (!top) continue;
    const ctx = h.trigger || supported[h.t0] === 1;
    const multi = h.t1 - h.t0 > 1;
    if (ctx || top.entry.rank >= 60 || (multi && top.entry.rank >= 45)) {
      sure.push(top.entry);
      const list = own.get(h.key);
      if (list) list.push(top.entry);
      else own.set(h.key, [top.entry]);
    }
  }
  const byKey = new Map<string, Focus>();
  for (const [key, entries] of own) byKey.set(key, computeFocus(entries));
  return { focus: computeFocus(sure), byKey };
}

/** What the other names of the article say about an entry's whereabouts. */
export interface OthersPlace {
  /** The other names place the article somewhere at all. */
  any: boolean;
  /** … in the entry's country. */
  country: boolean;
  /** … in an admin unit (below the country) that holds the entry. */
  admin: boolean;
}

const NO_FOCUS: Focus = { countries: new Map(), admins: new Map() };

const total = (m: Map<string, number>): number => {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
};

/**
 * The focus without `own`, the share of the name itself (`focusEvidence`'s byKey): a
 * lone "مسقط" must not place the article in Oman and then count as a town of the
 * article's country.
 */
export function othersPlace(e: PackEntry, f: Focus, own: Focus = NO_FOCUS): OthersPlace {
  const left = (m: 'countries' | 'admins', k: string): number => (f[m].get(k) ?? 0) - (own[m].get(k) ?? 0);
  const country = e.country !== undefined && left('countries', e.country) > 0;
  let admin = false;
  const path = pathKeysOf(e).keys;
  for (let i = 0; i < path.length - 1 && !admin; i++) admin = left('admins', path[i] as string) > 0;
  return { any: total(f.countries) - total(own.countries) > 0, country, admin };
}
