/** End-to-end: the CLI run as a process on temp files, with a small pack of our own. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build helper, without types
import { cliBuildOptions } from '../../scripts/cli-build.mjs';
import { TEST_PACK } from '../engine/testing';

const root = resolve(__dirname, '../..');
const script = join(root, 'src/cli/dalil.ts');
let dir = '';
let pack = '';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DALIL_PACK: pack, NO_COLOR: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dalil-cli-'));
  pack = join(dir, 'pack.json.gz');
  writeFileSync(pack, gzipSync(JSON.stringify(TEST_PACK)));
  writeFileSync(
    join(dir, 'a.txt'),
    'قصفت الطائرات بلدات "كنصفرة، وبليون" في ريف إدلب، وقالت وزارة الدفاع التركية إن القصف مستمر.',
  );
  writeFileSync(
    join(dir, 'b.html'),
    '<!doctype html><html lang="ar" dir="rtl"><head><title>x</title></head><body><nav>الرئيسية</nav><article><h1>قصف</h1><p>سقطت قذائف على مدينة حلب في سوريا.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'bad.json.gz'), 'not a pack');
});

describe('dalil annotate', { timeout: 60_000 }, () => {
  it('prints JSON Lines: a record per file, then one per entity', () => {
    const r = run(['annotate', join(dir, 'a.txt'), join(dir, 'b.html'), '--format', 'json']);
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const files = records.filter((record) => record.record === 'file');
    const entitiesOf = (file: string) =>
      records.filter((record) => record.record === 'entity' && record.file === file);
    expect(files.map((record) => record.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.html')]);
    const lines = files.map((record) => ({ ...record, entities: entitiesOf(record.file) }));
    expect(Object.keys(lines[0].detection).sort()).toEqual([
      'isArabic',
      'isPolitical',
      'language',
      'reasons',
      'score',
    ]);
    expect(lines[0].entities.map((e: { text: string }) => e.text)).toEqual([
      'كنصفرة',
      'بليون',
      'إدلب',
      'وزارة الدفاع التركية',
    ]);
    const e = lines[0].entities[0];
    expect(Object.keys(e).sort()).toEqual([
      'end',
      'file',
      'id',
      'name_ar',
      'name_en',
      'record',
      'source',
      'start',
      'text',
      'type',
    ]);
    expect(lines[1].entities.map((x: { text: string }) => x.text)).toEqual(['حلب', 'سوريا']);
  });

  it('prints a readable view without colour when NO_COLOR is set', () => {
    const r = run(['annotate', join(dir, 'a.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('⟦كنصفرة⟧');
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stdout).toMatch(/entities: 3 places, 1 organisations/);
  });

  it.each([
    [['annotate', '/nonexistent/file.txt'], /cannot read/],
    [['annotate', 'x.txt', '--format', 'xml'], /--format must be/],
    [['frobnicate'], /unknown command/],
    [[], /missing command/],
  ])('fails with one line and status 2: %j', (args, msg) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a device or a pipe with a clear message instead of reading it for ever', () => {
    const r = run(['annotate', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
  });

  it('annotates the .txt and .html files of a directory', () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'one.txt'), 'قصف في ريف إدلب.');
    writeFileSync(
      join(folder, 'two.html'),
      '<html lang="ar"><body><article><p>في مدينة حلب.</p></article></body></html>',
    );
    writeFileSync(join(folder, 'skip.json'), '{}');
    const r = run(['annotate', folder, '--format', 'json']);
    expect(r.status).toBe(0);
    const files = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((record) => record.record === 'file')
      .map((record) => record.file);
    expect(files).toEqual([join(folder, 'one.txt'), join(folder, 'two.html')]);
  });

  it('strips terminal control sequences from the text view', () => {
    writeFileSync(join(dir, 'esc.txt'), 'قصف في \x1b]0;pwned\x07ريف إدلب\x1b[2J وفي \x9b31m حلب.');
    const r = run(['annotate', join(dir, 'esc.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\x1b\x07\x9b]/);
    expect(r.stdout).toContain('⟦إدلب⟧');
  });

  it('reads a text file in pieces with offsets into the whole file', () => {
    const paragraph = 'قصفت الطائرات بلدة كنصفرة في ريف إدلب.\n\n';
    const text = paragraph.repeat(6_000);
    writeFileSync(join(dir, 'long.txt'), text);
    const r = run(['annotate', join(dir, 'long.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    const entities = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((record) => record.record === 'entity');
    expect(entities.length).toBeGreaterThanOrEqual(12_000);
    for (const e of [entities[0], entities[entities.length >> 1], entities.at(-1)])
      expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('fails cleanly when the pack is missing or invalid', () => {
    for (const p of [join(dir, 'missing.gz'), join(dir, 'bad.json.gz')]) {
      const r = run(['annotate', join(dir, 'a.txt')], { DALIL_PACK: p });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('dalil lookup', { timeout: 60_000 }, () => {
  it('prints entries with their admin path', () => {
    const r = run(['lookup', 'ام جلال']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Umm Jalal (Aleppo)');
    expect(r.stdout).toContain('Aleppo Governorate (محافظة حلب) → Syria (سوريا)');
  });
  it('prints JSON', () => {
    const r = run(['lookup', 'إدلب', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.entries[0].id).toBe('g:idlib');
  });
  it('says when a name is unknown', () => {
    expect(run(['lookup', 'لاشيء']).stdout).toMatch(/not in the glossary/);
  });
});

// Bundled here exactly as build.mjs bundles it (scripts/cli-build.mjs), so this never
// skips for want of a dist/ and never tests a stale one.
describe('the bundled dalil.mjs', { timeout: 60_000 }, () => {
  let bundled = '';
  let outdir = '';
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  beforeAll(async () => {
    // Inside the project, as dist/cli is: its packages (external) resolve from node_modules.
    outdir = mkdtempSync(join(root, 'node_modules', '.dalil-cli-test-'));
    await esbuild.build({ ...cliBuildOptions(outdir), absWorkingDir: root, logLevel: 'error' });
    bundled = join(outdir, 'dalil.mjs');
  });

  it('runs as a plain Node script', () => {
    const r = spawnSync(process.execPath, [bundled, 'annotate', '--format', 'json', join(dir, 'a.txt')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DALIL_PACK: pack },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record: { text?: string }) => record.text)).toContain('إدلب');
  });
});
