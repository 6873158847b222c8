/**
 * The people probes against the bundled pack: every row the data alone should get right
 * (no `engineGap`) comes out as a person with the English name of the who's-who, and
 * everyday words that are also short forms of names (weak aliases) are not people.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../cli/pack';
import { annotate } from '../annotate';
import { Lexicon } from '../lexicon';
import { PEOPLE_PROBES } from './people';
import { scoreProbe } from './score';

const lexicon = Lexicon.fromPack(loadPack());

describe('people probes', () => {
  it.each(PEOPLE_PROBES.filter((p) => !p.engineGap).map((p) => [p.name, p] as const))(
    '%s',
    (_name, probe) => {
      const r = scoreProbe(probe, lexicon);
      expect({ type: r.found?.type, en: r.found?.name_en }).toEqual({ type: 'person', en: probe.en });
    },
  );

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
