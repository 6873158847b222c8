/** A small inline pack for unit tests (names of real places, entries written by hand). */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EntityType, Pack, PackEntry } from '../common/pack';
import { Lexicon } from './propose/lexicon';
import { origSpan, prepare } from './read/doc';
import { recognise } from './recognise';
import { Tagger } from './tagger/tagger';

const place = (
  id: string,
  ar: string,
  en: string,
  kind: string,
  country: string,
  rank: number,
  extra: Partial<PackEntry> = {},
): PackEntry => ({
  id,
  type: 'place',
  kind,
  ar,
  en,
  country,
  rank,
  src: ['test'],
  ...extra,
});
const org = (
  id: string,
  ar: string,
  en: string,
  kind: string,
  rank: number,
  extra: Partial<PackEntry> = {},
): PackEntry => ({
  id,
  type: 'organization',
  kind,
  ar,
  en,
  rank,
  src: ['test'],
  ...extra,
});

const IDLIB: [string, string][] = [
  ['محافظة إدلب', 'Idlib Governorate'],
  ['سوريا', 'Syria'],
];
const ALEPPO: [string, string][] = [
  ['محافظة حلب', 'Aleppo Governorate'],
  ['سوريا', 'Syria'],
];

export const TEST_PACK: Pack = {
  version: 'test',
  attributions: { test: 'hand-written test data' },
  entries: [
    place('cc:SY', 'سوريا', 'Syria', 'country', 'SY', 87, { aliases: ['سورية'] }),
    place('cc:LB', 'لبنان', 'Lebanon', 'country', 'LB', 87),
    place('cc:TR', 'تركيا', 'Turkey', 'country', 'TR', 85),
    place('cc:SA', 'السعودية', 'Saudi Arabia', 'country', 'SA', 82, {
      aliases: ['المملكة العربية السعودية'],
    }),
    place('cc:RU', 'روسيا', 'Russia', 'country', 'RU', 85),
    place('g:idlib', 'إدلب', 'Idlib', 'governorate', 'SY', 80, {
      path: [['سوريا', 'Syria']],
      pop: 1_500_000,
    }),
    place('g:aleppo', 'حلب', 'Aleppo', 'governorate', 'SY', 80, { path: [['سوريا', 'Syria']] }),
    place('c:tripoli-lb', 'طرابلس', 'Tripoli', 'city', 'LB', 62, { path: [['لبنان', 'Lebanon']] }),
    place('c:tripoli-ly', 'طرابلس', 'Tripoli', 'city', 'LY', 66, { path: [['ليبيا', 'Libya']] }),
    place('v:kansafra', 'كنصفرة', 'Kansafra', 'village', 'SY', 23, { path: IDLIB }),
    place('v:blyon', 'بليون', 'Balyun', 'village', 'SY', 23, { path: IDLIB }),
    place('v:lyon', 'ليون', 'Lyon', 'city', 'FR', 55),
    place('v:bara', 'البارة', 'Al-Bara', 'village', 'SY', 23, { path: IDLIB }),
    place('v:sarmaniyah', 'السرمانية', 'Al-Sarmaniyah', 'village', 'SY', 23, { path: IDLIB }),
    place('v:kafruma', 'كفرومة', 'Kafruma', 'village', 'SY', 23, { path: IDLIB }),
    place('v:fleifel', 'فليفل', 'Fleifel', 'village', 'SY', 23, { path: IDLIB }),
    place('v:umjalal-i', 'أم جلال', 'Umm Jalal (Idlib)', 'village', 'SY', 23, { path: IDLIB }),
    place('v:umjalal-a', 'أم جلال', 'Umm Jalal (Aleppo)', 'village', 'SY', 24, { path: ALEPPO }),
    place('v:safuhun', 'سفوهن', 'Safuhun', 'village', 'SY', 23, { path: IDLIB }),
    place('v:bab', 'الباب', 'Al-Bab', 'city', 'SY', 62, { path: ALEPPO }),
    place('v:tal', 'تل', 'Tal', 'village', 'SY', 5),
    place('m:zawiya', 'جبل الزاوية', 'Jabal al-Zawiya', 'mountain', 'SY', 50, { path: IDLIB }),
    place('c:maarrat', 'معرة النعمان', 'Maarat al-Numan', 'city', 'SY', 60, { path: IDLIB }),
    place('c:ras', 'رأس العين السفلى الجديدة الكبرى الشرقية', 'Long Name', 'city', 'SY', 62),
    org(
      'org:sohr',
      'المرصد السوري لحقوق الإنسان',
      'Syrian Observatory for Human Rights',
      'rights_group',
      50,
      { aliases: ['المرصد السوري'] },
    ),
    org('org:hamas', 'حماس', 'Hamas', 'armed_group', 60, {
      aliases: ['حركة حماس', 'حركة المقاومة الإسلامية'],
    }),
    place('v:khatt', 'خط', 'Khatt', 'village', 'SY', 23, { path: IDLIB }),
    place('g:msila', 'المسيلة', "M'Sila", 'governorate', 'DZ', 60),
    place('c:bigcity', 'الريان', 'Al Rayyan', 'city', 'QA', 62),
    org('org:isis', 'داعش', 'Islamic State (ISIS)', 'armed_group', 60, {
      aliases: ['تنظيم داعش', 'الدولة الإسلامية'],
    }),
    org('org:lna', 'الجيش الوطني الليبي', 'Libyan National Army', 'army', 50, { aliases: ['قوات حفتر'] }),
    org('org:rsf', 'قوات الدعم السريع', 'Rapid Support Forces', 'armed_group', 55, {
      aliases: ['الدعم السريع'],
    }),
    org('org:coalition', 'التحالف الدولي', 'Global Coalition against Daesh', 'intl_org', 50, {
      aliases: ['قوات التحالف الدولي'],
    }),
    org('org:tr-mod', 'وزارة الدفاع التركية', 'Turkish Ministry of National Defence', 'ministry', 50, {
      country: 'TR',
    }),
  ],
};

let cached: Lexicon | undefined;
export function testLexicon(): Lexicon {
  cached ??= Lexicon.fromPack(TEST_PACK);
  return cached;
}

/** The committed tagger model, for tests that run the engine as it ships (Node only). */
let tagger: Tagger | undefined;
export function testTagger(): Tagger {
  tagger ??= Tagger.fromJSON(
    JSON.parse(
      gunzipSync(readFileSync(new URL('../../pack/dalil-tagger.json.gz', import.meta.url))).toString('utf8'),
    ),
  );
  return tagger;
}

/**
 * What the propose stage offers for a text, every candidate believed (so later
 * proposers see them all): "source:type:surface" of each, for the proposers' own tests.
 */
export function proposals(text: string, type: EntityType): string[] {
  const doc = prepare(text);
  return recognise(doc, testLexicon(), { strict: false }, () => 1)
    .filter((sp) => sp.type === type)
    .map((sp) => {
      const [s, e] = origSpan(doc, sp.s, sp.e);
      return `${sp.source}:${text.slice(s, e)}`;
    });
}
