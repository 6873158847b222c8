import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GlossaryDb, SavedTerm } from './db';
import { decodeText, detectKind } from './decode';
import { toCsv, toJson } from './export';
import { freshDb, kafrNabl, kafrNablEntry, listTerms, ownTerm } from './fixtures.test-util';
import { applyImport, describeProblem, mergeTerms, type ParsedImport, planImport } from './import';
import { csvSlices, parseCsvImport, previewCsv } from './import-csv';
import { parseJsonImport } from './import-json';

let db: GlossaryDb;
beforeEach(async () => {
  db = await freshDb('import-test', kafrNablEntry);
});
afterEach(() => db.delete());

const NOW = Date.UTC(2026, 1, 1);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function importText(text: string): Promise<ParsedImport> {
  const kind = detectKind(text);
  if (!kind.ok) return { terms: [], problems: [{ message: kind.error }], problemCount: 1, rows: 0 };
  if (kind.kind === 'dalil-json') return parseJsonImport(text, undefined, NOW);
  return parseCsvImport(text, previewCsv(text).mapping, undefined, NOW);
}

async function importAll(text: string): Promise<void> {
  const parsed = await importText(text);
  expect(parsed.problems).toEqual([]);
  const plan = await planImport(db, parsed);
  await applyImport(db, plan.terms);
}

describe('round trips', () => {
  it('JSON: export → import into an empty glossary → export is byte-identical', async () => {
    const first = toJson([kafrNabl, ownTerm], NOW);
    await importAll(first);
    const again = toJson(await listTerms(db), NOW);
    expect(again).toBe(first);
    // Search keys are rebuilt (with the entry's aliases), not trusted from the file.
    expect((await db.terms.get('wof:1'))!.searchKeys).toContain('كفر نبل');
  });

  it('CSV: export → import → export is byte-identical (admin path from the glossary)', async () => {
    const first = toCsv([kafrNabl, ownTerm]);
    await importAll(first);
    expect(toCsv(await listTerms(db))).toBe(first);
  });

  it('CSV rows that span slices are cut only between records', () => {
    const csv = toCsv(
      Array.from({ length: 50 }, (_, i) => ({ ...kafrNabl, key: `k${i}`, note: `a\nb "${i}"\r\nc` })),
    );
    const slices = [...csvSlices(csv, 100)].map(([, slice]) => slice);
    expect(slices.join('')).toBe(csv);
    expect(slices.length).toBeGreaterThan(10);
    for (const slice of slices.slice(0, -1)) expect(slice.endsWith('\r\n')).toBe(true);
  });
});

describe('merging duplicates', () => {
  const older: SavedTerm = { ...kafrNabl, en: 'Old', tags: ['a'], timesSeen: 3, updatedAt: 1, firstSeen: 1 };
  const newer: SavedTerm = {
    ...kafrNabl,
    en: 'New',
    tags: ['b', 'a'],
    timesSeen: 2,
    updatedAt: 5,
    lastSeen: Date.UTC(2026, 5, 1),
    contexts: [
      { sentence: 'جملة أخرى', url: 'https://x.example/', title: 'X', seenAt: Date.UTC(2026, 5, 1) },
    ],
  };

  it('keeps the newer edit, unions tags and sentences, earliest first and latest last seen, larger count', () => {
    const merged = mergeTerms(older, newer);
    expect(merged).toMatchObject({ en: 'New', tags: ['a', 'b'], timesSeen: 3, updatedAt: 5, firstSeen: 1 });
    expect(merged.lastSeen).toBe(Date.UTC(2026, 5, 1));
    expect(merged.contexts.map((c) => c.sentence)).toEqual(['جملة أخرى', kafrNabl.contexts[0].sentence]);
    const reversed = mergeTerms(newer, older);
    expect({ ...reversed, tags: [...reversed.tags].sort() }).toEqual(merged);
  });

  it('previews new and merged terms; importing the same file twice changes nothing', async () => {
    const file = toJson([kafrNabl, ownTerm, { ...ownTerm, note: 'dup' }], NOW);
    const plan = await planImport(db, await importText(file));
    expect(plan).toMatchObject({ rows: 3, added: 2, merged: 0, duplicatesInFile: 1 });
    await applyImport(db, plan.terms);
    const once = await listTerms(db);
    const second = await planImport(db, await importText(file));
    expect(second).toMatchObject({ added: 0, merged: 2 });
    await applyImport(db, second.terms);
    expect(await listTerms(db)).toEqual(once);
  });
});

const header = 'arabic,english,type,status,times_seen,first_seen,country\r\n';

