#!/usr/bin/env node
// Makes sure a checkout can build and run Dalil: dependencies installed and current,
// and the browsers the command needs present. Uses Node built-ins only, because it
// runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  // Debian's Firefox ESR; the manifest asks for Firefox 140 (Custom Highlight API).
  firefox: {
    path: process.env.FIREFOX_PATH ?? firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    apt: 'firefox-esr',
    minMajor: 140,
  },
};

function firstExisting(paths) {
  return paths.find((candidate) => existsSync(candidate)) ?? paths[0];
}

/** The major version a browser binary reports (`firefox-esr --version`), or undefined. */
export function browserMajorVersion(name) {
  const result = spawnSync(BROWSERS[name].path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const match = /(\d+)\.\d/.exec(result.stdout ?? '');
  return match ? Number(match[1]) : undefined;
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('dalil: installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function canInstallPackages() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs missing browsers through apt when we may, or says the one command to run. */
export function ensureBrowsers(names) {
  const missing = names.filter((name) => !existsSync(BROWSERS[name].path));
  if (missing.length === 0) return ensureVersions(names);
  const packages = missing.map((name) => BROWSERS[name].apt);
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (!canInstallPackages()) {
    console.error(`dalil: ${missing.join(' and ')} not found. Install with:\n  sudo sh -c '${command}'`);
    console.error('(or point CHROMIUM_PATH / FIREFOX_PATH at an existing binary)');
    process.exit(1);
  }
  console.log(`dalil: installing ${packages.join(', ')} with apt…`);
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
  ensureVersions(names);
}

/** Stops early when a browser is older than the extension supports (e.g. Firefox ESR 128). */
function ensureVersions(names) {
  for (const name of names) {
    const { minMajor, path: binary } = BROWSERS[name];
    if (!minMajor) continue;
    const major = browserMajorVersion(name);
    if (major !== undefined && major < minMajor) {
      console.error(`dalil: ${binary} is ${name} ${major}; Dalil needs ${name} ${minMajor} or later.`);
      process.exit(1);
    }
  }
}

/** Builds into dist/ (or `outDir`, e.g. dist-dev for the build with test hooks). */
export function build(flags = [], outDir = undefined) {
  run(process.execPath, [path.join(root, 'build.mjs'), ...flags], outDir ? { DALIL_OUT: outDir } : {});
}

export { root };
