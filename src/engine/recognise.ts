/**
 * Propose and score: every source proposes candidate spans with named features, and a
 * judge (the learned scorer at run time, the gold at training time) gives each its
 * log-odds. Later proposers read what earlier candidates made likely: organisation
 * heads see which tokens are probably places, titles see which are probably names, and
 * a name believed once is evidence for its other mentions ("seenElsewhere").
 */
import type { EntityType } from '../common/pack';
import type { Span } from './decide/spans';
import { FORCE_HEADS } from './knowledge/orgs';
import { choose, type Focus, focusEvidence } from './link/focus';
import { hasMarks } from './link/marks';
import { leadInFeatures } from './propose/cues';
import type { Lexicon, Posting } from './propose/lexicon';
import { nameKey } from './propose/lexicon';
import { type LexiconEvidence, lexiconCandidates } from './propose/lexicon-candidates';
import { glossaryHits, type Hit } from './propose/lexicon-hits';
import { isGenericGroup, orgContext, trimGroupHead } from './propose/orgs';
import { peopleContext } from './propose/people';
import { kindOf, placeContext } from './propose/places';
import { addTaggerAgreement, taggerCandidates } from './propose/tagger';
import { type Doc, origSpan } from './read/doc';
import type { TaggedSpan, TaggerDoubt } from './tagger/tagger';

const TYPE_INDEX: Record<EntityType, number> = { place: 0, organization: 1, person: 2 };

/** Log-odds of a candidate from its features. */
export type Judge = (sp: Span) => number;

export interface ProposeOptions {
  /** Outside political news only the surest names stand without context. */
  strict: boolean;
  /** The tagger's spans over the same Doc, when a tagger runs. */
  tagged?: readonly TaggedSpan[];
  /** How near the tagger came to names it did not give (see TaggerDoubt). */
  doubt?: TaggerDoubt;
}

function judgeAll(spans: Span[], judge: Judge): void {
  for (const sp of spans) sp.score = judge(sp);
}

/** What leads into each candidate (see cues.ts `leadInFeatures`), once per candidate. */
function addLeadIns(doc: Doc, spans: Span[]): void {
  for (const sp of spans) for (const f of leadInFeatures(doc, sp.t0, sp.s)) addFeat(sp, f);
}

const believed = (sp: Span): boolean => (sp.score ?? 0) > 0;

/** A feature added once (features are a set). */
function addFeat(sp: Span, f: string): void {
  if (!sp.feats.includes(f)) sp.feats.push(f);
}

function lexiconStage(doc: Doc, hits: Hit[], ev: LexiconEvidence): Span[] {
  // With the focus fixed, the best place depends on the name, the head in front and the
  // diacritics as written: choose once per combination.
  const chosen = new Map<string, Posting | null>();
  const out: Span[] = [];
  for (const h of hits) {
    let best: Posting | null | undefined = null;
    if (h.places.length > 0) {
      const head = h.trigger ? kindOf(doc, h.t0 - 1) : undefined;
      const [a, b] = origSpan(doc, h.s, h.e);
      const surface = hasMarks(doc.original, a, b) ? doc.original.slice(a, b) : undefined;
      // Most hits have neither: their key alone (a string whose hash is already known).
      const memo =
        head === undefined && surface === undefined ? h.key : `${h.key}|${head ?? ''}|${surface ?? ''}`;
      best = chosen.get(memo);
      if (best === undefined) {
        best = choose(h.places, ev.focus, { head, surface }) ?? null;
        chosen.set(memo, best);
      }
    }
    out.push(...lexiconCandidates(h, ev, best ?? undefined));
  }
  return out;
}

/**
 * Candidates found by position (context, tagger) take the glossary's entry of their type
 * when the lexicon knows the name: the best place for the article's focus.
 */
function attachEntries(doc: Doc, lex: Lexicon, spans: Span[], focus: Focus): void {
  for (const sp of spans) {
    if (sp.entry) continue;
    const k = nameKey(doc.norm.text.slice(sp.s, sp.e));
    if (!k) continue;
    const of = lex.postings(k.key).filter((x) => x.entry.type === sp.type);
    const p = sp.type === 'place' ? choose(of, focus) : of[0];
    if (p) {
      sp.entry = p.entry;
      sp.kind = p.entry.kind;
      if (sp.source === 'context') sp.source = 'glossary';
      addFeat(sp, 'known');
      continue;
    }
    // A person found by a title or the tagger may be named by a short form the lexicon
    // does not match alone ("الرئيس الأسد"): link it to the who's-who entry it is a weak
    // alias of. Linking only: the short form is no evidence that a name is there.
    const weak = sp.type === 'person' ? lex.weakPeople(k.key)[0] : undefined;
    if (weak) {
      sp.entry = weak;
      sp.kind = weak.kind;
    }
  }
}