/** Files that must be refused: what is wrong, and the first problem the reader is told. */
const BAD_FILES: Array<[name: string, text: string, problem: RegExp]> = [
  ['JSON that does not parse', '{"format":"dalil-glossary",', /not valid JSON/],
  ['JSON of another format', '{"format":"other"}', /not a Dalil glossary/],
  ['a newer version', '{"format":"dalil-glossary","version":9,"terms":[]}', /version 9 .* newer Dalil/],
  ['terms that are not a list', '{"format":"dalil-glossary","version":1,"terms":{}}', /field “terms”/],
  [
    'a term without Arabic',
    '{"format":"dalil-glossary","version":1,"terms":[{"ar":"كفرنبل"},{"en":"x"}]}',
    /^row 2, field “ar”: is missing/,
  ],
  [
    'a wrong status',
    '{"format":"dalil-glossary","version":1,"terms":[{"ar":"كفرنبل","status":"done"}]}',
    /^row 1, field “status”: is not new, learning or known/,
  ],
  [
    'a context that is not an object',
    '{"format":"dalil-glossary","version":1,"terms":[{"ar":"كفرنبل","contexts":["x"]}]}',
    /^row 1, field “contexts.0”/,
  ],
  ['CSV without an Arabic column', 'english,note\r\nIdlib,x\r\n', /no column is mapped to the Arabic name/],
  [
    'CSV with an empty Arabic cell',
    `${header}كفرنبل,Kafr Nabl\r\n,Idlib\r\n`,
    /^row 2, field “arabic”: is empty/,
  ],
  ['CSV with a bad type', `${header}كفرنبل,K,town\r\n`, /^row 1, field “type”: “town” is not place/],
  ['CSV with a bad count', `${header}كفرنبل,K,place,new,many\r\n`, /^row 1, field “times_seen”/],
  [
    'CSV with a bad date',
    `${header}كفرنبل,K,place,new,1,yesterday\r\n`,
    /^row 1, field “first_seen”: “yesterday” is not a date/,
  ],
  ['CSV with a bad country', `${header}كفرنبل,K,place,new,1,,Syria\r\n`, /field “country”/],
  ['CSV with an unclosed quote', `${header}"كفرنبل,K\r\n`, /malformed/],
];

describe('refused files change nothing', () => {
  it.each(BAD_FILES)('%s', async (_name, text, problem) => {
    await db.terms.put(ownTerm);
    const parsed = await importText(text);
    expect(parsed.problemCount).toBeGreaterThan(0);
    expect(describeProblem(parsed.problems[0])).toMatch(problem);
    expect(await db.terms.toArray()).toEqual([ownTerm]);
  });

  it('a failing write rolls the whole import back', async () => {
    const terms = [{ ...kafrNabl }, { ...ownTerm, key: undefined as unknown as string }];
    await expect(applyImport(db, terms)).rejects.toThrow();
    expect(await db.terms.count()).toBe(0);
  });
});

describe('reading files', () => {
  it.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...utf8('عربي')], 'عربي'],
    ['UTF-8 without BOM', [...utf8('عربي')], 'عربي'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x39, 0x06, 0x31, 0x06], 'عر'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x06, 0x39, 0x06, 0x31], 'عر'],
  ])('decodes %s', (_name, bytes, text) => {
    expect(decodeText(new Uint8Array(bytes))).toMatchObject({ ok: true, text });
  });

  it.each([
    [
      'Windows-1256 Arabic',
      [0xc7, 0xe1, 0xd1, 0xde, 0xc9, 0x2c, 0xc5, 0xcf, 0xe1, 0xc8, 0x2c, 0xe3, 0xda, 0xd1, 0xc9],
      /Windows-1256/,
    ],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9], /not valid UTF-8/],
    ['a binary file', [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00], /binary/],
    ['an empty file', [0xef, 0xbb, 0xbf, 0x20], /empty/],
  ])('refuses %s with a clear message', (_name, bytes, message) => {
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(message);
  });

  it.each([
    ['#separator:tab\n#html:false\n', /Anki/],
    ['[{"ar":"x"}]', /bare list/],
    ['<!doctype html><p>hi', /HTML/],
    ['{"formatName":"dexie"}', undefined],
  ])('knows what %s is', (text, error) => {
    const kind = detectKind(text);
    if (error) expect(kind).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    else expect(kind).toEqual({ ok: true, kind: 'backup' });
  });

  it('maps columns by their names in English or Arabic, and ignores extra columns', async () => {
    const text = 'ملاحظة,الاسم,extra,English\r\nمهم,إدلب,zzz,Idlib\r\n';
    const preview = previewCsv(text);
    expect(preview.mapping).toMatchObject({ arabic: 1, english: 3, note: 0, type: -1 });
    const parsed = await parseCsvImport(text, preview.mapping, undefined, NOW);
    expect(parsed.terms).toEqual([
      expect.objectContaining({
        key: 'user:ادلب',
        ar: 'إدلب',
        en: 'Idlib',
        note: 'مهم',
        type: 'place',
        status: 'new',
      }),
    ]);
  });

  it('keeps HTML in imported text as text', async () => {
    const parsed = await importText(toJson([{ ...ownTerm, note: '<img src=x onerror=alert(1)>' }], NOW));
    expect(parsed.terms[0].note).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads 100,000 CSV rows in slices, reporting progress', async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `قرية ${i},Village ${i},place,new,1,2026-01-01,SY`,
    );
    const text = `${header}${rows.join('\r\n')}\r\n`;
    const progress: number[] = [];
    const parsed = await parseCsvImport(text, previewCsv(text).mapping, (done) => progress.push(done), NOW);
    expect(parsed.problemCount).toBe(0);
    expect(parsed.terms).toHaveLength(100_000);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(text.length);
  });
});
