#!/usr/bin/env node
// Serves the e2e fixture pages on localhost, and the demo article
// (../shared/fixtures/ar-idlib-truce.txt, read at request time, never copied) rendered
// into a realistic Arabic news page at /demo.html.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pagesDir = path.join(here, 'pages');
const sharedDir = process.env.DALIL_SHARED ?? path.resolve(here, '../../shared');
export const DEMO_ARTICLE = path.join(sharedDir, 'fixtures', 'ar-idlib-truce.txt');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The article's first line is its headline; every further non-empty line a paragraph. */
export async function renderArticle(textFile, templateFile = path.join(pagesDir, 'news-template.html')) {
  const [text, template] = await Promise.all([readFile(textFile, 'utf8'), readFile(templateFile, 'utf8')]);
  const [headline, ...rest] = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const paragraphs = rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n        ');
  return template.replaceAll('{{HEADLINE}}', escapeHtml(headline)).replace('{{PARAGRAPHS}}', paragraphs);
}

async function respond(request, response) {
  const url = new URL(request.url, 'http://localhost');
  try {
    if (url.pathname === '/demo.html' || url.pathname === '/') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(await renderArticle(DEMO_ARTICLE));
      return;
    }
    const file = path.normalize(path.join(pagesDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(pagesDir)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch (error) {
    response.writeHead(error.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
    response.end(error.code === 'ENOENT' ? 'not found' : String(error));
  }
}

export function startServer(port = 0) {
  return new Promise((resolve) => {
    const server = createServer((request, response) => void respond(request, response));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8765);
  const server = await startServer(port);
  console.log(`dalil fixtures on http://127.0.0.1:${server.address().port}/`);
}
