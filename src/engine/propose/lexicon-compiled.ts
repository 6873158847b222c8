/**
 * The lexicon compiled at build time (pack/lexicon.bin), so the service worker starts
 * without folding 100,000 names: the key index as `Lexicon` builds it (key-index.ts)
 * and only the entry fields the engine reads, in columns, as typed-array sections of
 * one binary file (sections-file.ts). Restoring it takes views of the file; an entry
 * becomes an object only when a match first reaches it (a page meets a few hundred of
 * 80,000), so a cold worker neither parses 6 MB of JSON nor makes 80,000 objects.
 * Descriptions, coordinates and source ids stay in the full pack (IndexedDB).
 */
import type { AdminLevel, EntityType, Pack, PackEntry } from '../../common/pack';
import { readSections, type Section, writeSections } from '../sections-file';
import { FILTER_BITS, KeyIndex } from './key-index';
import { type EntrySource, Lexicon } from './lexicon';

export const COMPILED_MAGIC = 'DALILLEX';
export const COMPILED_VERSION = 4;

/** The header's fields: the small tables the columns index into. */
interface Tables {
  packVersion: string;
  attributions: Record<string, string>;
  kinds: string[];
  countries: string[];
  /** Aliases written with a shadda, by entry index (link/marks.ts tells عمّان from عُمان by them). */
  shaddaAliases: Record<number, string[]>;
  /** People's weak aliases, by entry index (Lexicon.weakPeople). */
  weakAliases: Record<number, string[]>;
}

/** Strings as UTF-8 bytes, string i at bytes[start[i], start[i + 1]). */
interface Strings {
  bytes: Uint8Array;
  start: Uint32Array;
}

/** A compiled lexicon read from its file, checked, not yet restored. */
export interface CompiledLexicon {
  packVersion: string;
  attributions: Record<string, string>;
  tables: Tables;
  ids: Strings;
  ar: Strings;
  en: Strings;
  /**
   * Admin paths, each as its JSON text: parsed when an entry first needs it, as a cold
   * worker meets a few dozen of the 2,500 (parsing all was a third of reading the file).
   */
  pathTexts: Strings;
  /** Index into TYPES. */
  types: Uint8Array;
  /** Index into tables.kinds. */
  kinds: Uint8Array;
  /** Index into tables.countries + 1, 0 for none. */
  countries: Uint16Array;
  ranks: Uint8Array;
  /** Population, 0 for none: the scorer weighs its band. */
  pops: Uint32Array;
  /** Index into pathTexts + 1, 0 for none. */
  paths: Uint16Array;
  index: KeyIndex;
}

const TYPES: EntityType[] = ['place', 'organization', 'person'];
const STALE = 'rebuild the extension (node build.mjs).';

/** Interns values into a table; returns each value's index + 1, 0 for none. */
function interner<T>(keyOf: (value: T) => string) {
  const table: T[] = [];
  const index = new Map<string, number>();
  return {
    table,
    add(value: T | undefined): number {
      if (value === undefined) return 0;
      const key = keyOf(value);
      let at = index.get(key);
      if (at === undefined) {
        at = table.push(value);
        index.set(key, at);
      }
      return at;
    },
  };
}

function encodeStrings(values: string[]): Record<string, Section> {
  const encoder = new TextEncoder();
  const parts = values.map((v) => encoder.encode(v));
  const start = new Uint32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++)
    start[i + 1] = (start[i] as number) + (parts[i] as Uint8Array).length;
  const bytes = new Uint8Array(start[values.length] as number);
  for (let i = 0; i < parts.length; i++) bytes.set(parts[i] as Uint8Array, start[i] as number);
  return { bytes, start };
}

/** A column of small whole numbers; a value that does not fit is a build error, not a wrong answer. */
function column<T extends Uint8Array | Uint16Array | Uint32Array>(
  View: new (n: number) => T,
  max: number,
  name: string,
  values: number[],
): T {
  const out = new View(values.length);
  values.forEach((v, i) => {
    if (!(Number.isInteger(v) && v >= 0 && v <= max))
      throw new Error(`compiled lexicon: ${name} ${v} of entry ${i} is not a whole number 0–${max}`);
    out[i] = v;
  });
  return out;
}

