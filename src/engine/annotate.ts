/**
 * The annotator: glossary matches, context recognisers and disambiguation combined
 * into one non-overlapping list of entities in original-text offsets.
 *
 * Order matters: places supported by context and unambiguous names fix the article's
 * focus first; weak glossary hits (small villages, everyday words) are then accepted
 * only with context or inside that focus; organisation and person rules run last so
 * they can see which tokens are already places.
 */
import type { EntityType, PackEntry } from '../common/pack';
import type { Annotation, EngineEntity, PageSignals } from './api';
import { bare } from './context/cues';
import { isGenericGroup, orgContext } from './context/orgs';
import { peopleContext } from './context/people';
import { placeContext } from './context/places';
import { detectWith, otherGenreRate, textEvidence } from './detect';
import { choose, computeFocus, inFocusAdmin, inFocusCountry } from './disambiguate';
import { type Doc, origSpan, prepare } from './doc';
import { glossaryHits, type Hit } from './gazetteer';
import type { Lexicon, Posting } from './lexicon';
import { nameKey } from './lexicon';
import { fold } from './normalize';
import { withOwnTerms } from './own-terms';
import { resolve, type Span } from './spans';
import { transliterate } from './transliterate';

export interface AnnotateOptions {
  signals?: PageSignals;
  /** Entity types to report (default: all). */
  kinds?: EntityType[];
  /** The reader's own terms (see own-terms.ts): accepted wherever they match. */
  own?: Lexicon;
}

/** Rank bands of the pack: countries and governorates ≥ 70, districts and big cities ≥ 60. */
const RANK_MAJOR = 70;
const RANK_CITY = 60;
const RANK_TOWN = 45;
/** Curated people of the who's-who rank 40 and up; members of parliament rank 20. */
const RANK_KNOWN_PERSON = 40;

/** Is the hit's best place clearly one country's (no homonym abroad of similar rank)? */
function clearTop(h: Hit): Posting | undefined {
  const top = h.places[0];
  if (!top) return undefined;
  const abroad = h.places.find((p) => p.entry.country !== top.entry.country);
  return !abroad || top.entry.rank - abroad.entry.rank >= 20 ? top : undefined;
}

/**
 * Accept or reject the glossary hits. A small place is highlighted only with context
 * (a trigger, a list, the same name supported elsewhere in the text) or inside an
 * admin unit the article is about; a bigger one needs the article's country; the
 * largest (countries, governorates) stand on their own. Everyday words always need context.
 */
