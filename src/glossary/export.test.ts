import { describe, expect, it } from 'vitest';
import type { SavedTerm } from './db';
import { ankiSentence, exportTerms, readableCountry, readableKind, toAnkiTsv, toCsv, toJson } from './export';
import { kafrNabl } from './fixtures.test-util';

/** The shared saved term with a plain note, which the byte-exact exports below spell out. */
const term: SavedTerm = { ...kafrNabl, note: 'قصف "ليلي", then\nquiet' };

describe('CSV', () => {
  it('is RFC 4180 with a BOM and CRLF, quoting only where needed (byte-exact)', () => {
    expect(toCsv([term])).toBe(
      '\uFEFFarabic,english,type,kind,country,admin_path,status,tags,note,context,page_title,page_url,first_seen,last_seen,times_seen,entry_id,kind_label,country_name\r\n' +
        'كفرنبل,Kafr Nabl,place,town,SY,"Maarat al-Numan, Idlib",learning,idlib; front line,"قصف ""ليلي"", then\nquiet",مواقع في ريف كفرنبل بريف إدلب.,هدنة,https://news.example/a,2026-01-01T00:00:00.000Z,2026-01-02T00:00:00.000Z,2,wof:1,Town,Syria\r\n',
    );
  });
});

describe('JSON', () => {
  it('is versioned and keeps everything but derived search keys', () => {
    const parsed = JSON.parse(toJson([term], Date.UTC(2026, 0, 3)));
    expect(parsed).toMatchObject({
      format: 'dalil-glossary',
      version: 1,
      exportedAt: '2026-01-03T00:00:00.000Z',
    });
    const { searchKeys: _derived, ...rest } = term;
    expect(parsed.terms).toEqual([rest]);
  });
});

describe('Anki TSV', () => {
  it('puts Arabic on the front, English on the back, one note per line, tags last (byte-exact)', () => {
    expect(toAnkiTsv([term])).toBe(
      '#separator:tab\n#html:true\n#deck:Dalil\n#notetype:Basic\n#columns:Arabic\tEnglish\tType\tContext\tNote\tTags\n#tags column:6\n' +
        'كفرنبل\tKafr Nabl\tTown\tمواقع في ريف <b>كفرنبل</b> بريف إدلب.\tقصف &quot;ليلي&quot;, then quiet\tdalil place idlib front_line\n',
    );
  });

  it.each([
    ['the name as written', 'قصف على كفرنبل ليلا', 'كفرنبل', 'قصف على <b>كفرنبل</b> ليلا'],
    ['with diacritics and a clitic', 'قصف على وكَفْرنبل ليلا', 'كفرنبل', 'قصف على و<b>كَفْرنبل</b> ليلا'],
    ['another hamza', 'في ادلب', 'إدلب', 'في <b>ادلب</b>'],
    ['the saved name has the article, the page not', 'وصلوا إلى رقة', 'الرقة', 'وصلوا إلى <b>رقة</b>'],
    ['not in the sentence: unmarked, still escaped', 'a <i>b</i>', 'حلب', 'a &lt;i&gt;b&lt;/i&gt;'],
    ['page HTML around the name stays text', '<b>x</b> حلب', 'حلب', '&lt;b&gt;x&lt;/b&gt; <b>حلب</b>'],
  ])('marks the term in its sentence: %s', (_, sentence, ar, expected) => {
    expect(ankiSentence(sentence, ar)).toBe(expected);
  });
});

describe('readable labels beside the codes', () => {
  it.each([
    [{ type: 'organization' as const, kind: 'rights_group' }, 'Rights group'],
    [{ type: 'place' as const, kind: 'town' }, 'Town'],
    [{ type: 'person' as const, kind: undefined }, 'Person'],
  ])('kind %o', (term, expected) => expect(readableKind(term)).toBe(expected));
  it.each([
    ['SY', 'Syria'],
    [undefined, ''],
    ['not a code', 'not a code'],
  ])('country %s', (code, expected) => expect(readableCountry(code)).toBe(expected));
});

describe('exportTerms', () => {
  it('names files by format and date', () => {
    const now = Date.UTC(2026, 10, 29);
    expect(exportTerms('csv', [term], now).filename).toBe('dalil-glossary-2026-11-29.csv');
    expect(exportTerms('json', [term], now).mime).toBe('application/json');
    expect(exportTerms('anki', [term], now).filename).toBe('dalil-anki-2026-11-29.txt');
  });
});
