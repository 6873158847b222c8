/**
 * The worker's engine host on the engine's test pack, for `vi.mock('./engine-host', () =>
 * import('./engine-host.test-util'))`: the real handlers run without a packaged file.
 */
import type { Pack, PackEntry } from '../common/pack';
import { TEST_PACK, testLexicon } from '../engine/testing';
import type { EngineHost } from './engine-host';

export const engineHost = async (): Promise<EngineHost> => ({
  lexicon: testLexicon(),
  packVersion: TEST_PACK.version,
  attributions: TEST_PACK.attributions,
});
export const fullPack = async (): Promise<Pack> => TEST_PACK;
export const fullEntry = async (id: string): Promise<PackEntry | undefined> =>
  TEST_PACK.entries.find((entry) => entry.id === id);
