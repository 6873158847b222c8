import { describe, expect, it } from 'vitest';
import type { PackEntry } from '../../src/common/pack';
import { augmented, namePools, substitute } from './augment';
import type { TrainText } from './corpora';

const entry = (type: PackEntry['type'], kind: string, ar: string, rank: number, aliases?: string[]) =>
  ({ id: ar, type, kind, ar, en: ar, rank, aliases, src: [] }) as PackEntry;

const pools = namePools([
  entry('place', 'city', 'مسقط', 60),
  entry('place', 'village', 'الباب', 20), // a village homonym of a common word: never a stand-in
  entry('place', 'town', 'تل صغير', 30), // below rank 45: never a stand-in
  entry('person', 'minister', 'سيرغي لافروف', 80, ['لافروف']),
  entry('organization', 'party', 'حزب العمال', 50, ['PKK']),
]);

/** The names of a text as [type, text] pairs. */
const names = (t: TrainText): Array<[string, string]> =>
  t.mentions.map((m) => [m.type, t.text.slice(m.s, m.e)]);

describe('namePools', () => {
  it('keeps prominent places and every Arabic form of people and organisations', () => {
    expect(pools.place).toEqual(['مسقط']);
    expect(pools.person).toEqual(['سيرغي لافروف', 'لافروف']);
    expect(pools.organization).toEqual(['حزب العمال']); // the Latin acronym is no Arabic stand-in
  });
});

describe('substitute', () => {
  const text = 'وقال أحمد علي في حمص إن الحزب الشيوعي رفض.';
  const at = (name: string, type: PackEntry['type']) => {
    const s = text.indexOf(name);
    return { s, e: s + name.length, type };
  };
  const t: TrainText = {
    text,
    mentions: [at('أحمد علي', 'person'), at('حمص', 'place'), at('الحزب الشيوعي', 'organization')],
    cliticExact: true,
  };

  it('replaces every name by one of its kind and moves the offsets with it', () => {
    const out = substitute(t, pools, 7) as TrainText;
    const got = names(out);
    expect(got.map(([type]) => type)).toEqual(['person', 'place', 'organization']);
    expect(pools.person).toContain(got[0]?.[1]);
    expect(got[1]).toEqual(['place', 'مسقط']);
    expect(got[2]).toEqual(['organization', 'حزب العمال']);
    expect(out.text.startsWith('وقال ')).toBe(true);
    expect(out.text.endsWith(' رفض.')).toBe(true);
  });

  it('is deterministic', () => {
    expect(substitute(t, pools, 7)).toEqual(substitute(t, pools, 7));
  });

  it('leaves a name glued to ل as it is (لل + name would need respelling)', () => {
    const glued: TrainText = {
      text: 'زار لحمص',
      mentions: [{ s: 5, e: 8, type: 'place' }],
      cliticExact: true,
    };
    expect(names(substitute(glued, pools, 1) as TrainText)).toEqual([['place', 'حمص']]);
  });

  it('gives no copy of a text without names', () => {
    expect(substitute({ text: 'لا أسماء هنا', mentions: [], cliticExact: true }, pools, 1)).toBeUndefined();
  });
});

describe('augmented', () => {
  it('copies about half of the texts, the same ones on every run', () => {
    const texts: TrainText[] = Array.from({ length: 200 }, () => ({
      text: 'في حمص',
      mentions: [{ s: 3, e: 6, type: 'place' }],
      cliticExact: true,
    }));
    const a = augmented(texts, pools, 3);
    const copied = a.filter(Boolean).length;
    expect(copied).toBeGreaterThan(70);
    expect(copied).toBeLessThan(130);
    expect(augmented(texts, pools, 3)).toEqual(a);
  });
});
