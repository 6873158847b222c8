/**
 * Organisation heads and the words around them: the nouns that open an organisation's
 * name ("حركة", "وزارة", "قوات"), the plural and government heads that with only an
 * adjective name a generic group ("القوات التركية", "الحكومة الأردنية"), possessors that
 * keep a group generic ("قوات النظام"), and words that end a name. Written naturally,
 * folded at load; article-stripped where noted.
 */
import { fold } from '../read/normalize';

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(fold));

/** Head nouns, article-stripped and folded. */
export const ORG_HEADS: ReadonlySet<string> = set(`
حكومة سلطات عمليات حزب حركة جبهة هيئة تنظيم جماعة وزارة جيش لواء فيلق مجلس منظمة وكالة مرصد سرايا كتيبة كتائب قوات قوى جهاز قيادة خلية
شرطة مخابرات حرس لجنة تحالف حشد فوج أفواج مليشيا ميليشيا محور أمن دفاع استخبارات ائتلاف تيار اتحاد مكتب مفوضية
`);

/** Heads that with the article and only adjectives name a generic group, not an organisation. */
export const PLURAL_HEADS: ReadonlySet<string> = set(
  'قوات قوى فصائل ميليشيات مليشيات مجموعات أجهزة سلطات جماعات كتائب',
);
export const GENERIC_WITH: ReadonlySet<string> = set('قوات قوى جيش فصائل ميليشيا مليشيا');
/** Nationality adjectives: after a generic possessor they keep the group generic ("قوات النظام السوري"). */
export const NATIONALITIES: ReadonlySet<string> = set(`
السوري السورية العراقي العراقية اللبناني اللبنانية التركي التركية الروسي الروسية الإيراني الإيرانية الأمريكي الأمريكية
الأميركي الأميركية الإسرائيلي الإسرائيلية المصري المصرية السوداني السودانية اليمني اليمنية الليبي الليبية الأردني الأردنية
الفلسطيني الفلسطينية السعودي السعودية الأوكراني الأوكرانية الكردي الكردية الحكومي الحكومية
`);
/** Inner heads that form one name with قوات/قوى ("قوى الأمن الداخلي"), unlike "قوات التحالف الدولي". */
export const INNER_GENERIC: ReadonlySet<string> = set('أمن دفاع شرطة مخابرات استخبارات');
/** Possessors that make "قوات X" generic whatever follows. Article-stripped, folded. */
export const STRONG_POSSESSORS: ReadonlySet<string> = set('نظام احتلال اسد حكومة معارضة مسلحين عشائر ثوار');
export const GOVERNMENT_HEADS: ReadonlySet<string> = set('حكومة سلطات');
/** Possessors that make "قوات X" generic when bare or with a nationality. Article-stripped, folded. */
export const GENERIC_POSSESSORS: ReadonlySet<string> = set(`
نظام معارضة احتلال اسد حكومة جيش أمن شرطة مسلحين مسلحة محلية عسكرية الأمن عشائر عشائرية ثوار المعارضة
`);
/** Words that end a name: participles and adjectives that describe rather than name. */
export const NAME_ENDERS: ReadonlySet<string> = set(`
الشيخ العقيد العميد اللواء المقدم الرائد النقيب الرئيس الوزير الدكتور السيد القائد
تابعة تابع موالية موالي مدعومة مدعوم متمركزة تابعه
التابعة التابع الموالية الموالي المدعومة المدعوم المتمركزة المتمركز المشاركة المشارك المسيطرة المنتشرة الواقعة المقربة
المحلية المحلي اليوم أمس الليلة الماضي الماضية الأخيرة الجديد الجديدة ذاتها نفسها
`);

export const ORDINALS: ReadonlySet<string> = set(
  'الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر',
);

export const NEWS_TAILS: ReadonlySet<string> = set('نيوز برس بوست تايمز');
export const ADJECTIVES: ReadonlySet<string> = set(
  'العام الحر الخاص الأعلى الأول الثاني الثالث الرابع الجديد الكبير السريع الأحمر الأخضر الأبيض الموحد المستقل',
);

/** Words that bind the next word into a personal name inside an organisation name ("عز الدين"). */
export const NAME_CONNECTORS: ReadonlySet<string> = set('عز عبد أبو ابو بن نور سيف صلاح شمس بدر');

/** Force heads: a leading "قوات" not in the entry's own name is left out (قوات البيشمركة → البيشمركة). */
export const FORCE_HEADS: ReadonlySet<string> = set('قوات قوى');
