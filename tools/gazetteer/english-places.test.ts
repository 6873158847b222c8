/**
 * The built pack gives major places the English news uses (the rule in exonyms.ts):
 * for each row, the top-ranked place of that country, Arabic name and kind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Pack, PackEntry } from '../../src/common/pack';
import { nameKey } from './arabic';
import { ENGLISH_PLACES } from './english-places.table';

const here = path.dirname(fileURLToPath(import.meta.url));
const pack = JSON.parse(
  gunzipSync(readFileSync(path.resolve(here, '../../pack/dalil-pack.json.gz'))).toString('utf8'),
) as Pack;

const SETTLEMENT = new Set(['city', 'town', 'village']);
const byName = new Map<string, PackEntry[]>();
for (const e of pack.entries) {
  if (e.type !== 'place') continue;
  for (const n of new Set([e.ar, ...(e.aliases ?? [])].map(nameKey))) {
    const key = `${e.country}|${n}`;
    const list = byName.get(key);
    if (list) list.push(e);
    else byName.set(key, [e]);
  }
}

function top(country: string, ar: string, kind: string): PackEntry | undefined {
  const kinds = kind === 'city' ? SETTLEMENT : new Set([kind]);
  return (byName.get(`${country}|${nameKey(ar)}`) ?? [])
    .filter((e) => kinds.has(e.kind))
    .sort((a, b) => b.rank - a.rank)[0];
}

describe('English names of major places', () => {
  it('the table holds at least 150 places', () => expect(ENGLISH_PLACES.length).toBeGreaterThanOrEqual(150));

  it.each(ENGLISH_PLACES)('%s %s (%s) → %s', (country, ar, kind, en) => {
    expect(top(country, ar, kind)?.en).toBe(en);
  });

  it('keeps the romanisation an exonym replaced as an English alias', () => {
    const cairo = top('EG', 'القاهرة', 'governorate');
    expect(cairo?.enAliases).toContain('Al Qahirah');
    const raqqa = top('SY', 'الرقة', 'city');
    expect(raqqa?.enAliases).toContain('Ar Raqqah');
  });
});
