/**
 * Reads the files shipped inside the extension: the compiled lexicon the worker starts
 * from (pack/lexicon.json, written by build.mjs) and the full pack
 * (pack/dalil-pack.json.gz), needed only to fill IndexedDB or when it is unavailable.
 * Fetching the extension's own files is not a network request.
 */
import browser from 'webextension-polyfill';
import type { Pack } from '../common/pack';
import { type CompiledLexicon, isCompiledLexicon } from '../engine/lexicon-compiled';

export const PACK_PATH = 'pack/dalil-pack.json.gz';
export const LEXICON_PATH = 'pack/lexicon.json';

async function fetchOwn(file: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok || !response.body)
    throw new Error(`${file} is missing from the extension (${response.status}).`);
  return response;
}

export async function readCompiledLexicon(): Promise<CompiledLexicon> {
  const compiled: unknown = await (await fetchOwn(LEXICON_PATH)).json();
  if (!isCompiledLexicon(compiled))
    throw new Error(`${LEXICON_PATH} is not a lexicon this version can read.`);
  return compiled;
}

export async function readBundledPack(): Promise<Pack> {
  const response = await fetchOwn(PACK_PATH);
  const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as Pack;
}
