/**
 * Trains the decide stage's scorer and writes pack/dalil-scorer.json: logistic
 * regression on the candidates the engine proposes on corpus-dev and on NewsFANE (its
 * blocks, and each of their sentences alone, as a short text without a focus), each
 * NewsFANE fold with the spans of a tagger that never saw it (fold-taggers.ts), corpus-dev
 * with the spans of a tagger trained without corpus-dev. A tagger that saw the text agrees
 * with its gold far more often than it does on a new page, and the scorer would learn to
 * drop every name the tagger misses. Deterministic.
 * Usage: npm run train:scorer
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../src/common/pack';
import { Scorer, type ScorerWeights } from '../../src/engine/decide/scorer';
import type { Lexicon } from '../../src/engine/propose/lexicon';
import type { Tagger } from '../../src/engine/tagger/tagger';
import { type Corpora, loadCorpora, packGazetteer, packLexicon, split } from './data';
import { FOLDS, foldTagger } from './fold-taggers';
import { type Example, train } from './logistic';
import { examplesOf } from './scorer-examples';

/**
 * corpus-dev is the genre Dalil is for: its examples count this many times a newswire one.
 * Chosen by the two cross-validations (npm run eval): at 30, corpus-dev CV 0.861 / 0.779 /
 * 0.692 and NewsFANE fold 0 0.818 / 0.554 / 0.641; at 10, 0.861 / 0.755 / 0.685 and 0.831 /
 * 0.636 / 0.656; at 3, 0.836 / 0.780 / 0.643 and 0.829 / 0.653 / 0.665 (place / org / person).
 */
export const DEV_WEIGHT = 10;

export interface FoldExamples {
  /** By corpus-dev document. */
  dev: Example[][];
  /** By NewsFANE fold. */
  news: Example[][];
}

export function scorerExamples(
  corpora: Corpora,
  lexicon: Lexicon,
  taggers: Tagger[],
  devTagger: Tagger,
): FoldExamples {
  const gazetteer = packGazetteer();
  const tag = (t: Tagger, doc: Parameters<Tagger['tag']>[0]) => t.tagWithDoubt(doc, { gazetteer });
  const dev = corpora.dev.map((g) => examplesOf(g, lexicon, tag(devTagger, g.doc), DEV_WEIGHT));
  const news = taggers.map((t, k) => [
    ...split(corpora.newsfane, k, FOLDS)[0].flatMap((g) => examplesOf(g, lexicon, tag(t, g.doc))),
    ...split(corpora.newsfaneSentences, k, FOLDS)[0]
      .flat()
      .flatMap((g) => examplesOf(g, lexicon, tag(t, g.doc))),
  ]);
  return { dev, news };
}

/**
 * Weights from corpus-dev and every NewsFANE fold except `without`, and without the
 * corpus-dev documents `withoutDev` says (for corpus-dev's own cross-validation).
 */
export function trainScorer(
  ex: FoldExamples,
  without?: number,
  withoutDev: (doc: number) => boolean = () => false,
): ScorerWeights {
  const examples = [
    ...ex.dev.filter((_, d) => !withoutDev(d)).flat(),
    ...ex.news.filter((_, k) => k !== without).flat(),
  ];
  return withF1Threshold(train(examples), examples);
}

/**
 * The decide stage keeps a candidate whose log-odds are above 0. Logistic regression puts
 * 0 where a candidate is as likely a name as not, which maximises accuracy; a reader is
 * served by F1 (a missed name costs as much as a wrong one), whose best cut lies lower
 * when names are few among the candidates. Each type's cut that maximises its F1 on the
 * training candidates (with the tagger's evidence, as at run time) is its `typeBias`.
 */
export function withF1Threshold(w: ScorerWeights, examples: readonly Example[]): ScorerWeights {
  const scorer = new Scorer(w);
  const typeBias: Partial<Record<EntityType, number>> = {};
  for (const type of ENTITY_TYPES) {
    const scored = examples
      .filter((ex) => ex.type === type && !ex.feats.includes('noTagger'))
      .map((ex) => ({ z: scorer.score(ex.feats), label: ex.label, weight: ex.weight ?? 1 }));
    typeBias[type] = -f1BestCut(scored);
  }
  return { ...w, typeBias };
}

/** The cut in [-2, 1] (steps of 0.05) above which the candidates give the best F1. */
function f1BestCut(scored: readonly { z: number; label: boolean; weight: number }[]): number {
  let best = { cut: 0, f1: -1 };
  for (let cut = -2; cut <= 1.0001; cut += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const x of scored) {
      if (x.z > cut && x.label) tp += x.weight;
      else if (x.z > cut) fp += x.weight;
      else if (x.label) fn += x.weight;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    if (f1 > best.f1 + 1e-9) best = { cut, f1 };
  }
  return Math.round(best.cut * 1000) / 1000;
}

if (process.argv[1]?.endsWith('scorer.ts')) {
  const t0 = performance.now();
  const corpora = loadCorpora();
  const taggers = [...Array(FOLDS).keys()].map((k) => foldTagger(corpora, k));
  const w = trainScorer(scorerExamples(corpora, packLexicon(), taggers, foldTagger(corpora, 'dev')));
  const json = `${JSON.stringify(w).replace(/,"/g, ',\n"')}\n`;
  writeFileSync(resolve(process.cwd(), 'pack/dalil-scorer.json'), json);
  console.log(
    `scorer: ${Object.keys(w.weights).length} weights → pack/dalil-scorer.json in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}
