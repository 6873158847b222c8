import { describe, expect, it } from 'vitest';
import { NUM_LABELS } from './labels';
import { checkModel, decodeRows, encodeRows, ModelError } from './model';
import { zeroModel } from './model.test-util';
import { Tagger } from './tagger';

const L = NUM_LABELS;

describe('tagger model file', () => {
  it('accepts a valid model, which tags nothing when its weights are zero', () => {
    const t = Tagger.fromJSON(zeroModel());
    expect(t).toBeInstanceOf(Tagger);
  });

  it.each([
    ['not an object', null, /not a Dalil tagger model/],
    ['another format', { ...zeroModel(), format: 'x' }, /not a Dalil tagger model/],
    ['another version', { ...zeroModel(), version: 1 }, /version 1/],
    ['other labels', { ...zeroModel(), labels: ['O'] }, /labels/],
    ['a table too large', { ...zeroModel(), config: { ...zeroModel().config, bits: 40 } }, /configuration/],
    ['no weights', { ...zeroModel(), table: undefined }, /weights are missing/],
    ['transitions missing', { ...zeroModel(), transitions: [] }, /transitions/],
    ['no name words', { ...zeroModel(), names: undefined }, /incomplete/],
  ])('rejects %s', (_name, value, message) => {
    expect(() => checkModel(value)).toThrow(ModelError);
    expect(() => checkModel(value)).toThrow(message);
  });

  it('keeps weights to within a 127th of their row', () => {
    const w = [0.5, -2, 0, 1e-3, 3, -0.25, 1, 0, 0, 0, 0, 0, 0, 7e-5];
    const block = encodeRows([3, 70_000], w);
    const { ids, weights } = decodeRows(block);
    expect([...ids]).toEqual([3, 70_000]);
    for (let k = 0; k < w.length; k++) {
      const rowMax = k < L ? 3 : 7e-5;
      expect(Math.abs((weights[k] as number) - (w[k] as number))).toBeLessThanOrEqual(rowMax / 254 + 1e-12);
    }
  });

  it.each([
    [
      'cut short',
      (b: { rowCount: number; table: string }) => ({ ...b, table: b.table.slice(0, 8) }),
      /cut short/,
    ],
    ['not base64', (b: { rowCount: number; table: string }) => ({ ...b, table: '@@@' }), /base64/],
    [
      'more rows than written',
      (b: { rowCount: number; table: string }) => ({ ...b, rowCount: 3 }),
      /cut short/,
    ],
  ])('rejects weights %s', (_name, spoil, message) => {
    expect(() => decodeRows(spoil(encodeRows([1, 2], new Array(2 * L).fill(1))))).toThrow(message);
  });
});
