/**
 * Builds the extension for the bench: the production build into dist-bench/chrome
 * (what users get), and a copy, dist-bench/chrome-timed, whose content script and
 * service worker carry timing marks (bench/browser/timing.ts) inserted at build time by an
 * esbuild plugin, so src/ stays untouched. A pattern that no longer matches is reported
 * and its marks are simply missing (the split figures then read n/a).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const OUT = path.join(ROOT, 'dist-bench');
export const PLAIN = path.join(OUT, 'chrome');
export const TIMED = path.join(OUT, 'chrome-timed');

const MARKS = "import { mark as __mark, markPainted as __markPainted } from '@timing';\n";

/** [file, search, replacement]: each is a one-line call the owners can add by hand. */
const EDITS: Array<[string, string, string]> = [
  [
    'src/content/scan.ts',
    'const read = await readSliced(roots, cancelled);',
    "__mark('extract:start'); const read = await readSliced(roots, cancelled); __mark('extract:end');",
  ],
  ['src/content/page-reader.ts', 'await sliced(', "__mark('paint:start'); await sliced("],
  [
    'src/content/gate/index.ts',
    'settings = await loadSettings();',
    "settings = await loadSettings(); __mark('settings:end');",
  ],
  [
    'src/content/gate/index.ts',
    "const injected = ask<null>({ type: 'loadReader' });",
    "__mark('inject:start'); const injected = ask<null>({ type: 'loadReader' }).then((v) => { __mark('inject:end'); return v; });",
  ],
  [
    'src/content/page-reader.ts',
    'this.repaint();\n    } catch',
    "this.repaint(); __mark('paint:end'); __markPainted();\n    } catch",
  ],
  [
    'src/content/scan.ts',
    'const result = await ask<AnnotateResult>(',
    "__mark('message:start'); const result = await ask<AnnotateResult>(",
  ],
  [
    'src/content/scan.ts',
    'return {\n      detection: result.detection,',
    "__mark('message:end'); return {\n      detection: result.detection,",
  ],
  [
    'src/background/handlers.ts',
    'const { detection, entities } = annotate(request.text, lexicon, { signals: request.signals });',
    'const __t0 = performance.now(); const { detection, entities } = annotate(request.text, lexicon, { signals: request.signals }); ((globalThis as any).__dalilAnnotate ??= []).push({ chars: request.text.length, ms: performance.now() - __t0 });',
  ],
  [
    'src/background/engine-host.ts',
    'lexicon: loadCompiledLexicon(compiled),',
    'lexicon: (() => { const t1 = performance.now(); const l = loadCompiledLexicon(compiled); (globalThis as any).__dalilLoad = { readMs: t1 - __loadStart, buildMs: performance.now() - t1 }; return l; })(),',
  ],
  [
    'src/background/engine-host.ts',
    'readBundledPack().then((pack) => ({ pack, lexicon: Lexicon.fromPack(pack) }))',
    'readBundledPack().then((pack) => { const t1 = performance.now(); const lexicon = Lexicon.fromPack(pack); (globalThis as any).__dalilLoad = { readMs: t1 - __loadStart, buildMs: performance.now() - t1 }; return { pack, lexicon }; })',
  ],
  ['src/background/engine-host.ts', 'loading ??= ', 'const __loadStart = performance.now(); loading ??= '],
];

export const missing: string[] = [];

const marksPlugin: esbuild.Plugin = {
  name: 'dalil-bench-marks',
  setup(build) {
    build.onResolve({ filter: /^@timing$/ }, () => ({ path: path.join(ROOT, 'bench/browser/timing.ts') }));
    const files = [...new Set(EDITS.map(([file]) => path.join(ROOT, file)))];
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!files.includes(args.path)) return undefined;
      let source = readFileSync(args.path, 'utf8');
      for (const [file, search, replacement] of EDITS) {
        if (path.join(ROOT, file) !== args.path) continue;
        if (source.includes(search)) source = source.replace(search, replacement);
        else missing.push(`${file}: ${search.slice(0, 60)}`);
      }
      // The worker's lexicon load has two shapes (a rebuild from the pack, or a compiled
      // index); one of the two engine-host edits is expected to miss.
      if (
        args.path.endsWith('engine-host.ts') &&
        missing.filter((m) => m.includes('engine-host')).length === 1
      ) {
        missing.splice(
          missing.findIndex((m) => m.includes('engine-host')),
          1,
        );
      }
      return { contents: args.path.includes('/content/') ? MARKS + source : source, loader: 'ts' };
    });
  },
};

export function buildPlain(): void {
  execFileSync(process.execPath, ['build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DALIL_OUT: 'dist-bench' },
    stdio: 'pipe',
  });
}

/** The content script (and, where the build has one, its lazily injected reader) and the worker. */
function timedEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    content: 'src/content/gate/index.ts',
    background: 'src/background/index.ts',
  };
  if (existsSync(path.join(ROOT, 'src/content/reader/index.ts')))
    entries.reader = 'src/content/reader/index.ts';
  return entries;
}

export async function buildTimed(): Promise<void> {
  rmSync(TIMED, { recursive: true, force: true });
  cpSync(PLAIN, TIMED, { recursive: true });
  await esbuild.build({
    entryPoints: timedEntries(),
    absWorkingDir: ROOT,
    outdir: TIMED,
    bundle: true,
    minify: true,
    legalComments: 'none',
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"', __BROWSER__: '"chrome"' },
    // The first statement of each content bundle; only the first one (content.js) counts.
    banner: {
      js: "typeof document<'u'&&!performance.getEntriesByName('dalil:start').length&&performance.mark('dalil:start');",
    },
    plugins: [marksPlugin],
    logLevel: 'warning',
  });
}

/** Minified and gzip sizes of a production bundle (content.js, reader.js), in KB; undefined when absent. */
export function bundleSize(name: string): { minKB: number; gzipKB: number } | undefined {
  const file = path.join(PLAIN, name);
  if (!existsSync(file)) return undefined;
  return {
    minKB: statSync(file).size / 1024,
    gzipKB: gzipSync(readFileSync(file), { level: 9 }).length / 1024,
  };
}
