import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Tagger } from '../engine/tagger';
import { loadTagger, TaggerLoadError } from './tagger';

describe('loadTagger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dalil-tagger-'));

  it('loads the committed model', () => {
    expect(loadTagger()).toBeInstanceOf(Tagger);
  });

  it.each([
    ['a missing file', 'missing.json.gz', undefined, /cannot read the tagger model/],
    ['a file that is not JSON', 'junk.json.gz', gzipSync('{oops'), /is not valid/],
    [
      'JSON that is no model',
      'other.json',
      Buffer.from('{"format":"dalil-pack"}'),
      /not a Dalil tagger model/,
    ],
  ])('explains %s', (_name, file, content, message) => {
    const path = join(dir, file);
    if (content) writeFileSync(path, content);
    expect(() => loadTagger(path)).toThrow(TaggerLoadError);
    expect(() => loadTagger(path)).toThrow(message);
  });
});
