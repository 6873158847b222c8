#!/usr/bin/env node
// `npm run test:firefox`: makes sure Firefox ESR is present, builds, lints the Firefox
// release build with web-ext, then runs the end-to-end journeys in e2e-firefox/ headless
// with node:test on the development build (its tooltip shadow root is open to tests).
// Exits non-zero on any failure.
//   DALIL_OUT     release build folder (default dist), so parallel checkouts do not collide
//   DALIL_DEV_OUT development build folder (default dist-dev)
//   FIREFOX_PATH  another Firefox (140 or later)
//   --no-lint     skip web-ext lint; --no-build use the existing build
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BROWSERS, build, ensureBrowsers, ensureDependencies, root } from './setup.mjs';

const flags = new Set(process.argv.slice(2));
const require = createRequire(import.meta.url);

ensureDependencies();
ensureBrowsers(['firefox']);
const devOut = process.env.DALIL_DEV_OUT ?? 'dist-dev';
if (!flags.has('--no-build')) {
  build();
  build(['--dev'], devOut);
}

const dist = path.resolve(root, process.env.DALIL_OUT ?? 'dist', 'firefox');
const devDist = path.resolve(root, devOut, 'firefox');
const started = Date.now();

function step(name, command, args, env = {}) {
  console.log(`\n── dalil test:firefox: ${name} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\ndalil test:firefox: ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** web-ext lint on the Firefox build: errors fail; warnings (Preact's innerHTML code path) are listed. */
function lint() {
  console.log('\n── dalil test:firefox: web-ext lint ──');
  const webExt = path.join(path.dirname(require.resolve('web-ext')), 'bin', 'web-ext.js');
  const result = spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', dist, '--no-config-discovery', '--output', 'json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.error(result.stdout, result.stderr);
    console.error('dalil test:firefox: web-ext lint gave no report.');
    process.exit(1);
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const message of report[kind]) {
      console.log(`  ${kind.slice(0, -1)} ${message.code} ${message.file ?? ''}: ${message.message}`);
    }
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`  ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors > 0) {
    console.error('\ndalil test:firefox: web-ext lint found errors.');
    process.exit(1);
  }
}

if (!flags.has('--no-lint')) lint();

const journeys = readdirSync(path.join(root, 'e2e-firefox'))
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => path.join('e2e-firefox', name));

step(
  'e2e (Firefox ESR)',
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-concurrency=1',
    '--test-timeout=180000',
    ...journeys,
  ],
  { DALIL_DIST: devDist, FIREFOX_PATH: BROWSERS.firefox.path },
);
console.log(`\ndalil test:firefox: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
