/**
 * Lexicon candidates: every glossary hit proposed as each type it has entries for, with
 * its evidence as named features. Nothing is accepted or rejected here: the decide stage
 * weighs the features (an everyday word after a strong trigger, a town in the article's
 * country, a capital abroad …).
 */
import type { EntityType, PackEntry } from '../../common/pack';
import { candidate, type Span } from '../decide/spans';
import { type Focus, othersPlace } from '../link/focus';
import type { Posting } from './lexicon';
import type { Hit } from './lexicon-hits';

/** What the whole text says about the hits (the same for every hit). */
export interface LexiconEvidence {
  focus: Focus;
  /** Token indices an anchored list or a trigger expects a place at (propose/places.ts). */
  supported: Uint8Array;
  /** Items of lists of three or more. */
  longList: Uint8Array;
  /** Outside political news a city name is often a club or a brand. */
  strict: boolean;
  /** Name key → its own share of the focus (a name is not its own evidence). */
  byKey: Map<string, Focus>;
  /** Ids of organisations some hit names without doubt (multi-word or not an everyday word). */
  namedOrgs: Set<string>;
}

/** Rank bands of the pack: countries and governorates ≥ 70, districts and big cities ≥ 60. */
export function rankBand(rank: number): string {
  return rank >= 70 ? 'rank:major' : rank >= 60 ? 'rank:city' : rank >= 45 ? 'rank:town' : 'rank:small';
}

/** How often news names an organisation or person: the pack's rank in three bands. */
function fameBand(rank: number): string {
  return rank >= 70 ? 'fame:high' : rank >= 50 ? 'fame:mid' : 'fame:low';
}

function popBand(pop: number | undefined): string | undefined {
  if (!pop) return undefined;
  return pop >= 1_000_000 ? 'pop:1M' : pop >= 200_000 ? 'pop:200k' : undefined;
}

/** Features every type of a hit shares: how the text reads around it (after `first`). */
function hitFeatures(h: Hit, first: string): string[] {
  const f = [first];
  if (h.common) f.push('common');
  if (h.stop) f.push('stop');
  if (h.extraArticle) f.push('extraArticle');
  if (h.quoted) f.push('quoted');
  if (h.t1 - h.t0 > 1) f.push('multi');
  else if (h.key.length < 4) f.push('short');
  if (h.reading.art) f.push('art');
  return f;
}

function span(h: Hit, type: EntityType, entry: PackEntry, feats: string[]): Span {
  return candidate({
    t0: h.t0,
    t1: h.t1,
    s: h.s,
    e: h.e,
    type,
    source: 'glossary',
    entry,
    kind: entry.kind,
    key: h.key,
    feats,
  });
}

function placeFeatures(h: Hit, e: PackEntry, ev: LexiconEvidence): string[] {
  // How prominent the name is: its best-ranked entry (the one linked may be a smaller
  // namesake, e.g. the city rather than the governorate).
  const top = h.places[0]?.entry ?? e;
  const f = hitFeatures(h, 'lex:place');
  f.push(rankBand(top.rank));
  const pop = popBand(Math.max(e.pop ?? 0, top.pop ?? 0));
  if (pop) f.push(pop);
  if (top.kind === 'country') f.push('country');
  if (h.trigger) f.push(h.strongTrigger ? 'strongTrigger' : 'trigger');
  if (h.pluralTrigger) f.push('pluralTrigger');
  if (ev.supported[h.t0] === 1) f.push('supported');
  if (ev.longList[h.t0] === 1) f.push('longList');
  if (h.adjective) f.push('adjective');
  if (h.nisba) f.push('nisba');
  if (h.derived) f.push('derived');
  if (h.key.length >= 5) f.push('long5');
  if (h.orgs.length > 0) f.push('alsoOrg');
  const others = othersPlace(e, ev.focus, ev.byKey.get(h.key));
  f.push(!others.any ? 'noFocus' : others.country ? 'inCountry' : 'outCountry');
  if (others.admin) f.push('inAdmin');
  if (ev.strict) f.push('strict');
  return f;
}

/**
 * The candidates of one hit: a place (with the entry the focus prefers), an
 * organisation, a person, as the hit has entries of each type.
 */
export function lexiconCandidates(h: Hit, ev: LexiconEvidence, place: Posting | undefined): Span[] {
  const out: Span[] = [];
  if (place) out.push(span(h, 'place', place.entry, placeFeatures(h, place.entry, ev)));
  const org = h.orgs[0];
  if (org) {
    const f = [...hitFeatures(h, 'lex:org'), fameBand(org.entry.rank)];
    if (ev.namedOrgs.has(org.entry.id)) f.push('orgNamed');
    if (h.places.length > 0) f.push('alsoPlace');
    out.push(span(h, 'organization', org.entry, f));
  }
  const person = h.people[0];
  if (person) {
    const f = [...hitFeatures(h, 'lex:person'), fameBand(person.entry.rank)];
    if (h.places.length > 0) f.push('alsoPlace');
    out.push(span(h, 'person', person.entry, f));
  }
  return out;
}