function glossarySpans(hits: Hit[], supported: Uint8Array, longList: Uint8Array, strict: boolean): Span[] {
  const sure: PackEntry[] = [];
  // Which names vouch for each country: a name must not be its own evidence.
  const vouch = new Map<string, Set<string>>();
  for (const h of hits) {
    if (h.places.length === 0 || h.adjective || h.common || h.nisba || h.stop || h.extraArticle) continue;
    const top = clearTop(h);
    if (!top) continue;
    const ctx = h.trigger || supported[h.t0] === 1;
    const multi = h.t1 - h.t0 > 1;
    if (ctx || top.entry.rank >= RANK_CITY || (multi && top.entry.rank >= RANK_TOWN)) {
      sure.push(top.entry);
      const c = top.entry.country ?? '';
      if (!vouch.has(c)) vouch.set(c, new Set());
      vouch.get(c)?.add(h.key);
    }
  }
  const focus = computeFocus(sure);
  const hasFocus = focus.countries.size > 0;
  // With the focus fixed, the best candidate depends on the key alone: choose once per name.
  const chosen = new Map<string, Posting | null>();
  const choice = (h: Hit): Posting | undefined => {
    let best = chosen.get(h.key);
    if (best === undefined) {
      best = choose(h.places, focus) ?? null;
      chosen.set(h.key, best);
    }
    return best ?? undefined;
  };
  const accepted = new Set<string>();
  const orgIds = new Set<string>();
  for (const h of hits)
    if (h.orgs.length > 0 && !h.common && !h.extraArticle) orgIds.add((h.orgs[0] as Posting).entry.id);
  const out: (Span | undefined)[] = hits.map((h) => {
    const ctx = h.trigger || supported[h.t0] === 1;
    const multi = h.t1 - h.t0 > 1;
    if (h.places.length > 0 && !h.adjective) {
      const best = choice(h);
      if (best) {
        const e = best.entry;
        const r = e.rank;
        let ok: boolean;
        // Everyday words, bare adjectives and "the X" for a name without article
        // ("بالصور" is not Tyre) need a trigger right before them.
        const weak = h.common || h.extraArticle;
        const small = (h.places[0]?.entry.rank ?? 0) < RANK_CITY;
        if (h.stop) ok = false;
        // After a plural trigger an everyday word or an adjective describes the places
        // ("مخيمات النزوح", "مدن عربية", "قرى الضواحي"); a coordinated list names them.
        else if (h.pluralTrigger && (weak || (h.nisba && small))) ok = false;
        else if (weak) ok = h.strongTrigger || longList[h.t0] === 1;
        // "تركي", "السوري": the adjective of a known country or city.
        else if (h.derived) ok = h.strongTrigger;
        // A nisba-shaped small place stands alone only inside the article's admin unit.
        else if (h.nisba && small) ok = ctx || (h.reading.art && inFocusAdmin(e, focus) && h.key.length >= 5);
        else if (ctx) ok = true;
        else if (r >= RANK_MAJOR) ok = true;
        // Outside political news (sport, recipes, travel) a city name is often a club, a
        // dish or a brand: only the largest places stand without context there.
        else if (strict)
          ok = r >= RANK_CITY && [...(vouch.get(e.country ?? '') ?? [])].some((k) => k !== h.key);
        else if (r >= RANK_CITY) ok = !hasFocus || inFocusCountry(e, focus);
        else if (!multi && h.key.length < 4)
          ok = false; // short names are too often words
        else if (r >= RANK_TOWN) ok = inFocusCountry(e, focus);
        // Small places stand alone only inside the admin unit the article is about, and
        // short names (three letters or fewer) are too often words.
        else ok = inFocusAdmin(e, focus) && (multi || h.key.length >= 4);
        if (ok) {
          if (!h.common) accepted.add(h.key);
          return {
            t0: h.t0,
            t1: h.t1,
            s: h.s,
            e: h.e,
            type: 'place',
            source: 'glossary',
            entry: e,
            kind: e.kind,
            weight: 3,
          };
        }
      }
    }
    // An organisation whose name is an everyday word ("حماس", "أمل", "فتح") needs support:
    // its full name elsewhere in the text, or quotes/parentheses around it.
    if (
      h.orgs.length > 0 &&
      !h.extraArticle &&
      (!h.common || multi || orgIds.has((h.orgs[0] as Posting).entry.id) || h.quoted)
    ) {
      const e = (h.orgs[0] as Posting).entry;
      return {
        t0: h.t0,
        t1: h.t1,
        s: h.s,
        e: h.e,
        type: 'organization',
        source: 'glossary',
        entry: e,
        kind: e.kind,
        weight: 3,
      };
    }
    // A well-known person's full name may be made only of given names ("محمود عباس",
    // "محمد بن سلمان"): the who's-who lists it, and the whole name is evidence enough.
    const person = h.people[0]?.entry;
    if (person && !h.extraArticle && (!h.common || (multi && person.rank >= RANK_KNOWN_PERSON))) {
      const e = person;
      return {
        t0: h.t0,
        t1: h.t1,
        s: h.s,
        e: h.e,
        type: 'person',
        source: 'glossary',
        entry: e,
        kind: e.kind,
        weight: 2,
      };
    }
    return undefined;
  });
  // A name accepted once is the same place wherever else the text repeats it.
  hits.forEach((h, i) => {
    if (out[i] || !accepted.has(h.key) || h.adjective || h.stop || h.common || h.derived) return;
    const best = choice(h);
    if (best)
      out[i] = {
        t0: h.t0,
        t1: h.t1,
        s: h.s,
        e: h.e,
        type: 'place',
        source: 'glossary',
        entry: best.entry,
        kind: best.entry.kind,
        weight: 3,
      };
  });
  return out.filter((x): x is Span => x !== undefined);
}

const FORCE_HEADS = new Set(['قوات', 'قوي']);

/**
 * Glossary organisations, tidied: generic groups the pack lists as aliases ("قوات حفتر",
 * "الحكومة السورية") are dropped, and a leading "تنظيم"/"قوات" that is not part of the
 * entry's own name is left out of the span (تنظيم داعش → داعش).
 */
