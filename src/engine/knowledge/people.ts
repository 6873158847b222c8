/**
 * People: titles and roles that introduce a name ("الرئيس X", "وزير الخارجية X"), given
 * names, the connectors that bind a name's words ("عبد", "أبو", "بن") and the words that
 * never belong to a name after a title. Written naturally, folded at load.
 */
import { fold } from '../read/normalize';
import { GIVEN_NAMES } from './words';

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(fold));

/** One-word titles (folded, as written with article). */
export const TITLES: ReadonlySet<string> = set(`
المدعو المواطن القيادي الأدميرال الملقب الشهيد صهره مبعوث حاكم عضو الرئيس العميد اللواء العقيد المقدم الرائد النقيب الشيخ الأمير الملك السفير المبعوث القائد الدكتور النائب المحافظ
العاهل السيد السيدة الجنرال المشير الوزير الوزيرة المتحدث المتحدثة الناطق الناطقة المراسل مراسل الصحفي الناشط
الزعيم زعيم المرشد الملكة السلطان الملا البابا المستشار المستشارة الأمين النائب الرئيسة المفوض المفوضة القاضي الإمام الحاخام الكاردينال المطران
`);
/** Titles that take a complement before the name: "وزير الخارجية", "رئيس الوزراء". */
export const TITLE_HEADS: ReadonlySet<string> = set(
  'حاكم عضو مبعوث وزير وزيرة رئيس رئيسة الأمين نائب قائد مدير محافظ المتحدث المتحدثة الناطق الناطقة مستشار سفير زعيم مساعد أمين مفوض مندوب ممثل مرشد',
);
/** Given names, folded as written (with article where they carry one). */
export const GIVEN: ReadonlySet<string> = new Set([
  ...GIVEN_NAMES,
  ...set(`
فراس أنس زياد خلف بديع مختار خالد رائد أيهم وليد عدنان نزار حكمت عماد باسل بشار حافظ ماهر رامي سامر سامي طلال غسان
فادي فؤاد قاسم لؤي مازن معاذ مهند نبيل نضال هادي هيثم وائل وسام ياسين يزن حسام حازم رضوان شادي صلاح عصام علاء
عبدالله عبدالرحمن عبدالباسط عبدالكريم عبدالعزيز دونالد جو فلاديمير إيمانويل ستيف جاريد براد بنيامين رجب
`),
]);
export const ADJ: ReadonlySet<string> = set('الخاص العام الحالي السابق الأسبق الجديد الأول الثاني');
export const CONNECTORS: ReadonlySet<string> = set('عبد عبد ال أبو ابو بن ابن بنت أم ام آل');
export const BLOCK: ReadonlySet<string> = set(`
باسم إن ان أن الذي التي إلى الى في من على قال قالت أكد أكدت أعلن أعلنت صرح يوم اليوم خلال بعد قبل مع عن حيث
`);
