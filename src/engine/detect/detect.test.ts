import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const AR_POLITICAL =
  'قصفت قوات النظام بالمدفعية الثقيلة بلدات في ريف إدلب الجنوبي، وقال مسؤول في المعارضة إن الهجوم أسفر عن مقتل مدنيين، فيما أعلنت وزارة الدفاع أن الجيش ردّ على مصادر النيران. ودعا مجلس الأمن إلى وقف إطلاق النار واستئناف المفاوضات بين الحكومة والفصائل.';
const AR_RECIPE =
  'طريقة عمل الأرز بالدجاج: ضعي ملعقة من الزيت في القدر ثم أضيفي البصل حتى يذبل، وبعدها أضيفي الدجاج والبهارات وكوبين من الماء، واتركي الطبق على نار هادئة حتى ينضج الأرز، ثم قدميه ساخنا مع السلطة.';
const AR_SPORT =
  'حقق النادي فوزا كبيرا في مباراة الدوري مساء أمس بثلاثة أهداف مقابل هدف، وسجل اللاعب الهدف الأول في الشوط الأول، وقال المدرب إن المنتخب سيستفيد من هذه البطولة.';
const FA =
  'وزیر امور خارجه روز چهارشنبه برای گفتگو با همتای خود به پایتخت سفر کرد و گفت که این سفر برای بررسی روابط دو کشور است.';
const UR =
  'وزیر اعظم نے کہا ہے کہ حکومت ملک کی ترقی کے لیے تمام سیاسی جماعتوں کے ساتھ بات چیت کرے گی اور یہ اجلاس اہم ہے۔';
const CKB =
  'حکومەتی هەرێمی کوردستان رایگەیاند کە پرۆژە یاسای بودجە لە پەرلەمان دژی ڕێککەوتنی نێوان هەرێم و بەغدایە.';
const PS =
  'د طالبانو د ډلې سیاسي مرستیال وايي چې د حکومت په اړه خبرې به د هېواد په ګټه وي او دا پرېکړه مهمه ده.';
const EN =
  'Government forces shelled rebel-held areas in the north of the country on Tuesday, killing three civilians, opposition activists said, as the UN envoy called for a ceasefire.';

describe('detect', () => {
  it.each([
    ['Arabic political news', AR_POLITICAL, 'ar', true, true],
    ['Arabic recipe', AR_RECIPE, 'ar', true, false],
    ['Arabic sport', AR_SPORT, 'ar', true, false],
    ['Persian', FA, 'fa', false, true],
    ['Urdu', UR, 'ur', false, true],
    ['Central Kurdish', CKB, 'ckb', false, true],
    ['Pashto', PS, 'ps', false, true],
    ['English', EN, 'en', false, true],
  ])('%s', (_n, text, language, isArabic, isPolitical) => {
    const d = detect(text);
    expect(d.language).toBe(language);
    expect(d.isArabic).toBe(isArabic);
    expect(d.isPolitical).toBe(isPolitical);
    expect(d.reasons.length).toBeGreaterThan(1);
    if (!(isArabic && isPolitical)) expect(d.score).toBeLessThan(0.5);
    else expect(d.score).toBeGreaterThan(0.5);
  });

  it('one Persian letter in a name does not make Arabic Persian', () => {
    expect(detect(`${AR_POLITICAL} والتقى الوفد بمسؤولين في گلستان.`).language).toBe('ar');
  });

  it('handles empty and letterless text', () => {
    expect(detect('').language).toBe('und');
    expect(detect('123 456 !!!').isArabic).toBe(false);
  });

  it('uses article markup as extra evidence', () => {
    const text = 'نشر الموقع تقريرا عن المدينة القديمة وتاريخها وأسواقها في هذا الأسبوع.';
    expect(detect(text, { articleMarkup: true }).score).toBeGreaterThan(detect(text).score);
    expect(detect(text, { articleMarkup: true }).reasons).toContain('article markup');
  });
});
