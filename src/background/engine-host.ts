/**
 * One engine per browser: the lexicon is built once from the bundled pack when the
 * worker first needs it, and every tab shares it.
 */
import type { Pack } from '../common/pack';
import { Lexicon } from '../engine';
import { readBundledPack } from './pack-source';

export interface EngineHost {
  pack: Pack;
  lexicon: Lexicon;
}

let loading: Promise<EngineHost> | undefined;

export function engineHost(): Promise<EngineHost> {
  loading ??= readBundledPack().then((pack) => ({ pack, lexicon: Lexicon.fromPack(pack) }));
  // A failed load is retried on the next request rather than cached forever.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
