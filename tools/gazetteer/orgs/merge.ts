/**
 * Merges the hand-curated organisation files (data/orgs/*.json, one per region or
 * source, each `{ $comment, defaults, entries }`) into data/organizations.json, the
 * one array the pack build reads. Deterministic: sorted by id, stable formatting.
 * Run: node scripts/run-ts.mjs tools/gazetteer/orgs/merge.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackEntry } from '../../../src/common/pack';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ORGS_DIR = path.resolve(here, '../data/orgs');
export const ORGS_FILE = path.resolve(here, '../data/organizations.json');

interface OrgFile {
  defaults?: Partial<PackEntry>;
  entries: Array<Partial<PackEntry> & { pf?: number }>;
}

/** Every curated organisation, with its file's defaults applied; Party Facts ids are dropped. */
export function readCuratedOrganizations(dir = ORGS_DIR): Array<PackEntry & { file: string }> {
  const out: Array<PackEntry & { file: string }> = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as OrgFile;
    for (const { pf: _partyFactsId, ...entry } of data.entries) {
      out.push({ ...data.defaults, ...entry, type: 'organization', file } as PackEntry & { file: string });
    }
  }
  return out;
}

export function mergeOrganizations(dir = ORGS_DIR): PackEntry[] {
  return readCuratedOrganizations(dir)
    .map(({ file: _file, ...entry }) => entry)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entries = mergeOrganizations();
  writeFileSync(ORGS_FILE, `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`);
  console.log(
    `organisations: ${entries.length} entries written to ${path.relative(process.cwd(), ORGS_FILE)}`,
  );
}
