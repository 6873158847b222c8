#!/usr/bin/env node
// Runs a TypeScript script (tools, eval, bench) through tsx, forwarding arguments and
// the exit status, so npm scripts need no global tools.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const result = spawnSync(process.execPath, [tsxCli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
