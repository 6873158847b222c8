/**
 * Trains the decide stage's scorer and writes pack/dalil-scorer.json: logistic
 * regression on the candidates the engine proposes on corpus-dev and on NewsFANE, each
 * NewsFANE fold with the spans of a tagger that never saw it (fold-taggers.ts), corpus-dev
 * with the spans of a tagger trained without corpus-dev. A tagger that saw the text agrees
 * with its gold far more often than it does on a new page, and the scorer would learn to
 * drop every name the tagger misses. Deterministic.
 * Usage: npm run train:scorer
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ScorerWeights } from '../../src/engine/decide/scorer';
import type { Lexicon } from '../../src/engine/propose/lexicon';
import type { Tagger } from '../../src/engine/tagger/tagger';
import { type Corpora, loadCorpora, packGazetteer, packLexicon, split } from './data';
import { FOLDS, foldTagger } from './fold-taggers';
import { type Example, train } from './logistic';
import { examplesOf } from './scorer-examples';

/** corpus-dev is the genre Dalil is for: its examples count this many times a newswire one. */
export const DEV_WEIGHT = 30;

export interface FoldExamples {
  dev: Example[];
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
  const tag = (t: Tagger, doc: Parameters<Tagger['tag']>[0]) => t.tag(doc, { gazetteer });
  const dev = corpora.dev.flatMap((g) => examplesOf(g, lexicon, tag(devTagger, g.doc), DEV_WEIGHT));
  const news = taggers.map((t, k) =>
    split(corpora.newsfane, k, FOLDS)[0].flatMap((g) => examplesOf(g, lexicon, tag(t, g.doc))),
  );
  return { dev, news };
}

/** Weights from corpus-dev and every NewsFANE fold except `without`. */
export function trainScorer(ex: FoldExamples, without?: number): ScorerWeights {
  return train([...ex.dev, ...ex.news.filter((_, k) => k !== without).flat()]);
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
