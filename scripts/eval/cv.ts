/**
 * NewsFANE 5-fold cross-validation of the whole engine: fold k is annotated with the
 * tagger trained without it (tools/train/fold-taggers.ts) and a scorer trained on
 * corpus-dev and the other four folds, and scored by CoNLL exact match (same tokens,
 * same kind) per kind, beside the previous engine on the same text. The scorer's other
 * folds carry tagger spans from taggers that saw fold k: a small leak, through the
 * tagger's weights only, never through fold k's labels in the scorer.
 */

import { annotate } from '../../src/engine/annotate';
import type { EngineEntity } from '../../src/engine/api';
import { Scorer } from '../../src/engine/decide/scorer';
import type { Lexicon } from '../../src/engine/propose/lexicon';
import type { Doc } from '../../src/engine/read/doc';
import { KINDS } from '../../src/engine/tagger/labels';
import { loadCorpora, split } from '../../tools/train/data';
import { row, score, type Tally, tally } from '../../tools/train/eval-ner';
import { entityKeys } from '../../tools/train/examples';
import { FOLDS, foldTagger } from '../../tools/train/fold-taggers';
import { scorerExamples, trainScorer } from '../../tools/train/scorer';
import type { AnnotateFn } from './baseline';

/** Entities as token keys `t0:t1:kind` of the Doc. */
export function tokenKeys(doc: Doc, entities: readonly EngineEntity[]): string[] {
  const { map } = doc.norm;
  const n = doc.toks.count;
  const out: string[] = [];
  let t = 0;
  for (const e of entities) {
    while (t < n && (map[(doc.toks.end[t] as number) - 1] as number) < e.start) t++;
    let j = t;
    while (j < n && (map[doc.toks.start[j] as number] as number) < e.end) j++;
    if (j > t) out.push(`${t}:${j}:${KINDS.indexOf(e.type)}`);
  }
  return out;
}

const add = (a: Tally, b: Tally): void => {
  for (const f of ['tp', 'fp', 'fn'] as const)
    for (let k = 0; k < 3; k++) (a[f][k] as number) += b[f][k] as number;
};

export function crossValidate(lexicon: Lexicon, baseline: AnnotateFn | undefined, only?: number): void {
  const t0 = performance.now();
  const corpora = loadCorpora();
  const taggers = [...Array(FOLDS).keys()].map((k) => foldTagger(corpora, k));
  const examples = scorerExamples(corpora, lexicon, taggers, foldTagger(corpora, 'dev'));
  const total = tally();
  const before = tally();
  console.log(`\n=== NewsFANE ${FOLDS}-fold CV, CoNLL exact match: F1 (P R) per kind ===`);
  console.log(`${''.padEnd(16)}${KINDS.map((k) => k.padEnd(26)).join('')}`);
  for (let k = 0; k < FOLDS; k++) {
    if (only !== undefined && k !== only) continue;
    const scorer = new Scorer(trainScorer(examples, k));
    const fold = tally();
    const old = tally();
    for (const g of split(corpora.newsfane, k, FOLDS)[0]) {
      const gold = entityKeys(g.gold);
      const a = annotate(g.doc.original, lexicon, { scorer, tagger: taggers[k] });
      score(fold, gold, tokenKeys(g.doc, a.entities));
      if (baseline) score(old, gold, tokenKeys(g.doc, baseline(g.doc.original, lexicon).entities));
    }
    console.log(`${`fold ${k}`.padEnd(16)}${row(fold)}`);
    add(total, fold);
    add(before, old);
  }
  console.log(`${'engine'.padEnd(16)}${row(total)}`);
  if (baseline) console.log(`${'previous'.padEnd(16)}${row(before)}`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

/** Folds of corpus-dev's own cross-validation (documents dealt round-robin). */
export const DEV_FOLDS = 4;

/**
 * corpus-dev cross-validation of the scorer: fold j of the documents (round-robin) is
 * annotated with the tagger trained without corpus-dev and a scorer trained on NewsFANE
 * and the other corpus-dev documents; CoNLL exact match per kind, as above. This is the
 * honest figure for political news (the in-sample corpus-dev figures above are not).
 */
export function devCrossValidate(lexicon: Lexicon): void {
  const t0 = performance.now();
  const corpora = loadCorpora();
  const taggers = [...Array(FOLDS).keys()].map((k) => foldTagger(corpora, k));
  const devTagger = foldTagger(corpora, 'dev');
  const examples = scorerExamples(corpora, lexicon, taggers, devTagger);
  const total = tally();
  for (let j = 0; j < DEV_FOLDS; j++) {
    const scorer = new Scorer(trainScorer(examples, undefined, (d) => d % DEV_FOLDS === j));
    corpora.dev.forEach((g, d) => {
      if (d % DEV_FOLDS !== j) return;
      const a = annotate(g.doc.original, lexicon, { scorer, tagger: devTagger });
      score(total, entityKeys(g.gold), tokenKeys(g.doc, a.entities));
    });
  }
  console.log(
    `\n=== corpus-dev ${DEV_FOLDS}-fold CV of the scorer, CoNLL exact match: F1 (P R) per kind ===`,
  );
  console.log(`${''.padEnd(16)}${KINDS.map((k) => k.padEnd(26)).join('')}`);
  console.log(`${'engine'.padEnd(16)}${row(total)}`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
