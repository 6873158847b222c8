/**
 * Letter tables: how letters fold for matching, and which letters only other languages
 * written in Arabic script use. Shared by the engine (normalisation) and the pack
 * builder (tools/gazetteer), so that both see a name the same way.
 */

/** One-to-one letter folds (source unit → folded unit). */
export const LETTER_FOLDS: Readonly<Record<number, string>> = {
  1571: 'ا', // أ
  1573: 'ا', // إ
  1570: 'ا', // آ
  1649: 'ا', // ٱ alef wasla
  1650: 'ا',
  1651: 'ا',
  1653: 'ا',
  1572: 'و', // ؤ
  1574: 'ي', // ئ
  1609: 'ي', // ى alef maqsura
  1577: 'ه', // ة ta marbuta
  1728: 'ه', // ۀ
  1749: 'ه', // ە (Kurdish ae; folded only for matching, detection reads raw text)
  1729: 'ه', // ہ
  1726: 'ه', // ھ
  1740: 'ي', // ی Persian yeh
  1746: 'ي', // ے
  1705: 'ك', // ک keheh
  1706: 'ك',
  171: '"', // «
  187: '"', // »
  8220: '"',
  8221: '"',
  8222: '"',
  8216: "'",
  8217: "'",
  1548: ',', // ،
  1563: ';', // ؛
  1567: '?', // ؟
  1642: '%',
  1643: '.', // Arabic decimal separator
  1644: ',', // Arabic thousands separator
  1748: '.', // Arabic full stop
  160: ' ', // no-break space
  8201: ' ',
  8239: ' ',
};

/**
 * Letters of Persian, Urdu, Kurdish, Pashto … that standard Arabic does not use, plus
 * ZWNJ. ڤ (U+06A4) and ڨ (U+06A8) are allowed: Maghrebi Arabic uses them.
 */
export const NON_ARABIC_LETTERS =
  /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u06D3\u06C6\u06D5\u0679\u0688\u0691\u06BA\u06BB\u06BE\u06C7\u06CB\u06CE\u06B5\u0695\u06C0\u06C1\u06C2\u06C3\u06C5\u06C9\u06D0\u0681-\u0685\u0689-\u0690\u0692-\u0697\u0699-\u06A3\u06A5-\u06A7\u06AA-\u06AE\u06B0-\u06B4\u06B6-\u06B9\u06BC\u06BD\u06BF\u06C4\u06C8\u06CA\u06CD\u06CF\u06D1\u200C]/;

/** A letter of the Arabic alphabet as Arabic writes it (with ٱ, ڤ, ڨ). */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671\u06A4\u06A8]/;
