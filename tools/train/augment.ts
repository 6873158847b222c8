/**
 * Mention replacement (Dai and Adel, COLING 2020): copies of training texts in which each
 * name is replaced by another name of its kind from the pack. NewsFANE is 2000s newswire;
 * the pages Dalil reads name people and towns it never saw. A tagger trained only on the
 * corpus learns its names by heart; in the copies the same contexts ("قال X", "في X")
 * and the gazetteer flags are what tells a name, so they carry weight for new names too.
 * Deterministic: the same texts and pack give the same copies.
 */
import type { EntityType, PackEntry } from '../../src/common/pack';
import { ARABIC_LETTER } from '../../src/engine/knowledge/letters';
import type { KindMention, TrainText } from './corpora';
import { rng } from './rng';

/** Share of the texts that get a copy (training time grows by about as much). */
export const AUGMENT_SHARE = 0.5;

/** Place kinds news names on their own (villages and neighbourhoods are mostly homonyms). */
const PLACE_KINDS = new Set(['country', 'governorate', 'province', 'region', 'district', 'city', 'town']);

export type NamePools = Record<EntityType, readonly string[]>;

/**
 * NewsFANE classes whose names the pack's names can stand in for: its clubs, companies,
 * athletes and artists keep their own names (a minister's name in a football report
 * teaches the tagger nothing true). Mentions without a class (Wojood) are all replaced.
 */
const REPLACEABLE_CLASSES = new Set([
  ...'Nation Population-Center State-or-Province County-or-District GPE-Cluster'.split(' '),
  ...'Government Non-Governmental Media Religious_ORG'.split(' '),
  ...'Politician Religious_PER Other_PER Police'.split(' '),
]);

/** Arabic forms of the pack's names by kind: places of rank ≥ 45, every organisation and person. */
export function namePools(entries: readonly PackEntry[]): NamePools {
  const pools: Record<EntityType, Set<string>> = {
    place: new Set(),
    organization: new Set(),
    person: new Set(),
  };
  for (const e of entries) {
    if (e.type === 'place' && (e.rank < 45 || !PLACE_KINDS.has(e.kind))) continue;
    for (const form of [e.ar, ...(e.aliases ?? [])])
      if (ARABIC_LETTER.test(form) && !/[A-Za-z]/.test(form)) pools[e.type].add(form);
  }
  return {
    place: [...pools.place].sort(),
    organization: [...pools.organization].sort(),
    person: [...pools.person].sort(),
  };
}

/**
 * The text with its names replaced, or undefined when it has none. A name glued to a
 * proclitic ل keeps its own form ("لل" + name would be needed, a spelling the copy
 * would get wrong), and so does a name of a class the pack does not stand in for.
 */
export function substitute(t: TrainText, pools: NamePools, seed: number): TrainText | undefined {
  if (t.mentions.length === 0) return undefined;
  const next = rng(seed);
  const sorted = [...t.mentions].sort((a, b) => a.s - b.s);
  let text = '';
  let at = 0;
  const mentions: KindMention[] = [];
  for (const m of sorted) {
    if (m.s < at) continue; // overlapping mentions: the first one stands
    const pool = pools[m.type];
    const keep =
      (m.s > 0 && t.text[m.s - 1] === 'ل') ||
      (m.cls !== undefined && !REPLACEABLE_CLASSES.has(m.cls)) ||
      pool.length === 0;
    const name = keep ? t.text.slice(m.s, m.e) : (pool[Math.floor(next() * pool.length)] as string);
    text += t.text.slice(at, m.s);
    mentions.push({ s: text.length, e: text.length + name.length, type: m.type });
    text += name;
    at = m.e;
  }
  text += t.text.slice(at);
  return { text, mentions, cliticExact: t.cliticExact };
}

/** Copies of a share of the texts, index by index (undefined where a text gets none). */
export function augmented(
  texts: readonly TrainText[],
  pools: NamePools,
  seed: number,
): (TrainText | undefined)[] {
  const pick = rng(seed);
  return texts.map((t, i) =>
    pick() < AUGMENT_SHARE ? substitute(t, pools, seed + 7919 * (i + 1)) : undefined,
  );
}
