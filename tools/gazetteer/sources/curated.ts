/**
 * Hand-curated additions (source key "dalil"):
 *  - FEATURES: well-known regions, mountains, plains, rivers, seas and crossings of
 *    Middle East news that no admin gazetteer holds. Coordinates are approximate
 *    (2 decimals, a representative point), written from general knowledge.
 *  - EXTRA_ALIASES: common news spellings of places the sources hold under another
 *    spelling, keyed by GeoNames id (the Idlib villages of the demo article, and
 *    Kobani for Ayn al-Arab). Kept short on purpose: aliases should be real spellings.
 */
import { classOf } from '../kinds.js';
import type { PlaceRecord } from '../types.js';

interface Feature {
  slug: string;
  ar: string;
  en: string;
  kind: string;
  lat: number;
  lon: number;
  country?: string;
  /** Record key of the first-level unit it lies in (for the path). */
  region?: string;
  /** Record key of the city it belongs to (a port's city, first in its path). */
  parent?: string;
  /** GeoNames feature code, for a capital missing from the world-cities file (PPLC). */
  fcode?: string;
  aliases?: string[];
  pop?: number;
}

// biome-ignore format: a table, one place per line
const FEATURES: Feature[] = [
  // Syria
  { slug: 'jabal-al-zawiya', ar: 'جبل الزاوية', en: 'Jabal al-Zawiya', kind: 'mountain', lat: 35.68, lon: 36.53, country: 'SY', region: 'osy:sy-idlib' },
  { slug: 'ghab-plain', ar: 'سهل الغاب', en: 'al-Ghab Plain', kind: 'plain', lat: 35.65, lon: 36.35, country: 'SY', region: 'osy:sy-hama', aliases: ['الغاب'] },
  { slug: 'jabal-al-akrad', ar: 'جبل الأكراد', en: 'Jabal al-Akrad', kind: 'mountain', lat: 35.73, lon: 36.12, country: 'SY', region: 'osy:sy-latakia' },
  { slug: 'jabal-al-turkman', ar: 'جبل التركمان', en: 'Jabal al-Turkman', kind: 'mountain', lat: 35.82, lon: 36.05, country: 'SY', region: 'osy:sy-latakia' },
  { slug: 'jabal-shahshabu', ar: 'جبل شحشبو', en: 'Jabal Shahshabu', kind: 'mountain', lat: 35.62, lon: 36.37, country: 'SY', region: 'osy:sy-hama' },
  { slug: 'eastern-ghouta', ar: 'الغوطة الشرقية', en: 'Eastern Ghouta', kind: 'area', lat: 33.55, lon: 36.4, country: 'SY', region: 'osy:sy-rif-dimashq' },
  { slug: 'western-ghouta', ar: 'الغوطة الغربية', en: 'Western Ghouta', kind: 'area', lat: 33.45, lon: 36.2, country: 'SY', region: 'osy:sy-rif-dimashq' },
  { slug: 'qalamoun', ar: 'القلمون', en: 'Qalamoun', kind: 'mountain', lat: 33.95, lon: 36.6, country: 'SY', region: 'osy:sy-rif-dimashq', aliases: ['جبال القلمون'] },
  { slug: 'mount-hermon', ar: 'جبل الشيخ', en: 'Mount Hermon', kind: 'mountain', lat: 33.42, lon: 35.86, country: 'SY', aliases: ['جبل حرمون'] },
  { slug: 'golan-heights', ar: 'هضبة الجولان', en: 'Golan Heights', kind: 'area', lat: 33, lon: 35.75, country: 'SY', region: 'osy:sy-quneitra', aliases: ['الجولان', 'مرتفعات الجولان'] },
  { slug: 'jabal-al-arab', ar: 'جبل العرب', en: 'Jabal al-Arab', kind: 'mountain', lat: 32.7, lon: 36.7, country: 'SY', region: 'osy:sy-as-suwayda', aliases: ['جبل الدروز'] },
  { slug: 'hauran', ar: 'حوران', en: 'Hauran', kind: 'area', lat: 32.75, lon: 36.15, country: 'SY', region: 'osy:sy-daraa', aliases: ['سهل حوران'] },
  { slug: 'lajat', ar: 'اللجاة', en: 'al-Lajat', kind: 'area', lat: 33, lon: 36.45, country: 'SY', region: 'osy:sy-daraa' },
  { slug: 'syrian-desert', ar: 'البادية السورية', en: 'Syrian Desert', kind: 'area', lat: 34.5, lon: 38.5, country: 'SY', aliases: ['بادية الشام'] },
  { slug: 'euphrates', ar: 'نهر الفرات', en: 'Euphrates', kind: 'river', lat: 35.95, lon: 39, aliases: ['الفرات'] },
  { slug: 'tigris', ar: 'نهر دجلة', en: 'Tigris', kind: 'river', lat: 33.3, lon: 44.4, aliases: ['دجلة'] },
  { slug: 'orontes', ar: 'نهر العاصي', en: 'Orontes', kind: 'river', lat: 35.4, lon: 36.4, country: 'SY', aliases: ['العاصي'] },
  { slug: 'khabur-river', ar: 'نهر الخابور', en: 'Khabur River', kind: 'river', lat: 35.9, lon: 40.5, country: 'SY' },
  { slug: 'bab-al-hawa-crossing', ar: 'معبر باب الهوى', en: 'Bab al-Hawa crossing', kind: 'crossing', lat: 36.23, lon: 36.67, country: 'SY', region: 'osy:sy-idlib' },
  { slug: 'bab-al-salameh-crossing', ar: 'معبر باب السلامة', en: 'Bab al-Salameh crossing', kind: 'crossing', lat: 36.63, lon: 37.06, country: 'SY', region: 'osy:sy-aleppo' },
  { slug: 'nasib-crossing', ar: 'معبر نصيب', en: 'Nasib crossing', kind: 'crossing', lat: 32.54, lon: 36.21, country: 'SY', region: 'osy:sy-daraa' },
  // Lebanon
  { slug: 'shebaa-farms', ar: 'مزارع شبعا', en: 'Shebaa Farms', kind: 'area', lat: 33.27, lon: 35.73, country: 'LB' },
  { slug: 'dahieh', ar: 'الضاحية الجنوبية', en: 'Dahieh (southern Beirut)', kind: 'area', lat: 33.85, lon: 35.5, country: 'LB' },
  { slug: 'litani', ar: 'نهر الليطاني', en: 'Litani River', kind: 'river', lat: 33.33, lon: 35.3, country: 'LB', aliases: ['الليطاني'] },
  { slug: 'masnaa-crossing', ar: 'معبر المصنع', en: 'Masnaa crossing', kind: 'crossing', lat: 33.7, lon: 35.99, country: 'LB' },
  // Palestine, Israel, Jordan
  { slug: 'west-bank', ar: 'الضفة الغربية', en: 'West Bank', kind: 'area', lat: 31.95, lon: 35.25, country: 'PS', aliases: ['الضفة'] },
  { slug: 'gaza-strip', ar: 'قطاع غزة', en: 'Gaza Strip', kind: 'area', lat: 31.42, lon: 34.38, country: 'PS' },
  { slug: 'east-jerusalem', ar: 'القدس الشرقية', en: 'East Jerusalem', kind: 'area', lat: 31.78, lon: 35.24, country: 'PS' },
  { slug: 'al-aqsa', ar: 'المسجد الأقصى', en: 'Al-Aqsa Mosque', kind: 'landmark', lat: 31.78, lon: 35.24, country: 'PS' },
  { slug: 'philadelphi-corridor', ar: 'محور فيلادلفيا', en: 'Philadelphi Corridor', kind: 'area', lat: 31.26, lon: 34.26, country: 'PS', aliases: ['محور صلاح الدين'] },
  { slug: 'rafah-crossing', ar: 'معبر رفح', en: 'Rafah crossing', kind: 'crossing', lat: 31.25, lon: 34.26, country: 'PS' },
  { slug: 'kerem-shalom-crossing', ar: 'معبر كرم أبو سالم', en: 'Kerem Shalom crossing', kind: 'crossing', lat: 31.23, lon: 34.28, country: 'PS' },
  { slug: 'gaza-envelope', ar: 'غلاف غزة', en: 'Gaza envelope', kind: 'area', lat: 31.4, lon: 34.5, country: 'IL' },
  { slug: 'negev', ar: 'النقب', en: 'Negev', kind: 'area', lat: 30.85, lon: 34.78, country: 'IL', aliases: ['صحراء النقب'] },
  { slug: 'galilee', ar: 'الجليل', en: 'Galilee', kind: 'area', lat: 32.9, lon: 35.35, country: 'IL' },
  { slug: 'jordan-river', ar: 'نهر الأردن', en: 'Jordan River', kind: 'river', lat: 32.3, lon: 35.57 },
  { slug: 'dead-sea', ar: 'البحر الميت', en: 'Dead Sea', kind: 'sea', lat: 31.5, lon: 35.5 },
  { slug: 'wadi-araba', ar: 'وادي عربة', en: 'Wadi Araba', kind: 'valley', lat: 30.5, lon: 35.2, country: 'JO' },
  // Egypt, Sudan, Libya
  { slug: 'sinai', ar: 'شبه جزيرة سيناء', en: 'Sinai Peninsula', kind: 'area', lat: 29.5, lon: 33.8, country: 'EG', aliases: ['سيناء'] },
  { slug: 'suez-canal', ar: 'قناة السويس', en: 'Suez Canal', kind: 'canal', lat: 30.58, lon: 32.33, country: 'EG' },
  { slug: 'upper-egypt', ar: 'الصعيد', en: 'Upper Egypt', kind: 'area', lat: 26.5, lon: 31.8, country: 'EG', aliases: ['صعيد مصر'] },
  { slug: 'nile-delta', ar: 'دلتا النيل', en: 'Nile Delta', kind: 'area', lat: 30.9, lon: 31.1, country: 'EG', aliases: ['الدلتا'] },
  { slug: 'nile', ar: 'نهر النيل', en: 'Nile', kind: 'river', lat: 30.05, lon: 31.23, aliases: ['النيل'] },
  { slug: 'darfur', ar: 'دارفور', en: 'Darfur', kind: 'area', lat: 13.5, lon: 24, country: 'SD', aliases: ['إقليم دارفور'] },
  { slug: 'kordofan', ar: 'كردفان', en: 'Kordofan', kind: 'area', lat: 13, lon: 29.5, country: 'SD', aliases: ['إقليم كردفان'] },
  { slug: 'cyrenaica', ar: 'برقة', en: 'Cyrenaica', kind: 'area', lat: 31, lon: 22, country: 'LY', aliases: ['إقليم برقة'] },
  { slug: 'fezzan', ar: 'فزان', en: 'Fezzan', kind: 'area', lat: 26, lon: 14, country: 'LY', aliases: ['إقليم فزان'] },
  { slug: 'oil-crescent', ar: 'الهلال النفطي', en: 'Oil Crescent', kind: 'area', lat: 30.6, lon: 19, country: 'LY' },
  { slug: 'nafusa-mountains', ar: 'جبل نفوسة', en: 'Nafusa Mountains', kind: 'mountain', lat: 31.9, lon: 12, country: 'LY', aliases: ['الجبل الغربي'] },
  { slug: 'jebel-akhdar-ly', ar: 'الجبل الأخضر', en: 'Jebel Akhdar', kind: 'mountain', lat: 32.6, lon: 21.9, country: 'LY' },
  // Iraq, Yemen, the Gulf
  { slug: 'kurdistan-region', ar: 'إقليم كردستان', en: 'Kurdistan Region', kind: 'area', lat: 36.2, lon: 44, country: 'IQ', aliases: ['إقليم كردستان العراق', 'كردستان العراق', 'إقليم كوردستان'] },
  { slug: 'qandil', ar: 'جبال قنديل', en: 'Qandil Mountains', kind: 'mountain', lat: 36.4, lon: 45.1, country: 'IQ', aliases: ['جبل قنديل'] },
  { slug: 'hamrin', ar: 'جبال حمرين', en: 'Hamrin Mountains', kind: 'mountain', lat: 34.5, lon: 44.3, country: 'IQ', aliases: ['سلسلة جبال حمرين'] },
  { slug: 'mount-sinjar', ar: 'جبل سنجار', en: 'Mount Sinjar', kind: 'mountain', lat: 36.37, lon: 41.8, country: 'IQ' },
  { slug: 'nineveh-plains', ar: 'سهل نينوى', en: 'Nineveh Plains', kind: 'plain', lat: 36.4, lon: 43.3, country: 'IQ' },
  { slug: 'mesopotamian-marshes', ar: 'الأهوار', en: 'Mesopotamian Marshes', kind: 'area', lat: 31, lon: 47, country: 'IQ' },
  { slug: 'shatt-al-arab', ar: 'شط العرب', en: 'Shatt al-Arab', kind: 'river', lat: 30.4, lon: 48.1, country: 'IQ' },
  { slug: 'green-zone', ar: 'المنطقة الخضراء', en: 'Green Zone (Baghdad)', kind: 'area', lat: 33.3, lon: 44.39, country: 'IQ' },
  { slug: 'tihama', ar: 'تهامة', en: 'Tihama', kind: 'area', lat: 15, lon: 43, country: 'YE' },
  { slug: 'bab-al-mandab', ar: 'باب المندب', en: 'Bab al-Mandab', kind: 'strait', lat: 12.58, lon: 43.33, aliases: ['مضيق باب المندب'] },
  { slug: 'gulf-of-aden', ar: 'خليج عدن', en: 'Gulf of Aden', kind: 'sea', lat: 12.5, lon: 47 },
  { slug: 'red-sea', ar: 'البحر الأحمر', en: 'Red Sea', kind: 'sea', lat: 20, lon: 38.5 },
  { slug: 'persian-gulf', ar: 'الخليج العربي', en: 'Persian Gulf', kind: 'sea', lat: 27, lon: 51, aliases: ['الخليج'] },
  { slug: 'strait-of-hormuz', ar: 'مضيق هرمز', en: 'Strait of Hormuz', kind: 'strait', lat: 26.57, lon: 56.25 },
  { slug: 'arabian-sea', ar: 'بحر العرب', en: 'Arabian Sea', kind: 'sea', lat: 15, lon: 63 },
  { slug: 'mediterranean', ar: 'البحر المتوسط', en: 'Mediterranean Sea', kind: 'sea', lat: 35, lon: 18, aliases: ['البحر الأبيض المتوسط'] },
  // Ports: their own entries, the city first in their path (ميناء الحديدة is not the city)
  { slug: 'port-of-hodeidah', ar: 'ميناء الحديدة', en: 'Port of Hodeidah', kind: 'port', lat: 14.83, lon: 42.93, country: 'YE', region: 'wof:85680959', parent: 'wof:890432439', aliases: ['مرفأ الحديدة'] },
  { slug: 'port-of-aden', ar: 'ميناء عدن', en: 'Port of Aden', kind: 'port', lat: 12.79, lon: 44.98, country: 'YE', region: 'wof:85681039', parent: 'wof:890430373' },
  { slug: 'port-of-salif', ar: 'ميناء الصليف', en: 'Port of Salif', kind: 'port', lat: 15.3, lon: 42.68, country: 'YE', region: 'wof:85680959', parent: 'wof:1243156775' },
  { slug: 'port-of-ras-isa', ar: 'ميناء رأس عيسى', en: 'Ras Isa port', kind: 'port', lat: 15.22, lon: 42.66, country: 'YE', region: 'wof:85680959' },
  { slug: 'port-of-beirut', ar: 'مرفأ بيروت', en: 'Port of Beirut', kind: 'port', lat: 33.9, lon: 35.52, country: 'LB', region: 'wof:85673487', parent: 'wof:890442383', aliases: ['ميناء بيروت'] },
  { slug: 'port-of-latakia', ar: 'ميناء اللاذقية', en: 'Port of Latakia', kind: 'port', lat: 35.52, lon: 35.77, country: 'SY', region: 'osy:sy-latakia', parent: 'wof:1125980503', aliases: ['مرفأ اللاذقية'] },
  { slug: 'port-of-tartus', ar: 'ميناء طرطوس', en: 'Port of Tartus', kind: 'port', lat: 34.9, lon: 35.87, country: 'SY', region: 'osy:sy-tartus', parent: 'wof:890449825', aliases: ['مرفأ طرطوس'] },
  { slug: 'port-of-umm-qasr', ar: 'ميناء أم قصر', en: 'Port of Umm Qasr', kind: 'port', lat: 30.03, lon: 47.95, country: 'IQ', region: 'wof:85672453' },
  { slug: 'grand-faw-port', ar: 'ميناء الفاو الكبير', en: 'Grand Faw Port', kind: 'port', lat: 29.93, lon: 48.5, country: 'IQ', region: 'wof:85672453', parent: 'wof:421177273', aliases: ['ميناء الفاو'] },
  { slug: 'port-of-aqaba', ar: 'ميناء العقبة', en: 'Port of Aqaba', kind: 'port', lat: 29.52, lon: 35, country: 'JO', region: 'wof:85672619', parent: 'wof:421179953' },
  { slug: 'port-of-haifa', ar: 'ميناء حيفا', en: 'Port of Haifa', kind: 'port', lat: 32.82, lon: 35, country: 'IL', region: 'wof:85672535', parent: 'wof:421168693' },
  { slug: 'port-of-eilat', ar: 'ميناء إيلات', en: 'Port of Eilat', kind: 'port', lat: 29.55, lon: 34.95, country: 'IL', parent: 'wof:421200307' },
  { slug: 'port-of-alexandria', ar: 'ميناء الإسكندرية', en: 'Port of Alexandria', kind: 'port', lat: 31.18, lon: 29.87, country: 'EG', region: 'wof:85671041', parent: 'wof:421200905' },
  { slug: 'port-of-benghazi', ar: 'ميناء بنغازي', en: 'Port of Benghazi', kind: 'port', lat: 32.1, lon: 20.05, country: 'LY', region: 'wof:85673635', parent: 'wof:421199765' },
  { slug: 'port-of-misrata', ar: 'ميناء مصراتة', en: 'Port of Misrata', kind: 'port', lat: 32.37, lon: 15.21, country: 'LY', region: 'wof:85673593', parent: 'wof:421168935' },
  { slug: 'jeddah-islamic-port', ar: 'ميناء جدة الإسلامي', en: 'Jeddah Islamic Port', kind: 'port', lat: 21.47, lon: 39.17, country: 'SA', parent: 'wof:421200923', aliases: ['ميناء جدة'] },
  { slug: 'jebel-ali-port', ar: 'ميناء جبل علي', en: 'Jebel Ali Port', kind: 'port', lat: 25.01, lon: 55.06, country: 'AE', region: 'wof:85667983', parent: 'wof:421174961' },
  { slug: 'port-of-gaza', ar: 'ميناء غزة', en: 'Port of Gaza', kind: 'port', lat: 31.52, lon: 34.43, country: 'PS', parent: 'wof:101919639' },
  // Capitals missing from the world-cities file
  { slug: 'washington-dc', ar: 'واشنطن', en: 'Washington, D.C.', kind: 'city', lat: 38.9, lon: -77.04, country: 'US', pop: 689545, fcode: 'PPLC', aliases: ['واشنطن العاصمة'] },
  // Wider regions
  { slug: 'middle-east', ar: 'الشرق الأوسط', en: 'Middle East', kind: 'area', lat: 29, lon: 41 },
  { slug: 'levant', ar: 'بلاد الشام', en: 'the Levant', kind: 'area', lat: 34, lon: 37, aliases: ['الشام'] },
  { slug: 'arabian-peninsula', ar: 'شبه الجزيرة العربية', en: 'Arabian Peninsula', kind: 'area', lat: 23, lon: 46, aliases: ['الجزيرة العربية'] },
  { slug: 'maghreb', ar: 'المغرب العربي', en: 'Maghreb', kind: 'area', lat: 32, lon: 3 },
  { slug: 'horn-of-africa', ar: 'القرن الأفريقي', en: 'Horn of Africa', kind: 'area', lat: 8, lon: 45, aliases: ['القرن الإفريقي'] },
];

