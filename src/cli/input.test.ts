import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, InputError, readInput } from './input';

const dir = mkdtempSync(join(tmpdir(), 'dalil-input-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('readInput (text)', () => {
  it('cuts between paragraphs, and the pieces are the file at their offsets', () => {
    const text = `\uFEFF${Array.from({ length: 300 }, (_, i) => `فقرة ${i} في ريف إدلب 😀.`).join('\n\n')}`;
    const pieces = [...readInput(write('paragraphs.txt', text), 1000)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    for (const piece of pieces) {
      expect(text.slice(piece.offset, piece.offset + piece.text.length)).toBe(piece.text);
      expect(piece.text.length).toBeLessThanOrEqual(1000);
    }
    for (const piece of pieces.slice(0, -1)) expect(piece.text.endsWith('\n\n')).toBe(true);
  });

  it('a line with no break at all is still cut in bounded pieces, never inside a surrogate pair', () => {
    const text = '😀'.repeat(5000);
    const pieces = [...readInput(write('one-line.txt', text), 999)];
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(999);
    for (const piece of pieces) expect(piece.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('an empty file is one empty piece', () => {
    expect([...readInput(write('empty.txt', ''))]).toEqual([{ text: '', offset: 0 }]);
  });
});

describe('expandInputs', () => {
  it('refuses what is not a regular file', () => {
    expect(() => expandInputs(['/dev/zero'])).toThrow(InputError);
    expect(() => expandInputs(['/dev/zero'])).toThrow(/not a regular file/);
  });
});
