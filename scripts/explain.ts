/**
 * Why the engine decided what it did on one text: every candidate with its features,
 * the scorer's log-odds and the features that weighed most, and which were kept.
 *
 *   node scripts/run-ts.mjs scripts/explain.ts "نص عربي" [--all]
 *
 * --all lists rejected candidates' heaviest weights too. DALIL_PACK points at another pack.
 */
import weights from '../pack/dalil-scorer.json';
import { loadPack } from '../src/cli/pack';
import { loadTagger } from '../src/cli/tagger';
import { chooseBest } from '../src/engine/decide/choose';
import { pairName, Scorer, type ScorerWeights } from '../src/engine/decide/scorer';
import type { Span } from '../src/engine/decide/spans';
import { Lexicon } from '../src/engine/propose/lexicon';
import { origSpan, prepare } from '../src/engine/read/doc';
import { recognise } from '../src/engine/recognise';
import { lexiconGazetteer } from '../src/engine/tagger/gazetteer';

const w = weights as ScorerWeights;
const scorer = new Scorer(w);

/** Each feature and pair's share of a candidate's log-odds, heaviest first. */
function contributions(feats: readonly string[]): Array<[string, number]> {
  const known = feats.filter((f) => f in w.weights || feats.some((g) => pairName(f, g) in w.weights));
  const out: Array<[string, number]> = [];
  for (const f of known) if (w.weights[f]) out.push([f, w.weights[f] as number]);
  for (let a = 0; a < known.length; a++)
    for (let b = a + 1; b < known.length; b++) {
      const v = w.weights[pairName(known[a] as string, known[b] as string)];
      if (v) out.push([pairName(known[a] as string, known[b] as string), v]);
    }
  return out.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
}

function main(): void {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const text = args.filter((a) => a !== '--all').join(' ');
  if (!text) throw new Error('usage: explain.ts "text" [--all]');
  const lexicon = Lexicon.fromPack(loadPack());
  const tagger = loadTagger();
  const doc = prepare(text);
  const { spans: tagged, doubt } = tagger.tagWithDoubt(doc, { gazetteer: lexiconGazetteer(lexicon) });
  const cands = recognise(doc, lexicon, { strict: false, tagged, doubt }, (sp: Span) => scorer.scoreSpan(sp));
  const kept = new Set(chooseBest(cands));
  for (const sp of cands.sort((a, b) => a.s - b.s || a.e - b.e)) {
    const s = sp.score ?? 0;
    const mark = kept.has(sp) ? 'KEPT' : s > 0 ? 'beat' : '    ';
    const name = text.slice(...origSpan(doc, sp.s, sp.e));
    console.log(
      `${mark} ${s.toFixed(2).padStart(6)} ${sp.type.padEnd(12)} «${name}» ${sp.source} ${sp.entry?.en ?? ''}`,
    );
    console.log(`       feats: ${sp.feats.join(' ')}`);
    if (kept.has(sp) || all || s > -2)
      console.log(
        `       most:  ${contributions(sp.feats)
          .slice(0, 8)
          .map(([f, v]) => `${f}=${v.toFixed(2)}`)
          .join(' ')} (bias ${w.bias.toFixed(2)}, ${sp.type} ${(w.typeBias?.[sp.type] ?? 0).toFixed(2)})`,
      );
  }
}

main();