/** News spellings to add to places the sources hold, by GeoNames id. */
export const EXTRA_ALIASES: Record<number, string[]> = {
  173896: ['الفطيرة'], // Fatirah (Idlib): stored as فطيرة
  168572: ['كنصفرة'], // Kansafrah (Idlib): stored as كنسفرة
  164662: ['سفوهن'], // Safuhun (Idlib): stored as سفوهون
  167587: ['معرزاف', 'معزراف'], // Ma`arrzaf (Idlib/Ariha): stored as معرزف
  172256: ['كوباني'], // Ayn al-Arab: the Kurdish name, common in news
  314830: ['غازي عنتاب'], // Gaziantep: the full name, as news writes it (stored as عنتاب)
};

/**
 * Arabic names of admin levels that the sources name only in English (WOF has no
 * Arabic name for Morocco's 12 regions of 2015), by country and WOF English name.
 */
export const LEVEL_AR: Record<string, Record<string, string>> = {
  MA: {
    'Tanger-Tétouan-Al Hoceïma': 'طنجة تطوان الحسيمة',
    "L'Oriental": 'الشرق',
    Oriental: 'الشرق',
    'Fès-Meknès': 'فاس مكناس',
    'Rabat-Salé-Kénitra': 'الرباط سلا القنيطرة',
    'Béni Mellal-Khénifra': 'بني ملال خنيفرة',
    'Casablanca-Settat': 'الدار البيضاء سطات',
    'Marrakesh-Safi': 'مراكش آسفي',
    'Drâa-Tafilalet': 'درعة تافيلالت',
    'Souss-Massa': 'سوس ماسة',
    'Guelmim-Oued Noun': 'كلميم واد نون',
    'Laâyoune-Sakia El Hamra': 'العيون الساقية الحمراء',
    'Dakhla-Oued Ed-Dahab': 'الداخلة وادي الذهب',
  },
};

export function curatedRecords(): PlaceRecord[] {
  return FEATURES.map((f) => ({
    key: `dalil:${f.slug}`,
    cls: classOf(f.kind),
    kind: f.kind,
    names: [f.ar, ...(f.aliases ?? [])],
    en: { authoritative: f.en },
    country: f.country,
    lat: f.lat,
    lon: f.lon,
    pop: f.pop,
    region: f.region ? { key: f.region } : undefined,
    parentLocality: f.parent,
    fcode: f.fcode,
    src: ['dalil'],
    priority: 90,
  }));
}