/** The file build.mjs ships as pack/lexicon.bin. */
export function compileLexicon(pack: Pack): Uint8Array {
  const { entries: source, index } = Lexicon.fromPack(pack).parts();
  const entries = Array.from({ length: source.count }, (_, i) => source.at(i));
  const kinds = interner<string>((k) => k);
  const countries = interner<string>((c) => c);
  const paths = interner<AdminLevel[]>((p) => JSON.stringify(p));
  const sections: Record<string, Section> = {};
  for (const [name, values] of [
    ['ids', entries.map((e) => e.id)],
    ['ar', entries.map((e) => e.ar)],
    ['en', entries.map((e) => e.en)],
  ] as const)
    for (const [part, s] of Object.entries(encodeStrings(values))) sections[`${name}.${part}`] = s;
  const numbers: [
    string,
    new (n: number) => Uint8Array | Uint16Array | Uint32Array,
    number,
    (e: PackEntry) => number,
  ][] = [
    ['types', Uint8Array, TYPES.length - 1, (e) => TYPES.indexOf(e.type)],
    ['kinds', Uint8Array, 0xff, (e) => kinds.add(e.kind) - 1],
    ['countries', Uint16Array, 0xffff, (e) => countries.add(e.country)],
    ['ranks', Uint8Array, 0xff, (e) => e.rank],
    ['pops', Uint32Array, 0xffffffff, (e) => e.pop ?? 0],
    ['paths', Uint16Array, 0xffff, (e) => paths.add(e.path?.length ? e.path : undefined)],
  ];
  for (const [name, View, max, value] of numbers)
    sections[name] = column(View, max, name, entries.map(value));
  for (const [part, s] of Object.entries(encodeStrings(paths.table.map((p) => JSON.stringify(p)))))
    sections[`pathTexts.${part}`] = s;
  const { chars, start, slots, maxWords, postStart, post } = index.arrays;
  const { first, prefix } = index.filters();
  Object.assign(sections, {
    'key.chars': chars,
    'key.start': start,
    'key.slots': slots,
    'key.maxWords': maxWords,
    'key.postStart': postStart,
    'key.post': post,
    'key.first': first,
    'key.prefix': prefix,
  });
  const tables: Tables = {
    packVersion: pack.version,
    attributions: pack.attributions,
    kinds: kinds.table,
    countries: countries.table,
    shaddaAliases: Object.fromEntries(
      entries.flatMap((e, i) => {
        const marked = e.aliases?.filter((a) => a.includes('\u0651'));
        return marked?.length ? [[i, marked]] : [];
      }),
    ),
    weakAliases: Object.fromEntries(
      entries.flatMap((e, i) => (e.type === 'person' && e.weakAliases?.length ? [[i, e.weakAliases]] : [])),
    ),
  };
  return writeSections(COMPILED_MAGIC, COMPILED_VERSION, { ...tables }, sections);
}

/**
 * The compiled lexicon in `bytes` (pack/lexicon.bin), checked: throws an error that
 * says what is wrong when the file is not one, is of another version or is damaged.
 */
export function parseCompiledLexicon(bytes: Uint8Array | ArrayBuffer): CompiledLexicon {
  const file = readSections(bytes, 'The compiled lexicon', {
    magic: COMPILED_MAGIC,
    version: COMPILED_VERSION,
    stale: STALE,
  });
  const tables = file.fields as unknown as Tables;
  const strings = (name: string): Strings => ({
    bytes: file.section(`${name}.bytes`, 'u8'),
    start: file.section(`${name}.start`, 'u32'),
  });
  const index = new KeyIndex({
    chars: file.section('key.chars', 'u16'),
    start: file.section('key.start', 'u32'),
    slots: file.section('key.slots', 'i32'),
    maxWords: file.section('key.maxWords', 'u8'),
    postStart: file.section('key.postStart', 'u32'),
    post: file.section('key.post', 'u32'),
    filters: { first: file.section('key.first', 'u32'), prefix: file.section('key.prefix', 'u32') },
  });
  const c: CompiledLexicon = {
    packVersion: tables.packVersion,
    attributions: tables.attributions,
    tables,
    ids: strings('ids'),
    ar: strings('ar'),
    en: strings('en'),
    pathTexts: strings('pathTexts'),
    types: file.section('types', 'u8'),
    kinds: file.section('kinds', 'u8'),
    countries: file.section('countries', 'u16'),
    ranks: file.section('ranks', 'u8'),
    pops: file.section('pops', 'u32'),
    paths: file.section('paths', 'u16'),
    index,
  };
  checkShape(c);
  return c;
}

