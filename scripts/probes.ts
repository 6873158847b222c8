/**
 * Probe sentences (src/engine/probes/*.ts): per entity type, how many names the engine
 * finds with the right span, type and English, on the bundled pack; then the failures.
 *
 *   node scripts/run-ts.mjs scripts/probes.ts
 */
import { loadPack } from '../src/cli/pack';
import { annotate, Lexicon } from '../src/engine/index';
import { ORG_PROBES } from '../src/engine/probes/orgs';
import { PLACE_PROBES } from '../src/engine/probes/places';
import { runProbes } from '../src/engine/probes/run';

const lex = Lexicon.fromPack(loadPack());
const rows = [...PLACE_PROBES, ...ORG_PROBES];
const { byKind, failures } = runProbes(rows, (text) => annotate(text, lex).entities);

let right = 0;
for (const [kind, t] of Object.entries(byKind)) {
  right += t.right;
  console.log(`${kind.padEnd(13)} ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(1)}%)`);
}
console.log(`${'all'.padEnd(13)} ${right}/${rows.length} (${((100 * right) / rows.length).toFixed(1)}%)`);
if (failures.length) console.log('\nfailures:');
for (const { probe, got } of failures) {
  const want = typeof probe.en === 'string' ? probe.en : probe.en.join(' | ');
  const found = got ? `${got.text} → ${got.type} "${got.en}"` : 'nothing';
  console.log(`  ${probe.name} (${probe.kind}, ${want}): ${found}\n    ${probe.sentence}`);
}
