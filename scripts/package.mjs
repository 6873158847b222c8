#!/usr/bin/env node
// `npm run package`: a production build (no source maps, minified), then store-ready zips:
//   artifacts/dalil-chrome-<version>.zip    Chrome Web Store / Edge Add-ons
//   artifacts/dalil-firefox-<version>.zip   addons.mozilla.org
//   artifacts/dalil-source-<version>.zip    the sources AMO asks for with minified code
// Zips are deterministic: entries sorted, fixed timestamps and modes, so the same tree
// gives the same bytes. Written with Node built-ins (zlib); no zip dependency.
//   DALIL_OUT  build folder (default dist-package, so dist/ of a running watch is untouched)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.resolve(root, process.env.DALIL_OUT ?? 'dist-package');
const artifacts = path.join(root, 'artifacts');

// ---- a minimal, deterministic zip writer (PKZIP 2.0, deflate, UTF-8 names) ----

/** 1980-01-01 00:00, the earliest DOS date: no build time leaks into the archive. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/**
 * @param {Array<{ name: string; data: Buffer }>} files names use "/" and are stored in this order
 * @returns {Buffer}
 */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    // Stored when deflate does not help (PNG icons, the gzipped pack).
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = zlib.crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, zip 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every file under `dir`, as sorted "/"-separated relative paths; no source maps, no dotfiles. */
async function listTree(dir, prefix = '') {
  const names = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...(await listTree(dir, relative)));
    else if (entry.isFile() && !entry.name.endsWith('.map')) names.push(relative);
  }
  return names.sort();
}

async function zipFiles(baseDir, names, target) {
  const files = [];
  for (const name of names) files.push({ name, data: await readFile(path.join(baseDir, name)) });
  const bytes = zip(files);
  await writeFile(target, bytes);
  return { target, files: files.length, bytes: bytes.length };
}

// ---- main ----

async function main() {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const build = spawnSync(process.execPath, [path.join(root, 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DALIL_OUT: outRoot },
  });
  if (build.status !== 0) throw new Error(`production build failed (exit ${build.status})`);
  await mkdir(artifacts, { recursive: true });

  const written = [];
  for (const target of ['chrome', 'firefox']) {
    const dir = path.join(outRoot, target);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    if (manifest.version !== pkg.version) {
      throw new Error(`${target}: manifest version ${manifest.version} is not package.json's ${pkg.version}`);
    }
    const names = await listTree(dir);
    const sourceMapped = [];
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      if ((await readFile(path.join(dir, name), 'utf8')).includes('sourceMappingURL='))
        sourceMapped.push(name);
    }
    if (sourceMapped.length) throw new Error(`${target}: source map comments in ${sourceMapped.join(', ')}`);
    written.push(await zipFiles(dir, names, path.join(artifacts, `dalil-${target}-${pkg.version}.zip`)));
  }

  // The sources as git sees them (tracked, plus new files not ignored), for AMO's review.
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  const sources = [];
  for (const name of listed) {
    const info = await stat(path.join(root, name)).catch(() => undefined);
    if (info?.isFile()) sources.push(name);
  }
  written.push(await zipFiles(root, sources.sort(), path.join(artifacts, `dalil-source-${pkg.version}.zip`)));

  for (const { target, files, bytes } of written) {
    console.log(`dalil: ${path.relative(root, target)}  ${files} files, ${(bytes / 1024).toFixed(0)} KiB`);
  }
}

main().catch((error) => {
  console.error(`dalil: packaging failed: ${error.message}`);
  process.exit(1);
});