/** A name inside a longer known name ("باب الهوى" in "معبر باب الهوى") says so. */
function markInLonger(doc: Doc, lex: Span[]): void {
  const reach = new Int32Array(doc.toks.count + 1); // furthest end of a hit starting at or before t
  for (const sp of lex) reach[sp.t0] = Math.max(reach[sp.t0] as number, sp.t1);
  for (let t = 1; t < reach.length; t++) reach[t] = Math.max(reach[t] as number, reach[t - 1] as number);
  for (const sp of lex) if (sp.t0 > 0 && (reach[sp.t0 - 1] as number) >= sp.t1) addFeat(sp, 'inLonger');
}

export function recognise(doc: Doc, lexicon: Lexicon, opts: ProposeOptions, judge: Judge): Span[] {
  const { hits, ends } = glossaryHits(doc, lexicon);
  const pctx = placeContext(doc, lexicon, ends);
  const { focus, byKey } = focusEvidence(hits, pctx.supported);
  const namedOrgs = new Set<string>();
  for (const h of hits)
    if (h.orgs.length > 0 && !h.common && !h.extraArticle) namedOrgs.add((h.orgs[0] as Posting).entry.id);
  const ev: LexiconEvidence = {
    focus,
    supported: pctx.supported,
    longList: pctx.longList,
    strict: opts.strict,
    byKey,
    namedOrgs,
  };
  const lex = lexiconStage(doc, hits, ev);
  markInLonger(doc, lex);
  const tagged = opts.tagged;
  attachEntries(doc, lexicon, pctx.spans, focus);
  // A span the tagger finds where another source proposed the same one is one candidate
  // with both evidences (addTaggerAgreement), not two.
  const where = (sp: Span): number => (sp.t0 * (doc.toks.count + 1) + sp.t1) * 3 + TYPE_INDEX[sp.type];
  const proposed = new Set<number>();
  for (const list of [lex, pctx.spans]) for (const sp of list) proposed.add(where(sp));
  const fromTagger = tagged ? taggerCandidates(tagged).filter((sp) => !proposed.has(where(sp))) : [];
  attachEntries(doc, lexicon, fromTagger, focus);
  const first = [...lex, ...pctx.spans, ...fromTagger];
  if (tagged) addTaggerAgreement(doc, first, tagged, opts.doubt);
  else for (const sp of first) sp.feats.push('noTagger');
  addLeadIns(doc, first);
  judgeAll(first, judge);

  // Where the text probably names a place, for the organisation heads.
  const placeEnd = new Int32Array(doc.toks.count);
  for (const sp of first)
    if (sp.type === 'place' && believed(sp)) placeEnd[sp.t0] = Math.max(placeEnd[sp.t0] as number, sp.t1);
  const placeAt = (t: number): number => placeEnd[t] ?? 0;

  const lexOrgs = lex.filter((sp) => sp.type === 'organization');
  for (const sp of lexOrgs) {
    if (isGenericGroup(doc, sp.t0, sp.t1, placeAt)) addFeat(sp, 'generic');
    trimGroupHead(doc, sp);
  }
  judgeAll(lexOrgs, judge);
  const orgStarts = new Set(lexOrgs.filter(believed).map((sp) => sp.t0));
  const orgs = orgContext(doc, placeAt);
  for (const sp of orgs)
    if (sp.kind && FORCE_HEADS.has(sp.kind) && orgStarts.has(sp.t0 + 1)) addFeat(sp, 'innerNamed');
  attachEntries(doc, lexicon, orgs, focus);
  if (tagged) addTaggerAgreement(doc, orgs, tagged, opts.doubt);
  else for (const sp of orgs) sp.feats.push('noTagger');
  addLeadIns(doc, orgs);
  judgeAll(orgs, judge);

  const taken = new Uint8Array(doc.toks.count);
  for (const list of [first, orgs])
    for (const sp of list)
      if (sp.type !== 'person' && believed(sp)) for (let t = sp.t0; t < sp.t1; t++) taken[t] = 1;
  const people = peopleContext(doc, (t) => taken[t] === 1);
  attachEntries(doc, lexicon, people, focus);
  if (tagged) addTaggerAgreement(doc, people, tagged, opts.doubt);
  else for (const sp of people) sp.feats.push('noTagger');
  addLeadIns(doc, people);
  judgeAll(people, judge);

  // A name believed at one mention is evidence for its others.
  const believers = new Map<string, number>();
  for (const sp of lex)
    if (sp.type === 'place' && sp.key && believed(sp))
      believers.set(sp.key, (believers.get(sp.key) ?? 0) + 1);
  const again = lex.filter(
    (sp) => sp.type === 'place' && (believers.get(sp.key ?? '') ?? 0) > (believed(sp) ? 1 : 0),
  );
  for (const sp of again) addFeat(sp, 'seenElsewhere');
  judgeAll(again, judge);
  return [...first, ...orgs, ...people];
}
