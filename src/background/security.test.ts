/**
 * Static security checks on the manifest, the source and a fresh production build:
 * minimal permissions (and the README's table says the same), a strict CSP for the
 * extension's pages, nothing that reaches the extension from outside, no eval or
 * remote code, no HTML built from data, and no test hooks shipped to users.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|test-util\.ts$/.test(name) ? [full] : [];
  });
}

/** Source text without comments, so explanations of what is forbidden do not count. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('manifest', () => {
  it('asks for the permissions in the README table and nothing more', () => {
    expect([...manifest.permissions].sort()).toEqual([
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    // Host access is exactly where the content script runs: the reader is injected there.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(
      readme.indexOf('## Permissions'),
      readme.indexOf('##', readme.indexOf('## Permissions') + 3),
    );
    const listed = [...table.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual([...manifest.permissions].sort());
    const scripts = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(scripts).toEqual(['file:///*', 'http://*/*', 'https://*/*']);
    expect(table).toContain('content script and host access on `http(s)://*/*` and `file:///*`');
  });

  it('lets no web page or other extension in, and exposes no file to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has a strict CSP for the extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });
});

describe('source', () => {
  const files = sourceFiles(path.join(root, 'src'));

  it('builds no HTML from strings and evaluates no code', () => {
    const forbidden =
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|setTimeout\(\s*['"`]|srcdoc|createContextualFragment|DOMParser/;
    const hits = files.filter((file) => forbidden.test(code(file))).map((file) => path.relative(root, file));
    expect(hits).toEqual([]);
  });

  it('registers no listener for other extensions or web pages', () => {
    const hits = files
      .filter((file) => /onMessageExternal|onConnectExternal|onUserScriptMessage/.test(code(file)))
      .map((file) => path.relative(root, file));
    expect(hits).toEqual([]);
  });

  it('fetches nothing but the extension’s own files', () => {
    const hits = files.flatMap((file) =>
      [...code(file).matchAll(/\bfetch\s*\(([^)]*)/g)]
        .filter((m) => !/runtime\.getURL\(/.test(m[1] ?? ''))
        .map((m) => `${path.relative(root, file)}: fetch(${m[1]}`),
    );
    expect(hits).toEqual([]);
    const network = files.filter((file) =>
      /new\s+(WebSocket|EventSource)\b|sendBeacon|importScripts\(/.test(code(file)),
    );
    expect(network).toEqual([]);
  });
});

describe('production build', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'dalil-scan-'));
    execFileSync(process.execPath, ['build.mjs'], {
      cwd: root,
      env: { ...process.env, DALIL_OUT: out },
      stdio: 'pipe',
    });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** URL strings libraries carry (XML namespaces, Dexie's error help links, a hostname parser). */
  const ALLOWED_URLS = [
    /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
    /^https:\/\/tinyurl\.com\/y2uuvskb$/,
    /^http:\/\/bit\.ly\/2kdckMn$/,
    /^https:\/\/\$\{\w+\}$/,
  ];

  for (const target of ['chrome', 'firefox']) {
    it(`${target}: no eval, no Function constructor, no remote URL, no test hook`, () => {
      const dir = path.join(out, target);
      const bundles = readdirSync(dir).filter((name) => name.endsWith('.js'));
      expect(bundles.sort()).toEqual([
        'add-term.js',
        'background.js',
        'content.js',
        'options.js',
        'popup.js',
        'reader.js',
      ]);
      const problems: string[] = [];
      for (const name of bundles) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        if (/\beval\s*\(/.test(text)) problems.push(`${name}: eval(`);
        if (/new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(text)) problems.push(`${name}: new Function(`);
        if (/__dalilFaults|dalil-faults/.test(text)) problems.push(`${name}: development fault hooks`);
        for (const [url] of text.matchAll(/https?:\/\/[^\s"'`<>)\\]+/g))
          if (!ALLOWED_URLS.some((allowed) => allowed.test(url))) problems.push(`${name}: ${url}`);
        for (const [call] of text.matchAll(/\bfetch\(([^)]{0,60})/g))
          if (!/runtime\.getURL\(/.test(call)) problems.push(`${name}: ${call}`);
      }
      expect(problems).toEqual([]);
      const built = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(built.content_security_policy).toEqual(manifest.content_security_policy);
      expect(built.permissions).toEqual(manifest.permissions);
      for (const page of ['options.html', 'popup.html', 'add-term.html']) {
        const html = readFileSync(path.join(dir, page), 'utf8');
        expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\son\w+=|https?:\/\/(?!www\.w3\.org)/i);
      }
    });
  }
});
