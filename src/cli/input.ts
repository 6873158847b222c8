/**
 * Reading the CLI's input files: .txt as read, .html through the content script's own
 * article extractor on a linkedom Document, so the CLI sees what the extension sees.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticleText } from '../content/extract';

export class InputError extends Error {}

export function readInput(file: string): string {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a directory' : ''}`,
    );
  }
  if (/\.x?html?$/i.test(file)) {
    try {
      const { document } = parseHTML(raw);
      return extractArticleText(document as unknown as Document);
    } catch {
      throw new InputError(`cannot extract article text from ${file}`);
    }
  }
  return raw;
}
