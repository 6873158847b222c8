import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../src/common/pack.js';
import { canonicalEntry, gzipDeterministic, serializePack } from './write.js';

const e = (id: string, extra: Partial<PackEntry> = {}): PackEntry => ({
  src: ['wof'],
  rank: 1,
  en: 'X',
  ar: 'س',
  kind: 'village',
  type: 'place',
  id,
  ...extra,
});

describe('write', () => {
  it('orders fields canonically and drops empty ones', () => {
    const c = canonicalEntry(e('wof:1', { aliases: [], desc: '' }));
    expect(Object.keys(c)).toEqual(['id', 'type', 'kind', 'ar', 'en', 'rank', 'src']);
  });

  it('sorts entries by id and gives the same bytes for the same input', () => {
    const a = serializePack('1.0.0', { wof: 'w' }, [e('wof:2'), e('cc:SY')]);
    const b = serializePack('1.0.0', { wof: 'w' }, [e('cc:SY'), e('wof:2')]);
    expect(a).toBe(b);
    const pack = JSON.parse(a);
    expect(pack.entries.map((x: PackEntry) => x.id)).toEqual(['cc:SY', 'wof:2']);
    expect(pack.version).toMatch(/^1\.0\.0\+[0-9a-f]{10}$/);
    expect(gzipDeterministic(a).equals(gzipDeterministic(b))).toBe(true);
  });

  it('writes a gzip header with mtime 0 and OS 3', () => {
    const gz = gzipDeterministic('{}');
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(3);
    expect(gunzipSync(gz).toString()).toBe('{}');
  });
});
