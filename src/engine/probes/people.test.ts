/**
 * Everyday words that are also short forms of names (weak aliases) are not people of the
 * who's-who (the people table's floor is in probes.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../cli/pack';
import { annotate } from '../annotate';
import { Lexicon } from '../propose/lexicon';

const lexicon = Lexicon.fromPack(loadPack());

describe('people probes', () => {
  it.each([
    ['الزعيم الروحاني', 'ويبقى الزعيم الروحاني للطائفة بعيدا عن السياسة.'],
    ['تراس', 'جلس الضيوف على تراس المطعم المطل على البحر.'],
    ['مشرف', 'وقررت الإدارة تعيين مشرف جديد على المشروع.'],
    ['النسور', 'وحلقت النسور فوق قمم الجبال.'],
    ['جيله', 'وكان من أبرز كتاب جيله في القصة القصيرة.'],
    ['عباس', 'ويعيش عباس في القرية مع عائلته الصغيرة.'],
    ['الأسد', 'وتجمع الزوار حول قفص الأسد في حديقة الحيوان.'],
    ['السراج', 'وأشعل الفلاح السراج قبل حلول الظلام.'],
    ['البرهان', 'وطالب المحامي بتقديم البرهان على صحة الادعاء.'],
  ])('«%s» in an ordinary sentence is no person of the who’s-who', (_word, sentence) => {
    const people = annotate(sentence, lexicon).entities.filter(
      (e) => e.type === 'person' && e.source === 'glossary',
    );
    expect(people).toEqual([]);
  });
});
