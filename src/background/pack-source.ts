/**
 * Reads the files shipped inside the extension: the compiled lexicon and tagger model
 * the worker starts from (pack/lexicon.bin, pack/tagger.bin, written by build.mjs) and
 * the full pack (pack/dalil-pack.json.gz), needed only to fill IndexedDB or when it is
 * unavailable.
 * Fetching the extension's own files is not a network request.
 */
import browser from 'webextension-polyfill';
import type { Pack } from '../common/pack';
import { type CompiledLexicon, parseCompiledLexicon } from '../engine/propose/lexicon-compiled';

export const PACK_PATH = 'pack/dalil-pack.json.gz';
export const LEXICON_PATH = 'pack/lexicon.bin';
export const TAGGER_PATH = 'pack/tagger.bin';

async function fetchOwn(file: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok || !response.body)
    throw new Error(`${file} is missing from the extension (${response.status}).`);
  return response;
}

export async function gunzipJson(file: string): Promise<unknown> {
  const response = await fetchOwn(file);
  return new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).json();
}

/**
 * Not gzipped: restoring it is taking views of its bytes, and inflating them would cost a
 * cold worker more than all the rest of its start (the package's zip compresses it anyway).
 */
export async function readCompiledLexicon(): Promise<CompiledLexicon> {
  return parseCompiledLexicon(await (await fetchOwn(LEXICON_PATH)).arrayBuffer());
}

/** The sequence tagger's compiled model (read by `parseCompiledTagger`), not gzipped either. */
export async function readTaggerModel(): Promise<ArrayBuffer> {
  return (await fetchOwn(TAGGER_PATH)).arrayBuffer();
}

export async function readBundledPack(): Promise<Pack> {
  return (await gunzipJson(PACK_PATH)) as Pack;
}
