/**
 * Countries: Arabic and English names from i18n-iso-countries (MIT), a short
 * English override where its first name is a formal one, and common news aliases.
 * WOF country records merge into these by ISO code (see sources/wof.ts links).
 */
import { createRequire } from 'node:module';
import type { AdminLevel } from '../../../src/common/pack.js';
import type { PlaceRecord } from '../types.js';

const require = createRequire(import.meta.url);
type Names = Record<string, string | string[]>;
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json') as Names);
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json') as Names);

/** News-style English names where the library's first name is formal or odd. */
const EN_OVERRIDE: Record<string, string> = {
  SY: 'Syria',
  IR: 'Iran',
  RU: 'Russia',
  TR: 'Turkey',
  US: 'United States',
  GB: 'United Kingdom',
  CN: 'China',
  KR: 'South Korea',
  KP: 'North Korea',
  LA: 'Laos',
  MD: 'Moldova',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  VA: 'Vatican City',
  PS: 'Palestine',
  BN: 'Brunei',
  CD: 'DR Congo',
  CG: 'Republic of the Congo',
  FM: 'Micronesia',
  GM: 'Gambia',
  MK: 'North Macedonia',
  NL: 'Netherlands',
  FK: 'Falkland Islands',
  CC: 'Cocos Islands',
  VG: 'British Virgin Islands',
  VI: 'US Virgin Islands',
  CZ: 'Czech Republic',
  CI: 'Ivory Coast',
  SH: 'Saint Helena',
  BQ: 'Caribbean Netherlands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  AX: 'Aland Islands',
  CW: 'Curacao',
  RE: 'Reunion',
  BL: 'Saint Barthelemy',
};

/** Arabic names where the library's one is unusable (parentheses). */
const AR_OVERRIDE: Record<string, string> = { MF: 'سان مارتن', SX: 'سينت مارتن' };

/** Common Arabic news names besides the library's one (real spellings). */
const AR_ALIASES: Record<string, string[]> = {
  SY: ['سورية', 'الجمهورية العربية السورية'],
  US: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
  GB: ['بريطانيا', 'بريطانيا العظمى'],
  RU: ['روسيا الاتحادية', 'الاتحاد الروسي'],
  TR: ['تركية', 'الجمهورية التركية'],
  IR: ['الجمهورية الإسلامية الإيرانية'],
  SA: ['المملكة العربية السعودية', 'العربية السعودية'],
  AE: ['الإمارات', 'دولة الإمارات'],
  PS: ['دولة فلسطين', 'الأراضي الفلسطينية'],
  IL: ['دولة إسرائيل'],
  EG: ['جمهورية مصر العربية'],
  IQ: ['جمهورية العراق'],
  LB: ['الجمهورية اللبنانية'],
  JO: ['المملكة الأردنية الهاشمية'],
  YE: ['الجمهورية اليمنية'],
  SD: ['جمهورية السودان'],
  KW: ['دولة الكويت'],
  QA: ['دولة قطر'],
  BH: ['مملكة البحرين'],
  OM: ['سلطنة عمان'],
  MA: ['المملكة المغربية'],
  DZ: ['الجمهورية الجزائرية'],
  TN: ['الجمهورية التونسية'],
  LY: ['دولة ليبيا'],
  MR: ['الجمهورية الإسلامية الموريتانية'],
  SO: ['جمهورية الصومال'],
  KM: ['القمر', 'اتحاد جزر القمر'],
  DE: ['جمهورية ألمانيا الاتحادية'],
  CN: ['جمهورية الصين الشعبية'],
  BY: ['بيلاروسيا', 'بيلاروس'],
  MM: ['ميانمار'],
  SZ: ['إسواتيني'],
  HU: ['هنغاريا'],
  CZ: ['التشيك'],
  NL: ['هولاندا'],
  CD: ['الكونغو الديمقراطية'],
  CG: ['الكونغو برازافيل'],
  UA: ['أوكرانيا'],
  AF: ['جمهورية أفغانستان'],
  VA: ['دولة الفاتيكان'],
  BA: ['البوسنة'],
  GE: ['جورجيا'],
  IN: ['جمهورية الهند'],
  KR: ['جمهورية كوريا'],
  KP: ['جمهورية كوريا الديمقراطية الشعبية'],
};

/** WOF country-level Arabic names that are not the country (الشام is the Levant or Damascus). */
export const COUNTRY_ALIAS_DENY = new Set(['الشام']);

const arNames = isoCountries.getNames('ar', { select: 'all' });
const enNames = isoCountries.getNames('en', { select: 'all' });

function englishOf(cc: string): string {
  const override = EN_OVERRIDE[cc];
  if (override) return override;
  const list = enNames[cc] ?? [cc];
  return list.find((n) => !/[,()]/.test(n)) ?? (list[0] as string);
}

/** All ISO codes known to the library, sorted. */
export function countryCodes(): string[] {
  return Object.keys(arNames).sort();
}

/** [Arabic, English] of a country for admin paths. */
export function countryLevel(cc: string): AdminLevel | undefined {
  const ar = AR_OVERRIDE[cc] ?? arNames[cc]?.[0];
  return ar ? [ar, englishOf(cc)] : undefined;
}

export function countryRecords(): PlaceRecord[] {
  return countryCodes().map((cc) => ({
    key: `cc:${cc}`,
    cls: 'country',
    kind: 'country',
    names: [...(AR_OVERRIDE[cc] ? [AR_OVERRIDE[cc]] : (arNames[cc] ?? [])), ...(AR_ALIASES[cc] ?? [])],
    curatedNames: AR_ALIASES[cc] ?? [],
    en: { authoritative: englishOf(cc) },
    country: cc,
    src: ['dalil'],
    priority: 95,
  }));
}
