#!/usr/bin/env node
// Builds every entry point with esbuild and lays out one unpacked extension per browser:
//   dist/chrome   MV3 with a background service worker
//   dist/firefox  MV3 with background.scripts and browser_specific_settings.gecko
//   dist/cli      the `dalil` command (Node)
// Flags: --dev (source maps, no minification), --watch (rebuild on change; implies --dev).
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { cliBuildOptions } from './scripts/cli-build.mjs';
import { BUILD_TIME_MODULES, extensionEntries } from './scripts/entries.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const targets = ['chrome', 'firefox'];
const GECKO_ID = 'dalil@dalil.example';
const FIREFOX_MIN_VERSION = '140.0';
/** DALIL_OUT lets parallel work trees build side by side (e.g. dist-review/). */
const outRoot = path.resolve(root, process.env.DALIL_OUT ?? 'dist');

/** Static files copied as they are into every browser's folder. */
const staticFiles = [
  'icons',
  'src/popup/popup.html',
  'src/options/options.html',
  'src/add-term/add-term.html',
  'pack',
];

function manifestFor(target, source) {
  const manifest = structuredClone(source);
  if (target === 'firefox') {
    // Firefox runs the background as an event page; the same bundle works as a script.
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140 (an ESR) is the first Firefox with the CSS Custom Highlight API and with
        // data_collection_permissions; MV3 host permissions are granted at install since 127.
        strict_min_version: FIREFOX_MIN_VERSION,
        // Dalil collects nothing: no server, no network request (AMO's built-in consent).
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/**
 * `_locales/<lang>/messages.json` is merged from every `src/locales/<lang>/*.json`, so each
 * part of the interface keeps its strings beside the others without editing one big file.
 */
async function writeLocales(outdir) {
  const localesDir = path.join(root, 'src', 'locales');
  for (const lang of await readdir(localesDir)) {
    const merged = {};
    for (const file of (await readdir(path.join(localesDir, lang)))
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const messages = JSON.parse(await readFile(path.join(localesDir, lang, file), 'utf8'));
      for (const [key, value] of Object.entries(messages)) {
        if (key in merged) throw new Error(`locale ${lang}: "${key}" is defined twice (${file})`);
        merged[key] = value;
      }
    }
    await mkdir(path.join(outdir, '_locales', lang), { recursive: true });
    await writeFile(path.join(outdir, '_locales', lang, 'messages.json'), JSON.stringify(merged));
  }
}

/** Runs a TypeScript module of the source in Node (bundled on the fly) and hands it to `use`. */
async function withModule(entry, use) {
  const bundled = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const cacheDir = path.join(root, 'node_modules', '.cache', 'dalil');
  await mkdir(cacheDir, { recursive: true });
  const modulePath = path.join(cacheDir, `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  await writeFile(modulePath, bundled.outputFiles[0].contents);
  try {
    return await use(await import(pathToFileURL(modulePath).href));
  } finally {
    await rm(modulePath, { force: true });
  }
}

/**
 * The service worker's lexicon, compiled from the pack by the engine itself, so that
 * the worker restores a prebuilt index at start instead of folding every name.
 */
async function writeCompiledLexicon(outdirs) {
  await withModule(BUILD_TIME_MODULES.compiledLexicon, async ({ compileLexicon }) => {
    const pack = JSON.parse(
      gunzipSync(await readFile(path.join(root, 'pack', 'dalil-pack.json.gz'))).toString('utf8'),
    );
    // Not gzipped (see src/background/pack-source.ts): the package's zip compresses it.
    const compiled = compileLexicon(pack);
    for (const outdir of outdirs) await writeFile(path.join(outdir, 'pack', 'lexicon.bin'), compiled);
  });
}

/**
 * The worker's tagger model: pack/dalil-tagger.json.gz as written by `npm run train`,
 * with its weight rows decoded into float32 sections (src/engine/tagger/model-compiled.ts).
 * The JSON model stays out of the extension, which never reads it.
 */
async function writeCompiledTagger(outdirs) {
  await withModule(BUILD_TIME_MODULES.compiledTagger, async ({ compileTagger }) => {
    const model = JSON.parse(
      gunzipSync(await readFile(path.join(root, 'pack', 'dalil-tagger.json.gz'))).toString('utf8'),
    );
    const compiled = compileTagger(model);
    for (const outdir of outdirs) {
      await writeFile(path.join(outdir, 'pack', 'tagger.bin'), compiled);
      await rm(path.join(outdir, 'pack', 'dalil-tagger.json.gz'));
    }
  });
}

/** Place kinds that are shown as reference points on a close-up locator map. */
const MAP_TOWN_KINDS = new Set(['city', 'town']);
/** Towns smaller than this are not reference points (a reader knows few of them). */
const MAP_TOWN_MIN_POP = 15000;

/**
 * The close-up locator map's data (src/background/locator-map.ts), fetched by the worker
 * on the first close-up only: Natural Earth 1:50m country outlines, and the towns and
 * cities a village can be read against, [lat, lon, ar, en], largest first.
 */
async function writeMapData(outdirs) {
  const pack = JSON.parse(
    gunzipSync(await readFile(path.join(root, 'pack', 'dalil-pack.json.gz'))).toString('utf8'),
  );
  const towns = pack.entries
    .filter(
      (entry) =>
        entry.type === 'place' &&
        MAP_TOWN_KINDS.has(entry.kind) &&
        entry.lat !== undefined &&
        (entry.kind === 'city' || (entry.pop ?? 0) >= MAP_TOWN_MIN_POP),
    )
    .sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0) || b.rank - a.rank)
    .map((entry) => [
      Math.round(entry.lat * 1000) / 1000,
      Math.round(entry.lon * 1000) / 1000,
      entry.ar,
      entry.en,
    ]);
  const townsGz = gzipSync(JSON.stringify(towns), { level: 9 });
  const atlasGz = gzipSync(
    await readFile(path.join(root, 'node_modules', 'world-atlas', 'countries-50m.json')),
    { level: 9 },
  );
  for (const outdir of outdirs) {
    await mkdir(path.join(outdir, 'map'), { recursive: true });
    await writeFile(path.join(outdir, 'map', 'towns.json.gz'), townsGz);
    await writeFile(path.join(outdir, 'map', 'countries-50m.json.gz'), atlasGz);
  }
}

/**
 * highlights.css, the manifest's content-script stylesheet, from the same code that styles
 * highlights at run time (src/content/highlight-style.ts explains why it is a file).
 */
async function writeHighlightCss(outdirs) {
  await withModule(BUILD_TIME_MODULES.highlightCss, async ({ defaultHighlightCss }) => {
    for (const outdir of outdirs)
      await writeFile(path.join(outdir, 'highlights.css'), `${defaultHighlightCss()}\n`);
  });
}

async function copyStatic(outdir) {
  await writeLocales(outdir);
  for (const file of staticFiles) {
    const from = path.join(root, file);
    const to = path.join(outdir, path.basename(file));
    await cp(from, to, { recursive: true });
  }
}

async function writeManifests() {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  source.version = pkg.version;
  for (const target of targets) {
    const outdir = path.join(outRoot, target);
    await mkdir(outdir, { recursive: true });
    await writeFile(
      path.join(outdir, 'manifest.json'),
      `${JSON.stringify(manifestFor(target, source), null, 2)}\n`,
    );
    await copyStatic(outdir);
  }
  const outdirs = targets.map((target) => path.join(outRoot, target));
  await writeCompiledLexicon(outdirs);
  await writeCompiledTagger(outdirs);
  await writeHighlightCss(outdirs);
  await writeMapData(outdirs);
}

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  jsx: 'automatic',
  jsxImportSource: 'preact',
};

function extensionBuild(target) {
  return {
    ...common,
    entryPoints: extensionEntries,
    outdir: path.join(outRoot, target),
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', `firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`],
  };
}

const cliBuild = cliBuildOptions(path.join(outRoot, 'cli'), common);

async function main() {
  const started = performance.now();
  await rm(outRoot, { recursive: true, force: true });
  await writeManifests();
  const configs = [...targets.map(extensionBuild), cliBuild];
  if (watch) {
    for (const config of configs) {
      const ctx = await esbuild.context(config);
      await ctx.watch();
    }
    console.log(
      'dalil: watching src/ (static files and the manifest are copied at start; restart to refresh them)',
    );
    return;
  }
  await Promise.all(configs.map((config) => esbuild.build(config)));
  console.log(
    `dalil: built ${path.relative(root, outRoot)}/{chrome,firefox,cli} in ${Math.round(performance.now() - started)} ms${dev ? ' (dev)' : ''}`,
  );
}

main().catch((error) => {
  console.error(`dalil: build failed: ${error.message}`);
  process.exit(1);
});
