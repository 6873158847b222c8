/**
 * The annotator: read → propose → decide → link.
 *
 *   read     the text normalised with an offset map, tokens, per-word facts (read/)
 *   propose  candidates from the lexicon, the context rules and any extra source,
 *            each with named features (propose/, recognise.ts)
 *   decide   the learned scorer's log-odds per candidate, then the best
 *            non-overlapping set (decide/)
 *   link     each kept span to its entry and English name (link/)
 */

import weights from '../../pack/dalil-scorer.json';
import type { EntityType } from '../common/pack';
import type { Annotation, EngineEntity, PageSignals } from './api';
import { chooseBest } from './decide/choose';
import { Scorer, type ScorerWeights } from './decide/scorer';
import type { Span } from './decide/spans';
import { detectWith, otherGenreRate, textEvidence } from './detect/detect';
import { toEntity } from './link/entity';
import { withOwnTerms } from './own-terms';
import type { Lexicon } from './propose/lexicon';
import { prepare } from './read/doc';
import { recognise } from './recognise';
import { type Gazetteer, lexiconGazetteer } from './tagger/gazetteer';
import type { Tagger } from './tagger/tagger';

export interface AnnotateOptions {
  signals?: PageSignals;
  /** Entity types to report (default: all). */
  kinds?: EntityType[];
  /** Weights other than the committed ones (training, evaluation of a held-out fold). */
  scorer?: Scorer;
  /** The statistical tagger, a candidate source (see propose/tagger.ts). */
  tagger?: Tagger;
  /** The reader's own terms (see own-terms.ts): accepted wherever they match. */
  own?: Lexicon;
}

/** The tagger's gazetteer flags, built once per lexicon. */
const gazetteers = new WeakMap<Lexicon, Gazetteer>();
function gazetteerOf(lexicon: Lexicon): Gazetteer {
  let g = gazetteers.get(lexicon);
  if (!g) {
    g = lexiconGazetteer(lexicon);
    gazetteers.set(lexicon, g);
  }
  return g;
}

const DEFAULT_SCORER = new Scorer(weights as ScorerWeights);

export function annotate(text: string, lexicon: Lexicon, options: AnnotateOptions = {}): Annotation {
  const doc = prepare(text);
  // A first look at the genre decides how much evidence a bare name needs.
  const evidence = textEvidence(text);
  const first = detectWith(evidence, options.signals);
  const strict = first.isArabic && !first.isPolitical && otherGenreRate(evidence) >= 0.02;
  const scorer = options.scorer ?? DEFAULT_SCORER;
  const tagging = options.tagger?.tagWithDoubt(doc, { gazetteer: gazetteerOf(lexicon) });
  const candidates = recognise(
    doc,
    lexicon,
    { strict, tagged: tagging?.spans, doubt: tagging?.doubt },
    (sp: Span) => scorer.scoreSpan(sp),
  );
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const chosen = withOwnTerms(doc, options.own, chooseBest(candidates)).filter(
    (sp) => !kinds || kinds.has(sp.type),
  );
  const romanised = new Map<string, string>(); // names recur: transliterate each once
  const entities: EngineEntity[] = chosen.map((sp) => toEntity(doc, sp, romanised));
  const density = entities.filter((e) => e.type !== 'person').length;
  const detection = detectWith(evidence, options.signals, density);
  return { detection, entities };
}
