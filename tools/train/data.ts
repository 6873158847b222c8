/**
 * The training set as examples: NewsFANE in blocks of consecutive sentences (the unit
 * of the cross-validation folds), the Wojood sample and corpus-dev, and the gazetteer
 * built from the pack with the run-time code.
 */
import { loadPack } from '../../src/cli/pack';
import { Lexicon } from '../../src/engine/propose/lexicon';
import type { NameWords } from '../../src/engine/tagger/features';
import { type Gazetteer, lexiconGazetteer } from '../../src/engine/tagger/gazetteer';
import {
  blocks,
  newsfaneText,
  readCorpusDev,
  readNameWords,
  readNewsfaneSentences,
  readWojood,
} from './corpora';
import { type Example, fromDev, fromText } from './examples';

/** Sentences per NewsFANE block: a short article's worth, so the doc-level cues see a page. */
export const BLOCK = 10;

export interface Corpora {
  newsfane: Example[];
  wojood: Example[];
  dev: Example[];
  names: NameWords;
}

export function loadCorpora(): Corpora {
  const newsfane = blocks(readNewsfaneSentences(), BLOCK).map((b) => fromText(newsfaneText(b)));
  const wojood = ['train.txt', 'val.txt', 'test.txt'].flatMap((f) => readWojood(f).map(fromText));
  const dev = readCorpusDev().map(fromDev);
  return { newsfane, wojood, dev, names: readNameWords() };
}

let lexicon: Lexicon | undefined;
export function packLexicon(): Lexicon {
  lexicon ??= Lexicon.fromPack(loadPack());
  return lexicon;
}

export const packGazetteer = (): Gazetteer => lexiconGazetteer(packLexicon());

/** Fold k of `folds` contiguous folds: [test, train]. */
export function split<T>(items: T[], k: number, folds: number): [T[], T[]] {
  const a = Math.floor((items.length * k) / folds);
  const b = Math.floor((items.length * (k + 1)) / folds);
  return [items.slice(a, b), [...items.slice(0, a), ...items.slice(b)]];
}
