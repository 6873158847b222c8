/**
 * The reader's own terms as a candidate source. Terms the reader added or imported reach
 * the engine as a second, small lexicon; a match of one is accepted without the evidence
 * a bundled name needs (it is the reader's word) and wins over any overlapping span of
 * the other recognisers: it is laid over the scorer's choice of the bundled names.
 */
import type { PackEntry } from '../common/pack';
import { candidate, type Span } from './decide/spans';
import type { Lexicon } from './propose/lexicon';
import { glossaryHits } from './propose/lexicon-hits';
import type { Doc } from './read/doc';

/** The own terms' spans in `doc`: every match of a name the own lexicon knows. */
export function ownSpans(doc: Doc, own: Lexicon): Span[] {
  const out: Span[] = [];
  for (const h of glossaryHits(doc, own).hits) {
    const entry: PackEntry | undefined = (h.places[0] ?? h.orgs[0] ?? h.people[0])?.entry;
    if (!entry) continue;
    out.push(
      candidate({
        t0: h.t0,
        t1: h.t1,
        s: h.s,
        e: h.e,
        type: entry.type,
        source: 'own',
        entry,
        kind: entry.kind,
        feats: ['own'],
      }),
    );
  }
  return out;
}

/** `spans` with the own terms' spans in, and every span that overlaps one of them out. */
export function withOwnTerms(doc: Doc, own: Lexicon | undefined, spans: Span[]): Span[] {
  if (!own || own.size === 0) return spans;
  const mine = ownSpans(doc, own);
  if (mine.length === 0) return spans;
  const overlaps = (sp: Span) => mine.some((m) => sp.s < m.e && m.s < sp.e);
  return [...spans.filter((sp) => !overlaps(sp)), ...mine].sort((a, b) => a.s - b.s);
}
