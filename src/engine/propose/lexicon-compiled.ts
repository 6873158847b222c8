/**
 * The lexicon compiled at build time, so the service worker starts without folding
 * 100,000 names: the index (keys, postings, longest names) as built by `Lexicon`, and
 * only the entry fields the engine reads, in columns, with admin paths stored once and
 * shared. Descriptions, coordinates and source ids stay in the full pack (IndexedDB).
 */
import type { AdminLevel, EntityType, Pack, PackEntry } from '../../common/pack';
import { Lexicon } from './lexicon';

export const COMPILED_FORMAT = 'dalil-lexicon';
export const COMPILED_VERSION = 3;

export interface CompiledLexicon {
  format: typeof COMPILED_FORMAT;
  version: typeof COMPILED_VERSION;
  packVersion: string;
  attributions: Record<string, string>;
  /** Entry columns, one value per entry. */
  ids: string[];
  /** One letter per entry: p(lace), o(rganization), e (person). */
  types: string;
  kindTable: string[];
  kinds: number[];
  ar: string[];
  en: string[];
  countryTable: string[];
  /** Index into countryTable, -1 for none. */
  countries: number[];
  ranks: number[];
  /** Population, 0 for none: the scorer weighs its band. */
  pops: number[];
  /** Aliases written with a shadda, by entry index (link/marks.ts tells عمّان from عُمان by them). */
  shaddaAliases: Record<number, string[]>;
  /** People's weak aliases, by entry index (Lexicon.weakPeople). */
  weakAliases: Record<number, string[]>;
  pathTable: AdminLevel[][];
  /** Index into pathTable, -1 for none. */
  paths: number[];
  /** Index: keys in order, each key's postings (one number or several). */
  keys: string[];
  postings: Array<number | number[]>;
  firstWords: string[];
  firstMax: number[];
}

const TYPE_CODE: Record<EntityType, string> = { place: 'p', organization: 'o', person: 'e' };
const CODE_TYPE: Record<string, EntityType> = { p: 'place', o: 'organization', e: 'person' };

/** Interns values into a table; returns each value's index. */
function interner<T>(keyOf: (value: T) => string) {
  const table: T[] = [];
  const index = new Map<string, number>();
  return {
    table,
    add(value: T | undefined): number {
      if (value === undefined) return -1;
      const key = keyOf(value);
      let at = index.get(key);
      if (at === undefined) {
        at = table.push(value) - 1;
        index.set(key, at);
      }
      return at;
    },
  };
}

export function compileLexicon(pack: Pack): CompiledLexicon {
  const { entries, keys, firstMax } = Lexicon.fromPack(pack).parts();
  const kinds = interner<string>((k) => k);
  const countries = interner<string>((c) => c);
  const paths = interner<AdminLevel[]>((p) => JSON.stringify(p));
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    packVersion: pack.version,
    attributions: pack.attributions,
    ids: entries.map((e) => e.id),
    types: entries.map((e) => TYPE_CODE[e.type]).join(''),
    kinds: entries.map((e) => kinds.add(e.kind)),
    kindTable: kinds.table,
    ar: entries.map((e) => e.ar),
    en: entries.map((e) => e.en),
    countries: entries.map((e) => countries.add(e.country)),
    countryTable: countries.table,
    ranks: entries.map((e) => e.rank),
    pops: entries.map((e) => e.pop ?? 0),
    shaddaAliases: Object.fromEntries(
      entries.flatMap((e, i) => {
        const marked = e.aliases?.filter((a) => a.includes('\u0651'));
        return marked?.length ? [[i, marked]] : [];
      }),
    ),
    weakAliases: Object.fromEntries(
      entries.flatMap((e, i) => (e.type === 'person' && e.weakAliases?.length ? [[i, e.weakAliases]] : [])),
    ),
    paths: entries.map((e) => paths.add(e.path?.length ? e.path : undefined)),
    pathTable: paths.table,
    keys: [...keys.keys()],
    postings: [...keys.values()],
    firstWords: [...firstMax.keys()],
    firstMax: [...firstMax.values()],
  };
}

/**
 * The entries as the engine sees them: enough to match, rank and disambiguate. Paths
 * are shared arrays, so 78,000 villages of one district hold one path between them.
 */
const NO_SOURCES: string[] = [];

function entriesOf(c: CompiledLexicon): PackEntry[] {
  const entries: PackEntry[] = new Array(c.ids.length);
  for (let i = 0; i < c.ids.length; i++) {
    const pop = c.pops[i] as number;
    const country = c.countries[i] as number;
    const path = c.paths[i] as number;
    // Every field present, absent ones undefined: one object shape for all entries keeps
    // the engine's reads of them fast.
    entries[i] = {
      id: c.ids[i] as string,
      type: CODE_TYPE[c.types[i] as string] as EntityType,
      kind: c.kindTable[c.kinds[i] as number] as string,
      ar: c.ar[i] as string,
      en: c.en[i] as string,
      rank: c.ranks[i] as number,
      src: NO_SOURCES,
      pop: pop > 0 ? pop : undefined,
      aliases: c.shaddaAliases[i],
      weakAliases: c.weakAliases[i],
      country: country >= 0 ? c.countryTable[country] : undefined,
      path: path >= 0 ? c.pathTable[path] : undefined,
    };
  }
  return entries;
}

export function isCompiledLexicon(value: unknown): value is CompiledLexicon {
  const c = value as Partial<CompiledLexicon> | null;
  return c?.format === COMPILED_FORMAT && c.version === COMPILED_VERSION && Array.isArray(c.keys);
}

export function loadCompiledLexicon(c: CompiledLexicon): Lexicon {
  return Lexicon.fromParts({
    entries: entriesOf(c),
    keys: new Map(c.keys.map((key, i) => [key, c.postings[i] as number | number[]])),
    firstMax: new Map(c.firstWords.map((word, i) => [word, c.firstMax[i] as number])),
  });
}
