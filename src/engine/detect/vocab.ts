/**
 * Vocabulary for the political-news score. Arabic words are written naturally and
 * folded at load time; they are matched as whole words, optionally after a proclitic.
 * The "other genre" list holds the words of the genres that also name ministries,
 * countries or armies in passing (sport, recipes, tech, health, weather, arts, travel).
 */
import { fold } from '../read/normalize';

const foldAll = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(fold));

export const POLITICAL_AR: ReadonlySet<string> = foldAll(`
قصف قصفا قصفت استهدف استهدفت استهداف غارة غارات قذائف قذيفة صواريخ صاروخ راجمات مدفعية
قوات القوات جيش الجيش عسكري عسكرية العسكري العسكرية جنود جندي ضابط الضباط عناصر عنصر مسلحين مسلحون مسلحة
اشتباكات اشتباك معارك معركة هجوم هجمات هجوما مقتل قتلى قتل قتيل جرحى إصابة شهداء شهيد اغتيال اغتيالات
الحرب حرب النزاع نزاع الصراع هدنة التهدئة إطلاق النار وقف تصعيد انسحاب تقدم سيطرة سيطرت السيطرة
النظام المعارضة فصائل الفصائل ميليشيا مليشيا ميليشيات مليشيات تنظيم التنظيم الإرهابي إرهابية الإرهاب خلايا
الاحتلال احتلال المقاومة الأمن الأمنية الأمني الاستخبارات المخابرات اعتقال اعتقلت المعتقلين أسرى
الحكومة حكومة الحكومية الرئيس رئيس رئاسة الرئاسي وزير وزراء الوزير الخارجية الدفاع الداخلية البرلمان النواب
مجلس حزب الأحزاب حركة السياسي السياسية سياسي سياسية انتخابات الانتخابات المفاوضات مفاوضات محادثات
اتفاق اتفاقية الاتفاق العقوبات عقوبات دبلوماسي الدبلوماسية السفارة سفير السفير قمة الأمم المتحدة
المتحدث الناطق بيان البيان تظاهرات احتجاجات المحتجين متظاهرين النازحين نازحين اللاجئين مخيم المخيمات
الطائرات طائرات طائرة مسيرة المسيرة الاستطلاع الحربية العملية عملية عمليات ميدانية الجبهة جبهات
ريف بلدات محافظة المحافظة الحدود الحدودية المدنيين مدنيين ضحايا دمار التحالف الدولي
`);

export const OTHER_AR: ReadonlySet<string> = foldAll(`
مباراة المباراة الدوري دوري هدف أهداف هدفين اللاعب لاعب لاعبين المدرب نادي النادي الشوط المنتخب بطولة الملعب
وصفة طريقة عمل المكونات ملعقة ملاعق كوب أكواب الطبق طبق الأرز الدجاج اللحم الفرن التحضير الطهي البصل
هاتف الهاتف الكاميرا كاميرا البطارية بطارية الشاشة شاشة المعالج الهواتف الذكية تطبيق ميجابكسل
الطقس طقس الحرارة درجات الأمطار أمطار الرياح رياح الرطوبة الشبورة
صحة الوقاية الماء السوائل الجسم الأعراض أعراض الطبيب المريض الشمس
فيلم الفيلم الأفلام مهرجان المهرجان السينما السينمائي عرض الفنان الفنانة الممثل المخرج مسرح
السياحة السياح السياحية الفندق فندق الفنادق الرحلة رحلة السفر المسافرين الإجازة الصيف زيارتها المعالم
`);

export const POLITICAL_EN: ReadonlySet<string> = new Set(
  `government minister ministry president military army forces troops militants rebels attack attacks shelling
  strike strikes airstrike airstrikes killed wounded ceasefire truce war conflict fighting clashes security
  parliament election elections talks negotiations agreement sanctions embassy envoy diplomatic un
  opposition regime militia militias insurgents offensive prime foreign defence defense political`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Persian, Urdu, Sorani and Pashto political stems (folded; many share Arabic roots).
 * Matched inside words, since these texts often glue words together.
 */
export const POLITICAL_STEMS: readonly string[] = `
وزير وزار دولت حكومت حكومه سياس نظامي ارتش رييس جمهور مجلس پارلمان پەرلەمان انتخاب مذاكر سفارت سفير ديپلما تحريم
حمله جنگ طالبان امارت اجلاس صدارت خارجه خارجہ فوج ترجمان اقوام هەرێم بودجە ياسا ئەنجومەن نوێنەر مرستيال اشغال امور سازمان حزب
`
  .split(/\s+/)
  .filter(Boolean)
  .map(fold);
