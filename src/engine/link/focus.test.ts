import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../common/pack';
import { choose, computeFocus } from './focus';

const SY: [string, string] = ['سوريا', 'Syria'];
const IDLIB: [string, string] = ['إدلب', 'Idlib'];
const place = (
  id: string,
  kind: string,
  ar: string,
  rank: number,
  path: Array<[string, string]>,
  country = 'SY',
) => ({ id, type: 'place', kind, ar, en: id, rank, path, country, src: [] }) as PackEntry;

const seatCases: Array<[string, PackEntry[], string]> = [
  [
    'a subdistrict beside its same-name town',
    [
      place('subdistrict', 'subdistrict', 'كفر نبل', 53, [['معرة النعمان', 'x'], IDLIB, SY]),
      place('town', 'town', 'كفر نبل', 51, [['معرة النعمان', 'x'], IDLIB, SY]),
    ],
    'town',
  ],
  [
    'a district around its same-name town',
    [
      place('district', 'district', 'سراقب', 66, [IDLIB, SY]),
      place('city', 'city', 'سراقب', 40, [['سراقب', 'Saraqib'], IDLIB, SY]),
    ],
    'city',
  ],
  [
    'a governorate is not a seat-named unit: it keeps its rank',
    [place('gov', 'governorate', 'إدلب', 80, [SY]), place('city', 'city', 'إدلب', 62, [IDLIB, SY])],
    'gov',
  ],
  [
    'a same-name village in another country does not move the unit aside',
    [
      place('subdistrict', 'subdistrict', 'بنش', 50, [IDLIB, SY]),
      place(
        'village',
        'village',
        'بنش',
        20,
        [
          ['صنعاء', 'Sanaa'],
          ['اليمن', 'Yemen'],
        ],
        'YE',
      ),
    ],
    'subdistrict',
  ],
];

describe('choose', () => {
  it.each(seatCases)('%s', (_name, entries, expected) => {
    const postings = entries.map((entry) => ({ entry, art: false }));
    expect(choose(postings, computeFocus([]))?.entry.id).toBe(expected);
  });
});
