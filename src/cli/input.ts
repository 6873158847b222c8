/**
 * Reading the CLI's inputs: a directory stands for the .txt and .html files in it; only
 * regular files are read (a device such as /dev/zero or a pipe never ends). Text files are
 * streamed in pieces of whole paragraphs, so memory stays bounded whatever their size; HTML
 * goes through the content script's own article extractor on a linkedom Document, so the
 * CLI sees what the extension sees, and must therefore fit in memory (HTML_LIMIT).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../content/extract';

export class InputError extends Error {}

const HTML_FILE = /\.x?html?$/i;
const INPUT_FILE = /\.(txt|x?html?)$/i;
/** A saved article page is a few megabytes; a DOM of more than this would not fit in memory. */
export const HTML_LIMIT = 32 * 1024 * 1024;
/** Text is annotated in pieces of about this many characters, cut between paragraphs. */
export const PIECE_CHARS = 256 * 1024;
const READ_BYTES = 64 * 1024;

function stat(file: string) {
  try {
    return statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : ''}`);
  }
}

/** The files to annotate: each argument, or the .txt/.html files of a directory (sorted). */
export function expandInputs(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const info = stat(arg);
    if (info.isDirectory()) {
      const inside = readdirSync(arg)
        .filter((name) => INPUT_FILE.test(name))
        .sort()
        .map((name) => join(arg, name))
        .filter((file) => stat(file).isFile());
      if (inside.length === 0) throw new InputError(`${arg} holds no .txt or .html files`);
      files.push(...inside);
    } else if (info.isFile()) files.push(arg);
    else throw new InputError(`cannot read ${arg}: not a regular file (a device, pipe or socket)`);
  }
  return files;
}

/** Where to cut `text` so the first part ends a paragraph (or at least a line), or -1. */
function cutPoint(text: string, from: number): number {
  const paragraph = text.lastIndexOf('\n\n');
  if (paragraph >= from) return paragraph + 2;
  const line = text.lastIndexOf('\n');
  if (line >= from) return line + 1;
  const space = text.lastIndexOf(' ');
  return space >= from ? space + 1 : -1;
}

/** A piece of a file's text and where it starts (UTF-16 offset into the whole text). */
export interface Piece {
  text: string;
  offset: number;
}

/** The text of a .txt file in pieces of whole paragraphs, read a block at a time. */
function* textPieces(file: string, pieceChars: number): Generator<Piece> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new InputError(`cannot read ${file}`);
  }
  // ignoreBOM keeps a BOM in the text, as readFileSync does: offsets stay those of the file.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const bytes = Buffer.alloc(READ_BYTES);
  let pending = '';
  let offset = 0;
  let any = false;
  try {
    for (;;) {
      const read = readSync(fd, bytes, 0, READ_BYTES, null);
      pending += decoder.decode(bytes.subarray(0, read), { stream: read > 0 });
      while (pending.length >= pieceChars || (read === 0 && pending)) {
        let cut =
          read === 0 && pending.length < pieceChars
            ? pending.length
            : cutPoint(pending.slice(0, pieceChars), pieceChars / 2);
        if (cut < 0) cut = pieceChars;
        // Never between the two halves of a surrogate pair.
        if (cut < pending.length && /[\uD800-\uDBFF]/.test(pending[cut - 1] ?? '')) cut--;
        any = true;
        yield { text: pending.slice(0, cut), offset };
        offset += cut;
        pending = pending.slice(cut);
      }
      if (read === 0) {
        // An empty file is still a file: it gets its verdict ("not Arabic") like any other.
        if (!any) yield { text: '', offset: 0 };
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The text of one input file, in pieces (an HTML file's article is one piece). */
export function* readInput(file: string, pieceChars = PIECE_CHARS): Generator<Piece> {
  if (!HTML_FILE.test(file)) {
    yield* textPieces(file, pieceChars);
    return;
  }
  if (stat(file).size > HTML_LIMIT)
    throw new InputError(`${file} is larger than ${HTML_LIMIT / 1024 / 1024} MB; save the article as text`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`cannot read ${file}`);
  }
  let text: string;
  try {
    const { document } = parseHTML(raw);
    text = extractArticleText(document as unknown as Document);
  } catch {
    throw new InputError(`cannot extract article text from ${file}`);
  }
  yield { text, offset: 0 };
}
