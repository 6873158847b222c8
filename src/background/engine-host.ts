/**
 * One engine per browser. The worker starts from the compiled lexicon (a prebuilt
 * index, ~40 MB of heap, restored in a fraction of the time a rebuild takes); the full
 * pack, with descriptions, coordinates and sources, is read from IndexedDB, or from the
 * bundled file only while IndexedDB is not filled or not available.
 */
import type { Pack, PackEntry } from '../common/pack';
import type { Lexicon } from '../engine';
import { loadCompiledLexicon } from '../engine/propose/lexicon-compiled';
import { parseCompiledTagger, type Tagger } from '../engine/tagger';
import { glossaryDb } from '../glossary/db';
import { readBundledPack, readCompiledLexicon, readTaggerModel } from './pack-source';

export interface EngineHost {
  lexicon: Lexicon;
  /** The sequence tagger; undefined when its model could not be read (annotation goes on without it). */
  tagger?: Tagger;
  packVersion: string;
  attributions: Record<string, string>;
}

let loading: Promise<EngineHost> | undefined;
let fullPackLoading: Promise<{ pack: Pack; byId: Map<string, PackEntry> }> | undefined;

/** Caches a promise, but forgets a failed one so the next call tries again. */
function retrying<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  promise.catch(forget);
  return promise;
}

export function engineHost(): Promise<EngineHost> {
  loading ??= retrying(
    Promise.all([readCompiledLexicon(), loadTagger()]).then(([compiled, tagger]) => ({
      lexicon: loadCompiledLexicon(compiled),
      tagger,
      packVersion: compiled.packVersion,
      attributions: compiled.attributions,
    })),
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** The tagger, read while the lexicon loads; a broken model is reported, not fatal. */
function loadTagger(): Promise<Tagger | undefined> {
  return readTaggerModel()
    .then((model) => parseCompiledTagger(model))
    .catch((error: unknown) => {
      console.warn('Dalil: the sequence tagger is unavailable.', error);
      return undefined;
    });
}

/** The whole bundled pack: for filling IndexedDB, and as the fallback for details. */
export function fullPack(): Promise<Pack> {
  fullPackLoading ??= retrying(
    readBundledPack().then((pack) => ({
      pack,
      byId: new Map(pack.entries.map((entry) => [entry.id, entry])),
    })),
    () => {
      fullPackLoading = undefined;
    },
  );
  return fullPackLoading.then(({ pack }) => pack);
}

/** Every field of an entry (description, coordinates, sources), for the tooltip and saving. */
export async function fullEntry(id: string): Promise<PackEntry | undefined> {
  try {
    const stored = await glossaryDb().entries.get(id);
    if (stored) {
      const { searchKeys: _derived, ...entry } = stored;
      return entry;
    }
  } catch {
    // IndexedDB unavailable: the bundled pack still has the entry.
  }
  await fullPack();
  return (await fullPackLoading!).byId.get(id);
}
