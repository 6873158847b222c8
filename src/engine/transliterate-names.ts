/**
 * News spellings of common Arabic given names and name particles, for the
 * transliteration of names the glossary lacks (محمد → Mohammed, not "Mhmd" or
 * "Muhammad"). Keys are written naturally and folded at load time; one-word keys match
 * a word, two-word keys (عبد الله) a word pair. The spellings are the ones English-language
 * wires use most (Reuters, AP, AFP); where they differ by region (Abdel/Abdul), the
 * Levantine-Egyptian form is used.
 */
// biome-ignore format: a table, several names per line
export const NAME_SPELLINGS: Readonly<Record<string, string>> = {
  محمد: 'Mohammed', أحمد: 'Ahmed', محمود: 'Mahmoud', مصطفى: 'Mustafa', علي: 'Ali', حسن: 'Hassan',
  حسين: 'Hussein', عمر: 'Omar', عثمان: 'Othman', خالد: 'Khaled', سعيد: 'Saeed', سعد: 'Saad',
  يوسف: 'Youssef', إبراهيم: 'Ibrahim', إسماعيل: 'Ismail', موسى: 'Musa', عيسى: 'Issa', يحيى: 'Yahya',
  زكريا: 'Zakaria', سليمان: 'Suleiman', داود: 'Dawood', يونس: 'Younis', هارون: 'Haroun', إلياس: 'Elias',
  جورج: 'George', ميشال: 'Michel', ميشيل: 'Michel', بطرس: 'Boutros', جبران: 'Gebran', بيار: 'Pierre',
  جون: 'John', جوزيف: 'Joseph', يوحنا: 'Youhanna', أنطوان: 'Antoine', شربل: 'Charbel', نبيه: 'Nabih',
  وليد: 'Walid', سمير: 'Samir', نبيل: 'Nabil', كمال: 'Kamal', جمال: 'Jamal', فؤاد: 'Fouad', رفيق: 'Rafik',
  نجيب: 'Najib', طارق: 'Tariq', ماهر: 'Maher', بشار: 'Bashar', حافظ: 'Hafez', رامي: 'Rami', فيصل: 'Faisal',
  فهد: 'Fahd', سلمان: 'Salman', زيد: 'Zaid', زايد: 'Zayed', تميم: 'Tamim', حمد: 'Hamad', نوري: 'Nouri',
  حيدر: 'Haider', مقتدى: 'Muqtada', عمار: 'Ammar', ياسر: 'Yasser', صالح: 'Saleh', هادي: 'Hadi',
  منصور: 'Mansour', ناصر: 'Nasser', نصر: 'Nasr', حسني: 'Hosni', أنور: 'Anwar', جعفر: 'Jaafar',
  عباس: 'Abbas', قاسم: 'Qassem', عادل: 'Adel', أيمن: 'Ayman', أسامة: 'Osama', مروان: 'Marwan',
  يزيد: 'Yazid', هشام: 'Hisham', رياض: 'Riad', عماد: 'Imad', إياد: 'Iyad', زياد: 'Ziad', فادي: 'Fadi',
  غسان: 'Ghassan', عصام: 'Issam', هيثم: 'Haitham', حمزة: 'Hamza', معاذ: 'Muath', أنس: 'Anas',
  بلال: 'Bilal', جميل: 'Jamil', كريم: 'Karim', رشيد: 'Rashid', راشد: 'Rashed', سالم: 'Salem',
  سلطان: 'Sultan', ماجد: 'Majed', بدر: 'Badr', نايف: 'Nayef', طلال: 'Talal', مشعل: 'Mishal',
  إسحاق: 'Ishaq', يعقوب: 'Yacoub', توفيق: 'Tawfiq', شريف: 'Sharif', عزيز: 'Aziz', مجيد: 'Majid',
  فاطمة: 'Fatima', عائشة: 'Aisha', مريم: 'Maryam', زينب: 'Zeinab', خديجة: 'Khadija', ليلى: 'Leila',
  نور: 'Nour', هدى: 'Huda', سارة: 'Sara', رانيا: 'Rania', دينا: 'Dina', سلمى: 'Salma', أمل: 'Amal',
  'عبد الله': 'Abdullah', 'عبد العزيز': 'Abdulaziz', 'عبد الرحمن': 'Abdel Rahman', 'عبد الفتاح': 'Abdel Fattah',
  'عبد الملك': 'Abdul Malik', 'عبد الحميد': 'Abdel Hamid', 'عبد المجيد': 'Abdel Majid', 'عبد الكريم': 'Abdel Karim',
  'عبد الناصر': 'Abdel Nasser', 'عبد الرحيم': 'Abdel Rahim', 'عبد اللطيف': 'Abdel Latif', 'عبد القادر': 'Abdel Qader',
  'عبد السلام': 'Abdel Salam', 'عبد الباري': 'Abdel Bari', 'عبد الهادي': 'Abdel Hadi', 'عبد الحليم': 'Abdel Halim',
};

/** Particles of names: أبو محمد → Abu Mohammed, بن سلمان → bin Salman, آل سعود → Al Saud. */
export const NAME_PARTICLES: Readonly<Record<string, string>> = {
  أبو: 'Abu',
  أبي: 'Abi',
  بن: 'bin',
  ابن: 'Ibn',
  بنت: 'bint',
  أم: 'Umm',
  آل: 'Al',
};
