import { describe, expect, it } from 'vitest';
import { asciiFold, chooseEnglish, isClean, transliterate } from './englishName.js';

describe('chooseEnglish', () => {
  it('prefers an authoritative name (OpenSyria)', () => {
    expect(chooseEnglish({ authoritative: 'Kafr Nabl', name: 'Kafr Nubl' }, false, 'كفر نبل')).toBe(
      'Kafr Nabl',
    );
  });

  it('uses a clean eng_x_preferred close to the GeoNames name for settlements', () => {
    expect(chooseEnglish({ preferred: ['Deir Debwan'], name: 'Dayr Dibwān' }, false, 'دير دبوان')).toBe(
      'Deir Debwan',
    );
  });

  it('rejects a preferred name that is another feature or far off', () => {
    expect(chooseEnglish({ preferred: ['Bahla Fort'], name: 'Bahlā’' }, false, 'بهلاء')).toBe('Bahla');
    expect(chooseEnglish({ preferred: ['Cambarão'], name: 'Bandar Abbas' }, false, 'بندر عباس')).toBe(
      'Bandar Abbas',
    );
  });

  it('prefers the world-city name over a far-off preferred name', () => {
    expect(
      chooseEnglish(
        { preferred: ['Bethany'], cityName: 'Al Eizariya', name: "Al 'Eizariya" },
        false,
        'العيزرية',
      ),
    ).toBe('Al Eizariya');
  });

  it('uses wof:name first for admin units (their preferred is unreliable)', () => {
    expect(chooseEnglish({ preferred: ['San`ar'], name: 'Raymah' }, true, 'ريمة')).toBe('Raymah');
    expect(chooseEnglish({ preferred: ['Brakna Region'], name: 'Brakna' }, true, 'لبراكنة')).toBe('Brakna');
  });

  it('skips unclean candidates ("AbU", stray quote, no vowels)', () => {
    expect(chooseEnglish({ preferred: ['Al AbU Hashid'], name: 'Āl Abū Ḩāshid' }, false, 'آل أبو حاشد')).toBe(
      'Al Abu Hashid',
    );
    expect(chooseEnglish({ preferred: ['Kfr Swm'], name: 'Kafr Sawm' }, false, 'كفر سوم')).toBe('Kafr Sawm');
  });

  it('folds to ASCII', () => {
    expect(chooseEnglish({ name: 'Khān Shaykhūn' }, false, 'خان شيخون')).toBe('Khan Shaykhun');
    expect(asciiFold('Ma`arrat an Nu`man')).toBe("Ma'arrat an Nu'man");
    expect(asciiFold('Kırıkhan')).toBe('Kirikhan');
    expect(asciiFold("'Ayn al 'Arab")).toBe('Ayn al Arab');
  });

  it('transliterates when there is no Latin name at all', () => {
    expect(chooseEnglish({ name: 'قنا' }, false, 'قنا')).toBe('Qna');
    expect(transliterate('الشارقة')).toBe('Al-Sharqa');
    expect(transliterate('كفر سوم')).toBe('Kafr Sum');
    expect(transliterate('القصر')).toBe('Al-Qasr');
    expect(transliterate('برج ابي حيدر')).toBe('Barj Abi Hidr');
  });
});

describe('isClean', () => {
  it('accepts ordinary names and rejects odd ones', () => {
    expect(isClean('Maarrat al-Numan')).toBe(true);
    expect(isClean('McAllen')).toBe(true);
    expect(isClean('Gharib Kulkan"')).toBe(false);
    expect(isClean('Al AbU Hashid')).toBe(false);
  });
});
