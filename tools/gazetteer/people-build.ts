/** The people of the pack: the curated who's-who, then the members of parliament it lacks. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackEntry } from '../../src/common/pack.js';
import { ATTRIBUTIONS } from './attributions.js';
import { loadMps, mergeMps } from './sources/mps.js';
import { loadCuratedPeople, personNameKey } from './sources/people.js';

export const PEOPLE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'people');

export function buildPeople(
  dataDir: string,
  takenIds: ReadonlySet<string>,
  log: (s: string) => void,
  warn: (s: string) => void,
): PackEntry[] {
  const curated = loadCuratedPeople(PEOPLE_DIR, new Set(Object.keys(ATTRIBUTIONS)), warn).filter((p) => {
    if (takenIds.has(p.id)) warn(`person id ${p.id} clashes with another entry; skipped`);
    return !takenIds.has(p.id);
  });
  const mps = loadMps(dataDir, warn);
  const added = mergeMps(curated, mps.entries, personNameKey);
  const skipped = Object.entries(mps.skipped)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  log(
    `people: ${curated.length} curated (${curated.filter((p) => p.wikidata).length} with QID, ${curated.filter((p) => p.roles?.some((r) => r.from)).length} with role years); MPs ${mps.entries.length} usable → ${added.length} added (skipped: ${skipped})`,
  );
  return [...curated, ...added];
}