/** Column lengths agree (the checksum already vouches for the values the writer checked). */
function checkShape(c: CompiledLexicon): void {
  const n = c.types.length;
  const k = c.index.arrays;
  const ok =
    [c.kinds, c.countries, c.ranks, c.pops, c.paths].every((col) => col.length === n) &&
    [c.ids, c.ar, c.en].every((s) => s.start.length === n + 1) &&
    [c.ids, c.ar, c.en, c.pathTexts].every(
      (s) => (s.start[s.start.length - 1] as number) <= s.bytes.length,
    ) &&
    k.start.length === k.maxWords.length + 1 &&
    (k.start[k.maxWords.length] as number) <= k.chars.length &&
    k.postStart.length <= k.start.length &&
    k.postStart[k.postStart.length - 1] === k.post.length &&
    k.slots.length >= 2 * k.maxWords.length &&
    k.filters?.first.length === FILTER_BITS >>> 5 &&
    k.filters.prefix.length === FILTER_BITS >>> 5 &&
    (k.slots.length & (k.slots.length - 1)) === 0 &&
    Array.isArray(c.tables.kinds) &&
    Array.isArray(c.tables.countries);
  if (!ok) throw new Error('The compiled lexicon is damaged (its columns do not agree).');
}

const NO_SOURCES: string[] = [];
const decoder = new TextDecoder();
const text = (s: Strings, i: number): string =>
  decoder.decode(s.bytes.subarray(s.start[i] as number, s.start[i + 1] as number));

/**
 * The entries, each made on first use and kept. Paths are parsed once each and shared,
 * so 78,000 villages of one district hold one path between them.
 */
class CompiledEntries implements EntrySource {
  readonly count: number;
  private readonly made: (PackEntry | undefined)[];
  private readonly paths: (AdminLevel[] | undefined)[];

  constructor(private readonly c: CompiledLexicon) {
    this.count = c.types.length;
    this.made = new Array(this.count);
    this.paths = new Array(c.pathTexts.start.length - 1);
  }

  at(i: number): PackEntry {
    return this.made[i] ?? this.make(i);
  }

  idOf(i: number): string {
    return this.made[i]?.id ?? text(this.c.ids, i);
  }

  weakIndexes(): number[] {
    return Object.keys(this.c.tables.weakAliases)
      .map(Number)
      .sort((a, b) => a - b);
  }

  private path(p: number): AdminLevel[] {
    let path = this.paths[p];
    if (path === undefined) {
      path = JSON.parse(text(this.c.pathTexts, p)) as AdminLevel[];
      this.paths[p] = path;
    }
    return path;
  }

  private make(i: number): PackEntry {
    const { c } = this;
    const { tables } = c;
    const pop = c.pops[i] as number;
    const country = c.countries[i] as number;
    const path = c.paths[i] as number;
    // Every field present, absent ones undefined: one object shape for all entries keeps
    // the engine's reads of them fast.
    const entry: PackEntry = {
      id: text(c.ids, i),
      type: TYPES[c.types[i] as number] as EntityType,
      kind: tables.kinds[c.kinds[i] as number] as string,
      ar: text(c.ar, i),
      en: text(c.en, i),
      rank: c.ranks[i] as number,
      src: NO_SOURCES,
      pop: pop > 0 ? pop : undefined,
      aliases: tables.shaddaAliases[i],
      weakAliases: tables.weakAliases[i],
      country: country > 0 ? tables.countries[country - 1] : undefined,
      path: path > 0 ? this.path(path - 1) : undefined,
    };
    this.made[i] = entry;
    return entry;
  }
}

export function loadCompiledLexicon(c: CompiledLexicon): Lexicon {
  return Lexicon.fromParts({ entries: new CompiledEntries(c), index: c.index });
}
