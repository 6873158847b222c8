/**
 * Prototype (not part of the suite): the engine's time goes largely to adminKey()
 * (src/engine/disambiguate.ts), which re-folds the same admin-path names for every
 * candidate of every hit (score, namedAfterItsSeat, samePath). This bundles the engine twice
 * with esbuild, as is and with adminKey memoised (a Map by name), and times annotate on the
 * same text with the same lexicon.
 *
 * Outcome: the memo alone gave ~1.24×. The engine now folds each admin path and unit name
 * once (cached per shared path array and per unit, disambiguate.ts), which subsumes it:
 * both builds should now time alike, up to noise. Kept as the record of that step.
 *
 *   node scripts/run-ts.mjs bench/prototypes/memo-adminkey.ts
 */
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { ROOT } from '../browser/build';
import { arabicText } from '../fixtures/text';
import { figure, ratio } from '../lib/stats';
import { table } from '../lib/table';
import { loadLexicon } from '../node/engine';

const MEMO = `const __adminKeys = new Map<string, string>();
export function adminKey(ar: string): string {
  let key = __adminKeys.get(ar);
  if (key === undefined) { key = __adminKey(ar); __adminKeys.set(ar, key); }
  return key;
}
function __adminKey(ar: string): string {`;

async function engine(memo: boolean): Promise<typeof import('../../src/engine')> {
  const result = await esbuild.build({
    stdin: { contents: "export { annotate } from './src/engine';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    plugins: [
      {
        name: 'memo',
        setup(build) {
          build.onLoad({ filter: /disambiguate\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const search = 'export function adminKey(ar: string): string {';
            if (memo && !source.includes(search)) throw new Error('adminKey changed');
            return { contents: memo ? source.replace(search, MEMO) : source, loader: 'ts' };
          });
        },
      },
    ],
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

const { lexicon } = loadLexicon();
const text = arabicText(600_000);
const [plain, memo] = [await engine(false), await engine(true)];
const same =
  JSON.stringify(plain.annotate(text, lexicon as never).entities) ===
  JSON.stringify(memo.annotate(text, lexicon as never).entities);
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  plain.annotate(text, lexicon as never);
  a.push(performance.now() - t);
  t = performance.now();
  memo.annotate(text, lexicon as never);
  b.push(performance.now() - t);
}
console.log(`same entities: ${same}`);
console.log(
  table([
    figure('prototype', `annotate ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, as is`, 'ms', a),
    figure('prototype', 'annotate, adminKey memoised', 'ms', b),
    ratio('prototype', 'as is ÷ memoised', a, b, 'annotate, adminKey memoised'),
  ]),
);
