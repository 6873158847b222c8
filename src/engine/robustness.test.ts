/**
 * Robustness on the real bundled lexicon (~79k names), complementing property.test.ts
 * (which runs on the small test lexicon): hostile inputs never throw, every span is a
 * valid slice of the input, and time grows linearly. Each pathological family is timed
 * at n, 2n, 4n and 8n in CPU time (process.cpuUsage, best of three: other processes on a
 * busy machine barely move it); the growth per doubling is printed (copy it into
 * reports). The mean growth per doubling must stay below 3× (linear is 2×, quadratic
 * 4×) and the fitted log-log slope below 1.5 (linear 1, quadratic 2).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../cli/pack';
import { annotate } from './annotate';
import { detect } from './detect/detect';
import { Lexicon } from './propose/lexicon';
import { normalize } from './read/normalize';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = Lexicon.fromPack(loadPack());
}, 120_000);

function checkSpans(input: string): number {
  const { entities, detection } = annotate(input, lexicon, { signals: { lang: 'ar', articleMarkup: true } });
  let last = 0;
  for (const e of entities) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(last);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.text).toBe(input.slice(e.start, e.end));
    last = e.end;
  }
  expect(detection.score).toBeGreaterThanOrEqual(0);
  expect(detection.score).toBeLessThanOrEqual(1);
  return entities.length;
}

const WORDS = [
  'إدلب',
  'حلب',
  'كفرنبل',
  'معرة النعمان',
  'هيئة تحرير الشام',
  'قرية',
  'بلدات',
  'بريف',
  'قوات',
  'وزارة',
  'حزب',
  'جبهة',
  'المرصد السوري',
  'جبل الزاوية',
  'طرابلس',
  'تل',
  'الباب',
  'بين',
  'أم',
];
const CLITICS = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'بال', 'لل', 'وبال', 'فبال', 'وب', 'فب'];
const NOISE = [
  'ً',
  'ّ',
  'ـ',
  '\u200c',
  '\u200d',
  '\u200f',
  '\u202b',
  '\uFEFB',
  'ﷲ',
  'ی',
  'ک',
  'پ',
  '٣',
  '1',
  'a',
  'Z',
  'Ω',
  'я',
  '中',
  '😀',
  '👩🏽‍⚕️',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\t',
  '\n',
  ' ',
  '،',
  '.',
  '«',
  '»',
  '"',
  '<',
  '&',
];

const token = fc
  .tuple(fc.constantFrom(...CLITICS), fc.constantFrom(...WORDS), fc.constantFrom('', ...NOISE))
  .map(([c, w, n]) => `${c}${w}${n}`);
const mixed = fc
  .array(fc.oneof(token, fc.constantFrom(...NOISE), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(' '));
const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  mixed,
);

describe('engine robustness on the bundled lexicon', () => {
  it('random Unicode and mixed scripts: no throw, valid offsets', () => {
    fc.assert(
      fc.property(anyUnicode, (input) => {
        checkSpans(input);
        detect(input);
        const n = normalize(input);
        for (const m of n.map) expect(m >= 0 && m < input.length).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('extreme single inputs: no throw, valid offsets', () => {
    const inputs = [
      '',
      ' ',
      'ـ'.repeat(50_000),
      'ّ'.repeat(50_000),
      `إ${'ِ'.repeat(20_000)}دلب`,
      '\u200c'.repeat(30_000),
      '\uD800'.repeat(30_000),
      '😀'.repeat(30_000),
      `${'وبوبوبال'.repeat(10_000)}إدلب`,
      `${'و'.repeat(100_000)}حلب`,
      `بلدات ${Array.from({ length: 5000 }, (_, i) => `قرية${i}`).join(' و')}`,
      `${'قوات '.repeat(20_000)}النظام`,
      `${'في ريف '.repeat(20_000)}إدلب`,
      'إدلب'.repeat(50_000),
      `${'a'.repeat(200_000)} إدلب`,
      `«${'«'.repeat(20_000)}هيئة تحرير الشام${'»'.repeat(20_000)}`,
    ];
    for (const input of inputs) checkSpans(input);
    // Long Arabic names glued into one token are still found nowhere outside their letters.
    expect(
      checkSpans(`قصفت قوات النظام ${'كفرنبل'.repeat(3)} و${'ب'.repeat(70_000)}`),
    ).toBeGreaterThanOrEqual(0);
  });

  it('a 1 MB paragraph of real-looking news: valid offsets', () => {
    const sentence =
      'قصفت قوات النظام السوري بلدات كفرنبل وحاس وكنصفرة في جبل الزاوية بريف إدلب الجنوبي، فيما قالت هيئة تحرير الشام إن المرصد السوري لحقوق الإنسان وثق سقوط قتلى. ';
    const paragraph = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    expect(checkSpans(paragraph)).toBeGreaterThan(10_000);
  }, 120_000);

  const families: Array<[string, (n: number) => string]> = [
    [
      'news prose',
      (n) =>
        'قصفت قوات النظام بلدات كفرنبل وحاس في جبل الزاوية بريف إدلب، وقالت وزارة الدفاع التركية. '.repeat(n),
    ],
    [
      'clitic chains وبوبوبال…',
      (n) => 'وبوبوبالإدلب فبالحلب وللكفرنبل وكبالمعرة النعمان وبوبوبوبوبوبال '.repeat(n * 2),
    ],
    ['one clitic chain token', (n) => `${'وبوبوبال'.repeat(n * 10)}إدلب`],
    ['one long token', (n) => `قرية ${'كفر'.repeat(n * 25)}`],
    [
      'trigger list بلدات X وY وZ…',
      (n) => `بلدات ${Array.from({ length: n * 12 }, (_, i) => `كفر${i % 97}`).join(' و')}`,
    ],
    ['organisation heads', (n) => `${'حزب حركة جبهة هيئة وزارة قوات جيش لواء كتائب مجلس '.repeat(n)}الشام`],
    ['diacritics and tatweel', (n) => 'إِدْلِـــبُ حَـلَـبَ كَفْرَنْبُلَ '.repeat(n * 3)],
    ['mixed scripts', (n) => 'Idlib إدلب 中文 😀 ﻻ ی پ ٣ «حلب» \u200c '.repeat(n * 2)],
  ];

  it('time grows linearly: n, 2n, 4n, 8n for each pathological family', () => {
    const BASE = 500;
    const rows: string[] = [];
    const failures: string[] = [];
    for (const [name, make] of families) {
      const times: number[] = [];
      const sizes: number[] = [];
      annotate(make(BASE / 4), lexicon); // warm-up
      for (const factor of [1, 2, 4, 8]) {
        const input = make(BASE * factor);
        sizes.push(input.length);
        // Best of three: the least disturbed by other processes on the machine.
        let best = Number.POSITIVE_INFINITY;
        for (let run = 0; run < 3; run++) {
          const before = process.cpuUsage();
          annotate(input, lexicon);
          const used = process.cpuUsage(before);
          best = Math.min(best, (used.user + used.system) / 1000);
        }
        times.push(Math.max(best, 0.5));
      }
      const growth = times.slice(1).map((t, i) => t / (times[i] as number));
      const overall = (times[3] as number) / (times[0] as number);
      const meanGrowth = overall ** (1 / 3);
      // Least-squares slope of log(time) against log(size).
      const xs = sizes.map(Math.log);
      const ys = times.map(Math.log);
      const mx = xs.reduce((a, b) => a + b) / 4;
      const my = ys.reduce((a, b) => a + b) / 4;
      const slope =
        xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] as number) - my), 0) /
        xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
      rows.push(
        `${name.padEnd(30)} ${sizes
          .map((s) => `${(s / 1000).toFixed(0)}k`)
          .join('/')
          .padEnd(22)} ${times
          .map((t) => `${t.toFixed(0)}ms`)
          .join(' ')
          .padEnd(
            26,
          )} ×${growth.map((g) => g.toFixed(2)).join(' ×')}  mean ×${meanGrowth.toFixed(2)} slope ${slope.toFixed(2)}`,
      );
      if (meanGrowth >= 3 || slope >= 1.5) failures.push(name);
    }
    console.log(
      `engine timing growth (chars n/2n/4n/8n, CPU ms best of 3, growth per doubling)\n${rows.join('\n')}`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
