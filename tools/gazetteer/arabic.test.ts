import { describe, expect, it } from 'vitest';
import {
  cleanArabic,
  fixKeyboardVariants,
  isUsableArabicName,
  nameKey,
  normalizeArabic,
  stripArticle,
} from './arabic.js';

describe('arabic helpers', () => {
  it('cleans display forms but keeps shadda', () => {
    expect(cleanArabic('اَلْدَّوْحَة')).toBe('الدّوحة');
    expect(cleanArabic('عمّان\u200f')).toBe('عمّان');
    expect(cleanArabic('إدلـــب')).toBe('إدلب');
  });
  it('normalises as the issue specifies', () => {
    expect(normalizeArabic('إدلب')).toBe('ادلب');
    expect(normalizeArabic('حماة')).toBe('حماه');
    expect(normalizeArabic('بنى سويف')).toBe('بني سويف');
    expect(stripArticle(normalizeArabic('الفطيرة'))).toBe('فطيره');
  });
  it('keys ignore the article and spaces', () => {
    expect(nameKey('كفر نبل')).toBe(nameKey('كفرنبل'));
    expect(nameKey('السرمانية')).toBe(nameKey('سرمانية'));
  });
  it('rejects Persian letters, Latin and digits', () => {
    expect(isUsableArabicName('چاحف')).toBe(false);
    expect(isUsableArabicName('خواص کوه')).toBe(false);
    expect(isUsableArabicName('Sfūhun')).toBe(false);
    expect(isUsableArabicName('مجمع 101')).toBe(false);
    expect(isUsableArabicName('كنصفرة')).toBe(true);
  });
  it('repairs Persian-keyboard code points in Arab-state names', () => {
    expect(isUsableArabicName(fixKeyboardVariants('المقیتی'))).toBe(true);
    expect(fixKeyboardVariants('السماوە')).toBe('السماوه');
  });
});
