#!/usr/bin/env node
// `npm test`: makes sure of the setup, builds, then runs typecheck, lint, unit tests
// and the end-to-end suites in real Chromium and Firefox ESR. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { build, ensureBrowsers, ensureDependencies, root } from './setup.mjs';

// The e2e network guard sees the service worker's requests only with this (older
// Playwright; playwright.config.ts sets it too): e2e/network-guard.spec.ts checks it does.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

ensureDependencies();
ensureBrowsers(['chromium', 'firefox']);
build();
// The storage-fault e2e tests need the development build's fault hooks (never shipped).
build(['--dev'], 'dist-dev');

const steps = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'biome', 'check', '.']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['e2e (Chromium)', ['npx', 'playwright', 'test']],
  ['e2e (Firefox ESR)', ['node', 'scripts/test-firefox.mjs', '--no-build']],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n── dalil test: ${name} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\ndalil test: ${name} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`── ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log('\ndalil test: all steps passed.');
