/**
 * Reads the pack shipped inside the extension (pack/dalil-pack.json.gz). Fetching the
 * extension's own file is not a network request; it is decompressed with the
 * platform's DecompressionStream.
 */
import browser from 'webextension-polyfill';
import type { Pack } from '../common/pack';

export const PACK_PATH = 'pack/dalil-pack.json.gz';

export async function readBundledPack(): Promise<Pack> {
  const response = await fetch(browser.runtime.getURL(PACK_PATH));
  if (!response.ok || !response.body)
    throw new Error(`The glossary pack is missing from the extension (${response.status}).`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as Pack;
}