function tidyGlossaryOrgs(doc: Doc, spans: Span[], placeAt: (t: number) => number): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    if (sp.type !== 'organization') {
      out.push(sp);
      continue;
    }
    if (isGenericGroup(doc, sp.t0, sp.t1, placeAt)) continue;
    const head = bare(doc, sp.t0);
    const own = fold(sp.entry?.ar ?? '');
    if (
      sp.t1 - sp.t0 > 1 &&
      (head === 'تنظيم' || (FORCE_HEADS.has(head) && !own.startsWith(head) && !own.startsWith(`ال${head}`)))
    ) {
      sp.t0++;
      sp.s = doc.toks.start[sp.t0] as number;
    }
    out.push(sp);
  }
  return out;
}

/** Context organisation spans resolve to a glossary entry when the lexicon knows the name. */
function attachOrgEntries(doc: Doc, lex: Lexicon, spans: Span[]): void {
  for (const sp of spans) {
    if (sp.type !== 'organization' || sp.entry) continue;
    const k = nameKey(doc.norm.text.slice(sp.s, sp.e));
    if (!k) continue;
    const p = lex.postings(k.key).find((x) => x.entry.type === 'organization');
    if (p) {
      sp.entry = p.entry;
      sp.kind = p.entry.kind;
      sp.source = 'glossary';
    }
  }
}

export function annotate(text: string, lexicon: Lexicon, options: AnnotateOptions = {}): Annotation {
  const doc = prepare(text);
  const { hits, ends } = glossaryHits(doc, lexicon);
  const pctx = placeContext(doc, lexicon, ends);
  // A first look at the genre decides how much evidence a bare name needs.
  const evidence = textEvidence(text);
  const first = detectWith(evidence, options.signals);
  const strict = first.isArabic && !first.isPolitical && otherGenreRate(evidence) >= 0.02;
  const gloss = glossarySpans(hits, pctx.supported, pctx.longList, strict);

  const placeEnd = new Int32Array(doc.toks.count);
  for (const sp of [...gloss, ...pctx.spans])
    if (sp.type === 'place') placeEnd[sp.t0] = Math.max(placeEnd[sp.t0] as number, sp.t1);
  const placeAt = (t: number): number => placeEnd[t] ?? 0;
  const glossOrgs = tidyGlossaryOrgs(doc, gloss, placeAt);
  const orgStarts = new Set(glossOrgs.filter((sp) => sp.type === 'organization').map((sp) => sp.t0));
  // "قوات التحالف الدولي", "قوات البيشمركة": when the glossary knows the inner name, that is the name.
  const orgs = orgContext(doc, placeAt).filter(
    (sp) => !(sp.kind && FORCE_HEADS.has(sp.kind) && orgStarts.has(sp.t0 + 1)),
  );
  attachOrgEntries(doc, lexicon, orgs);

  const taken = new Uint8Array(doc.toks.count);
  // Spans are a few tokens long: a loop, not a fill() call per span.
  for (const list of [glossOrgs, pctx.spans, orgs])
    for (const sp of list) for (let t = sp.t0; t < sp.t1; t++) taken[t] = 1;
  const people = peopleContext(doc, (t) => taken[t] === 1);

  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const candidates = withOwnTerms(doc, options.own, [...glossOrgs, ...pctx.spans, ...orgs, ...people]);
  const chosen = resolve(candidates, doc.norm.text.length).filter((sp) => !kinds || kinds.has(sp.type));
  const romanised = new Map<string, string>(); // names recur: transliterate each once
  const entities: EngineEntity[] = chosen.map((sp) => toEntity(doc, sp, romanised));
  const density = entities.filter((e) => e.type !== 'person').length;
  const detection = detectWith(evidence, options.signals, density);
  return { detection, entities };
}

function toEntity(doc: Doc, sp: Span, romanised: Map<string, string>): EngineEntity {
  const [start, end] = origSpan(doc, sp.s, sp.e);
  const surface = doc.original.slice(start, end);
  const e = sp.entry;
  let en = e?.en;
  const transliterated = !en;
  if (!en) {
    en = romanised.get(surface);
    if (en === undefined) {
      en = transliterate(surface);
      romanised.set(surface, en);
    }
  }
  const ent: EngineEntity = {
    start,
    end,
    text: surface,
    type: sp.type,
    name_ar: e && sp.source !== 'context' ? e.ar : surface,
    name_en: en,
    source: sp.source,
  };
  if (e) ent.id = e.id;
  if (sp.kind) ent.kind = sp.kind;
  if (transliterated) ent.transliterated = true;
  return ent;
}
