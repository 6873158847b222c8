import { describe, expect, it } from 'vitest';
import { readings, stripArticle } from './clitics';

const show = (tok: string) => readings(tok).map((r) => `${r.pre}${r.art ? `+ال${r.artLen}` : ''}:${r.core}`);

describe('readings', () => {
  it.each([
    ['لبنان', ['0:لبنان', '1:بنان']],
    ['والسرمانيه', ['0:والسرمانيه', '1+ال2:سرمانيه', '1:السرمانيه']],
    ['بالرقه', ['0:بالرقه', '1+ال2:رقه', '1:الرقه']],
    ['وبالباب', ['0:وبالباب', '1:بالباب', '2+ال2:باب', '2:الباب']],
    ['للجيش', ['0:للجيش', '1:لجيش', '1+ال1:جيش', '1+ال0:لجيش']],
    ['فليفل', ['0:فليفل', '1:ليفل', '2:يفل']],
    ['البارة', ['0+ال2:بارة', '0:البارة']],
  ])('%s', (tok, expected) => {
    expect(show(tok)).toEqual(expected);
  });

  it('always lists the unstripped reading first', () => {
    for (const t of ['كفرومه', 'بليون', 'وكنصفره', 'فالمعره']) expect(readings(t)[0]?.core).toBe(t);
  });

  it('never leaves a core shorter than two letters', () => {
    for (const t of ['وب', 'ال', 'لل', 'وال', 'بال'])
      for (const r of readings(t)) expect(r.core.length).toBeGreaterThanOrEqual(2);
  });

  it('stripArticle', () => {
    expect(stripArticle('الرقه')).toBe('رقه');
    expect(stripArticle('الي')).toBe('الي');
  });
});
