#!/usr/bin/env node
// Checks that each engine rule's tests can fail: for every row of rule-removal.json it
// takes the rule out of the source (one exact text replaced), runs the rule's test files,
// prints whether they failed, and puts the source back. A row whose text is no longer
// found is reported, not skipped silently: the rule moved and the row must follow it.
//   node scripts/rule-removal.mjs [rule substring]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const rows = JSON.parse(readFileSync(path.join(root, 'scripts/rule-removal.json'), 'utf8'));
let unfailing = 0;
for (const row of rows.filter((r) => !only || r.rule.includes(only))) {
  const file = path.join(root, row.file);
  const source = readFileSync(file, 'utf8');
  if (source.split(row.old).length !== 2) {
    console.log(`${row.rule}: its text is not found once in ${row.file}`);
    unfailing++;
    continue;
  }
  writeFileSync(file, source.replace(row.old, row.new));
  try {
    const run = spawnSync('npx', ['vitest', 'run', ...row.tests], { cwd: root, encoding: 'utf8' });
    const failed = run.status !== 0;
    if (!failed) unfailing++;
    console.log(`${failed ? 'fails' : 'PASSES'} without ${row.rule} (${row.tests.join(' ')})`);
  } finally {
    writeFileSync(file, source);
  }
}
process.exitCode = unfailing > 0 ? 1 : 0;
