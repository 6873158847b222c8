/**
 * The tagger as a candidate source: each span it tags is a candidate with its score as
 * features (in bands, so pairs with other evidence stay few), and every other candidate
 * learns whether the tagger agrees with it: same span and type, part of it or more,
 * another type over it, or nothing there.
 */
import { candidate, type Span } from '../decide/spans';
import type { Doc } from '../read/doc';
import type { TaggedSpan, TaggerDoubt } from '../tagger/tagger';

const TYPE_TAG = { place: 'place', organization: 'org', person: 'person' } as const;

export function scoreBand(score: number): string {
  return score >= 0.95 ? 'tg:95' : score >= 0.8 ? 'tg:80' : score >= 0.5 ? 'tg:50' : 'tg:low';
}

export function taggerCandidates(tagged: readonly TaggedSpan[]): Span[] {
  return tagged.map((t) =>
    candidate({
      t0: t.t0,
      t1: t.t1,
      s: t.s,
      e: t.e,
      type: t.type,
      source: 'tagger',
      feats: [`tagger:${TYPE_TAG[t.type]}`, scoreBand(t.score), t.t1 - t.t0 > 1 ? 'multi' : 'single'],
    }),
  );
}

/**
 * How a candidate overlaps a tagged span of its type without matching it: the tagger
 * found part of the candidate's name («اللجنة الدولية» of the Red Cross committee's full
 * name), the candidate is part of the tagger's longer name, or the two cross.
 */
function overlapKind(sp: Span, t: TaggedSpan): string {
  if (t.t0 >= sp.t0 && t.t1 <= sp.t1) return 'tgPart';
  if (t.t0 <= sp.t0 && t.t1 >= sp.t1) return 'tgLonger';
  return 'tgCross';
}

/**
 * Where the tagger named nothing: how near it came to starting a name of the candidate's
 * kind there (see TaggerDoubt), in bands of the margin. Words that are no name lie 70 and
 * more below the best labelling; a town the tagger half knows, 10 to 40.
 */
export function noneBand(deficit: number): string {
  return deficit < 10 ? 'tgNone:near' : deficit < 40 ? 'tgNone:mid' : 'tgNone';
}

/** Adds the tagger's view to the other sources' candidates. */
export function addTaggerAgreement(
  doc: Doc,
  spans: readonly Span[],
  tagged: readonly TaggedSpan[],
  doubt?: TaggerDoubt,
): void {
  // Per token: the tagged span covering it (spans do not overlap).
  const cover = new Int32Array(doc.toks.count).fill(-1);
  tagged.forEach((t, i) => {
    for (let k = t.t0; k < t.t1; k++) cover[k] = i;
  });
  for (const sp of spans) {
    if (sp.source === 'tagger') continue;
    let f = doubt ? noneBand(doubt.beginDeficit(sp.t0, sp.type)) : 'tgNone';
    for (let k = sp.t0; k < sp.t1; k++) {
      const i = cover[k] as number;
      if (i < 0) continue;
      const t = tagged[i] as TaggedSpan;
      if (t.type !== sp.type) f = 'tgOtherType';
      else if (t.t0 === sp.t0 && t.t1 === sp.t1) f = `tgSame:${scoreBand(t.score)}`;
      else f = overlapKind(sp, t);
      break;
    }
    sp.feats.push(f);
  }
}
