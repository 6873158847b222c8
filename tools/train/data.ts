/**
 * The training set as examples: NewsFANE in blocks of consecutive sentences (the unit
 * of the cross-validation folds), the Wojood sample and corpus-dev, and the gazetteer
 * built from the pack with the run-time code.
 */
import { loadPack } from '../../src/cli/pack';
import { Lexicon } from '../../src/engine/propose/lexicon';
import type { NameWords } from '../../src/engine/tagger/features';
import { type Gazetteer, lexiconGazetteer } from '../../src/engine/tagger/gazetteer';
import { augmented, namePools } from './augment';
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
  /**
   * Each NewsFANE block's sentences as documents of their own, index by index with
   * `newsfane`: the scorer learns what a name is worth in a text too short to have a focus.
   */
  newsfaneSentences: Example[][];
  /** Mention-replaced copies (augment.ts), index by index with `newsfane` and `wojood`. */
  newsfaneCopies: (Example | undefined)[];
  wojoodCopies: (Example | undefined)[];
  names: NameWords;
}

export function loadCorpora(): Corpora {
  const newsfaneBlocks = blocks(readNewsfaneSentences(), BLOCK);
  const newsfaneTexts = newsfaneBlocks.map(newsfaneText);
  const wojoodTexts = ['train.txt', 'val.txt', 'test.txt'].flatMap((f) => readWojood(f));
  const pools = namePools(loadPack().entries);
  const copies = (texts: Parameters<typeof fromText>[0][], seed: number) =>
    augmented(texts, pools, seed).map((t) => (t ? fromText(t) : undefined));
  return {
    newsfane: newsfaneTexts.map(fromText),
    wojood: wojoodTexts.map(fromText),
    dev: readCorpusDev().map(fromDev),
    newsfaneSentences: newsfaneBlocks.map((b) => b.map((sentence) => fromText(newsfaneText([sentence])))),
    newsfaneCopies: copies(newsfaneTexts, 1),
    wojoodCopies: copies(wojoodTexts, 2),
    names: readNameWords(),
  };
}

const present = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

/**
 * What a tagger trains on: NewsFANE, Wojood and corpus-dev with the mention-replaced
 * copies, without NewsFANE fold `without` (its copies too) or, for 'dev', without
 * corpus-dev. The shipped model takes everything.
 */
export function taggerTrainingSet(c: Corpora, without?: number | 'dev', folds = 5): Example[] {
  const fold = typeof without === 'number';
  const news = fold ? split(c.newsfane, without, folds)[1] : c.newsfane;
  const newsCopies = fold ? split(c.newsfaneCopies, without, folds)[1] : c.newsfaneCopies;
  return [
    ...news,
    ...c.wojood,
    ...(without === 'dev' ? [] : c.dev),
    ...present(newsCopies),
    ...present(c.wojoodCopies),
  ];
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
