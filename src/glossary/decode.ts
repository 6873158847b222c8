/**
 * Turns an imported file's bytes into text, or says clearly why it cannot. UTF-8 (with or
 * without BOM) and UTF-16 with a BOM are read; anything else (Windows-1256, Latin-1,
 * binary files) is refused with a message that says what to do, never guessed at.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** Bytes typical of Arabic text saved as Windows-1256: many high bytes that are not UTF-8. */
function looksLikeWindows1256(bytes: Uint8Array): boolean {
  let high = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] >= 0xc1 && bytes[i] <= 0xfe) high++;
  return high > 8;
}

export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  try {
    if (startsWith(bytes, 0xff, 0xfe)) {
      encoding = 'UTF-16LE';
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    } else if (startsWith(bytes, 0xfe, 0xff)) {
      encoding = 'UTF-16BE';
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    } else {
      encoding = 'UTF-8';
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      error: looksLikeWindows1256(bytes)
        ? 'The file is not UTF-8: it looks like Windows-1256 (Arabic Windows) text. Save it as “CSV UTF-8” (or UTF-8 text) and import it again.'
        : 'The file is not valid UTF-8 or UTF-16 text. Save it as UTF-8 and import it again.',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    return {
      ok: false,
      error: 'This is not a text file (it contains binary data). Choose a CSV or JSON file.',
    };
  }
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  return { ok: true, text, encoding };
}

export type FileKind = 'dalil-json' | 'backup' | 'csv';

/** Which importer a text is for, or why none is. */
export function detectKind(text: string): { ok: true; kind: FileKind } | { ok: false; error: string } {
  const head = text.trimStart().slice(0, 4096);
  if (head.startsWith('{')) {
    if (/"formatName"\s*:\s*"dexie"/.test(head)) return { ok: true, kind: 'backup' };
    if (/"format"\s*:\s*"dalil-glossary"/.test(head)) return { ok: true, kind: 'dalil-json' };
    return {
      ok: false,
      error: 'This JSON file is not a Dalil glossary (its "format" is not "dalil-glossary").',
    };
  }
  if (head.startsWith('[')) {
    return { ok: false, error: 'This JSON file is a bare list, not a Dalil glossary export.' };
  }
  if (head.startsWith('#separator:') || head.startsWith('#html:')) {
    return {
      ok: false,
      error: 'This is an Anki export. Anki files cannot be imported back: use a JSON or CSV export.',
    };
  }
  if (/^\s*<(?:!doctype|html|\?xml)/i.test(head)) {
    return { ok: false, error: 'This is an HTML or XML file, not a CSV or JSON glossary.' };
  }
  return { ok: true, kind: 'csv' };
}
