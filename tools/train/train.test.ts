/**
 * The tagger as trained: training is deterministic, and the shipped features hold a
 * floor on one fixed NewsFANE fold (trained here on the other four, Wojood and
 * corpus-dev, with fewer epochs than `npm run train`). Reads ../shared/data/ner.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/engine/read/doc';
import { FeatureHasher } from '../../src/engine/tagger/features';
import { KINDS, NUM_LABELS } from '../../src/engine/tagger/labels';
import { decodeRows } from '../../src/engine/tagger/model';
import { Tagger } from '../../src/engine/tagger/tagger';
import { DEFAULT_CONFIG } from './config';
import { loadCorpora, packGazetteer, split } from './data';
import { evalTagger, f1 } from './eval-ner';
import { fromText } from './examples';
import { type Compiled, compile, train } from './perceptron';

const corpora = loadCorpora();
const names = corpora.names;

describe('training', () => {
  it('gives the same model, byte for byte, from the same data', () => {
    const slice = corpora.newsfane.slice(0, 20);
    const a = JSON.stringify(train(slice, { config: DEFAULT_CONFIG, epochs: 2, names }));
    const b = JSON.stringify(train(slice, { config: DEFAULT_CONFIG, epochs: 2, names }));
    expect(a).toBe(b);
    expect(a).not.toBe(
      JSON.stringify(train(corpora.newsfane.slice(20, 40), { config: DEFAULT_CONFIG, epochs: 2, names })),
    );
  });

  it('learns spans whose offsets leave the proclitics out', () => {
    // Own sentences: a person after a title, a place after a preposition, an organisation.
    const lines = [
      'قال الرئيس سمير عون إن الوضع في حلب هادئ',
      'وزار الرئيس سمير عون مدينة حمص أمس',
      'وأعلنت وزارة الدفاع أن الجيش دخل حلب',
      'ونقلت وزارة الدفاع عن الرئيس سمير عون قوله',
    ];
    const mention = (text: string, name: string, type: (typeof KINDS)[number]) => {
      const s = text.indexOf(name);
      return { s, e: s + name.length, type };
    };
    const examples = lines.map((text) =>
      fromText({
        text,
        cliticExact: true,
        mentions: [
          ...(text.includes('سمير عون') ? [mention(text, 'سمير عون', 'person')] : []),
          ...(text.includes('حلب') ? [mention(text, 'حلب', 'place')] : []),
          ...(text.includes('حمص') ? [mention(text, 'حمص', 'place')] : []),
          ...(text.includes('وزارة الدفاع') ? [mention(text, 'وزارة الدفاع', 'organization')] : []),
        ],
      }),
    );
    const tagger = Tagger.fromJSON(
      train(examples, { config: { ...DEFAULT_CONFIG, gazetteer: false }, epochs: 8, names }),
    );
    const doc = prepare('وقال الرئيس سمير عون إن وزارة الدفاع في حلب');
    const spans = tagger.tag(doc).map((s) => [doc.norm.text.slice(s.s, s.e), s.type, s.t1 - s.t0]);
    expect(spans).toEqual([
      ['سمير عون', 'person', 2],
      ['وزاره الدفاع', 'organization', 2],
      ['حلب', 'place', 1],
    ]);
    for (const s of tagger.tag(prepare('وفي حلب قال الرئيس سمير عون'))) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('run time and training', () => {
  it('score every token with the same features', () => {
    const examples = corpora.newsfane.slice(0, 3);
    const gazetteer = packGazetteer();
    const model = train(examples, { config: DEFAULT_CONFIG, epochs: 1, gazetteer, names });
    const tagger = Tagger.fromJSON(model);
    const { ids, weights } = decodeRows(model);
    const rowAt = new Map([...ids].map((id, k) => [id, k]));
    const hasher = new FeatureHasher(DEFAULT_CONFIG, names);
    let tokens = 0;
    let k = 0;
    const units = compile(examples, hasher, gazetteer);
    for (const ex of examples) {
      const em = tagger.emissions(ex.doc, gazetteer);
      for (let i = 0; i < ex.doc.toks.count; ) {
        const u = units[k++] as Compiled;
        for (let j = 0; j < u.gold.length; j++, i++) {
          for (let y = 0; y < NUM_LABELS; y++) {
            let sum = 0;
            for (let q = u.start[j] as number; q < (u.start[j + 1] as number); q++) {
              const at = rowAt.get(u.rows[q] as number);
              if (at !== undefined) sum += weights[at * NUM_LABELS + y] as number;
            }
            const got = em[i * NUM_LABELS + y] as number;
            if (got !== -Infinity) expect(got).toBeCloseTo(sum, 4);
          }
          tokens++;
        }
      }
    }
    expect(tokens).toBeGreaterThan(500);
  });
});

describe('floor on NewsFANE fold 2 of 5', () => {
  // This test measured 0.790 / 0.486 / 0.613 (5 epochs); the floors sit 3 points under.
  const FLOOR = { place: 0.76, organization: 0.45, person: 0.58 };

  it('holds the F1 floors per kind', { timeout: 240_000 }, () => {
    const [test, rest] = split(corpora.newsfane, 2, 5);
    const gazetteer = packGazetteer();
    const model = train([...rest, ...corpora.wojood, ...corpora.dev], {
      config: DEFAULT_CONFIG,
      epochs: 5,
      gazetteer,
      names,
    });
    const t = evalTagger(model, test, true);
    const got = Object.fromEntries(KINDS.map((k, i) => [k, Number(f1(t, i).f.toFixed(3))]));
    console.log('fold 2 F1', got);
    for (const k of KINDS) expect(got[k]).toBeGreaterThanOrEqual(FLOOR[k]);
  });
});
