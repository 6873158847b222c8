/**
 * The shape of src/: every module is reached from an entry point (nothing dead is kept
 * because a test still imports it), and no file is over 400 lines. An entry point is a
 * file the build bundles or runs (scripts/entries.mjs, scripts/cli-build.mjs) or one a
 * command of package.json runs (the pack builder, training, evaluation, benchmarks).
 * Imports are followed as written, type-only ones included: a module of types shapes
 * the code that imports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build helpers, without types
import { cliBuildOptions } from './cli-build.mjs';
// @ts-expect-error: plain .mjs build helpers, without types
import { BUILD_TIME_MODULES, extensionEntries } from './entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 400;

/** Test support that is no test file by name: imported by tests only, on purpose. */
const TEST_SUPPORT = new Set(['src/engine/testing.ts']);
const isTest = (file: string) =>
  /\.test(-util)?\.tsx?$/.test(file) || TEST_SUPPORT.has(file) || file.startsWith('e2e');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

/** The files the commands of package.json run: `node X`, `run-ts.mjs X`, `--import tsx X`. */
function commandEntries(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return Object.values(pkg.scripts)
    .flatMap((command) => command.split(/\s+/))
    .filter((word) => /^[\w./-]+\.(ts|mjs)$/.test(word) && !isTest(word));
}

/** Entry points that load the modules of their folder by listing it, not by importing them. */
const LOADS_ITS_FOLDER = new Set(['src/engine/probes/run.ts']);

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** The project files a file imports by a relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const out: string[] = [];
  for (const [, specifier] of text.matchAll(IMPORT)) {
    // Node-style specifiers name the .ts file as .js (tools/gazetteer).
    const base = path.posix.join(path.posix.dirname(file), (specifier as string).replace(/\.js$/, ''));
    const found = EXTENSIONS.map((ext) => base + ext).find(
      (candidate) => /\.(tsx?|mjs|js)$/.test(candidate) && existsSync(path.join(root, candidate)),
    );
    if (found) out.push(found);
  }
  if (LOADS_ITS_FOLDER.has(file)) {
    const dir = path.posix.dirname(file);
    out.push(...filesUnder(dir).filter((other) => /\.ts$/.test(other) && !isTest(other)));
  }
  return out;
}

/** Every file reached from the entry points by imports. */
function reached(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file));
  }
  return seen;
}

const ENTRIES: string[] = [
  ...Object.values(extensionEntries as Record<string, string>),
  ...Object.values(cliBuildOptions('').entryPoints as Record<string, string>),
  ...Object.values(BUILD_TIME_MODULES as Record<string, string>),
  ...commandEntries(),
];
const sources = filesUnder('src').filter((file) => /\.tsx?$/.test(file) && !isTest(file));
const used = reached(ENTRIES);

describe('src/', () => {
  it('has its entry points where the build and the commands say', () => {
    expect(ENTRIES.filter((entry) => !existsSync(path.join(root, entry)))).toEqual([]);
  });

  it('holds no module that no entry point reaches', () => {
    expect(sources.filter((file) => !used.has(file))).toEqual([]);
  });

  it('holds no test support that the build bundles', () => {
    expect([...TEST_SUPPORT].filter((file) => used.has(file))).toEqual([]);
  });

  it(`holds no source file over ${MAX_LINES} lines`, () => {
    const long = filesUnder('src')
      .filter((file) => /\.(tsx?|css|html)$/.test(file))
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
