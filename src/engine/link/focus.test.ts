import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../common/pack';
import { choose, computeFocus, othersPlace } from './focus';

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
    'a bare name a governorate shares with its city is the city (حلب is Aleppo)',
    [place('gov', 'governorate', 'إدلب', 80, [SY]), place('city', 'city', 'إدلب', 62, [IDLIB, SY])],
    'city',
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

const ALEPPO = [
  place('gov', 'governorate', 'حلب', 82, [SY]),
  place('district', 'district', 'جبل سمعان', 68, [['حلب', 'Aleppo'], SY]),
  place('city', 'city', 'حلب', 66, [['جبل سمعان', 'Mount Simeon'], ['حلب', 'Aleppo'], SY]),
];
const AMMAN_OMAN = [
  place('oman', 'country', 'عُمان', 82, [], 'OM'),
  place('amman', 'city', 'عمّان', 60, [['عمّان', 'Amman']], 'JO'),
];
const TRIPOLI = [
  place('ly-gov', 'governorate', 'طرابلس', 75, [['ليبيا', 'Libya']], 'LY'),
  place('lb-city', 'city', 'طرابلس', 63, [['لبنان', 'Lebanon']], 'LB'),
  place('ly-city', 'city', 'طرابلس', 60, [['ليبيا', 'Libya']], 'LY'),
];

describe('choose: linking in context', () => {
  it.each([
    ['bare حلب is the city, not the district or the governorate', ALEPPO, {}, [], 'city'],
    ['a governorate head names the governorate (محافظة حلب)', ALEPPO, { head: 'governorate' }, [], 'gov'],
    ['a district head names the district', ALEPPO, { head: 'district' }, [], 'district'],
    ['a shadda that fits Amman', AMMAN_OMAN, { surface: 'عَمّان' }, [], 'amman'],
    ['vocalised without the shadda: Oman', AMMAN_OMAN, { surface: 'عُمان' }, [], 'oman'],
    ['no diacritics: rank decides', AMMAN_OMAN, { surface: 'عمان' }, [], 'oman'],
    [
      'طرابلس in an article about Libya',
      TRIPOLI,
      {},
      [place('x', 'city', 'بنغازي', 60, [], 'LY')],
      'ly-city',
    ],
    [
      'طرابلس in an article about Lebanon',
      TRIPOLI,
      {},
      [place('y', 'city', 'صيدا', 60, [], 'LB')],
      'lb-city',
    ],
  ] as const)('%s', (_name, entries, hints, sure, expected) => {
    const postings = entries.map((entry) => ({ entry, art: false }));
    expect(choose(postings, computeFocus([...sure]), hints)?.entry.id).toBe(expected);
  });
});

describe('othersPlace: a name is never its own evidence', () => {
  const muscat = place(
    'muscat',
    'city',
    'مسقط',
    60,
    [
      ['مسقط', 'Muscat'],
      ['عمان', 'Oman'],
    ],
    'OM',
  );
  const saraqib = place('saraqib', 'city', 'سراقب', 50, [IDLIB, SY]);
  const idlib = place('idlib', 'governorate', 'إدلب', 80, [SY]);
  const aleppo = place('aleppo', 'city', 'حلب', 62, [['حلب', 'Aleppo'], SY]);
  it.each([
    [
      'alone, a name places the article nowhere',
      muscat,
      [muscat],
      [muscat],
      { any: false, country: false, admin: false },
    ],
    [
      'named twice, still alone',
      muscat,
      [muscat, muscat],
      [muscat, muscat],
      { any: false, country: false, admin: false },
    ],
    [
      'another name of its governorate',
      saraqib,
      [saraqib, idlib],
      [saraqib],
      { any: true, country: true, admin: true },
    ],
    [
      'another name of its country only',
      saraqib,
      [saraqib, aleppo],
      [saraqib],
      { any: true, country: true, admin: false },
    ],
    ['other names abroad', muscat, [muscat, aleppo], [muscat], { any: true, country: false, admin: false }],
    [
      'a candidate that contributed nothing sees the whole focus',
      saraqib,
      [idlib],
      [],
      { any: true, country: true, admin: true },
    ],
  ])('%s', (_why, e, sure, own, expected) => {
    expect(othersPlace(e, computeFocus(sure), computeFocus(own))).toEqual(expected);
  });
});
