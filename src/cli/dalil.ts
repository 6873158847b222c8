#!/usr/bin/env node
/**
 * `dalil`: annotate saved articles and look names up, with the extension's own engine.
 * Exit status: 0 success, 2 usage or input error (one line on stderr, no stack trace).
 */
import { annotate, Lexicon } from '../engine/index';
import type { Tagger } from '../engine/tagger';
import { parseArgs, USAGE, UsageError } from './args';
import { annotationJson, annotationText, lookupJson, lookupText, useColour } from './format';
import { InputError, readInput } from './input';
import { loadPack, PackError } from './pack';
import { loadTagger, TaggerLoadError } from './tagger';

function run(argv: string[]): number {
  const cmd = parseArgs(argv);
  if (cmd.cmd === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Read every input before loading the pack, so a typo fails fast.
  const inputs = cmd.cmd === 'annotate' ? cmd.files.map((f) => [f, readInput(f)] as const) : [];
  const lexicon = Lexicon.fromPack(loadPack());
  if (cmd.cmd === 'lookup') {
    const entries = lexicon.lookup(cmd.name);
    process.stdout.write(
      `${cmd.format === 'json' ? lookupJson(cmd.name, entries) : lookupText(cmd.name, entries)}\n`,
    );
    return 0;
  }
  const colour = useColour(process.stdout);
  const tagger = optionalTagger();
  for (const [file, text] of inputs) {
    const a = annotate(text, lexicon, { tagger });
    process.stdout.write(
      `${cmd.format === 'json' ? annotationJson(file, a) : annotationText(file, text, a, colour)}\n`,
    );
  }
  return 0;
}

/** The tagger when its model is there; without it the engine still runs, on rules and the lexicon. */
function optionalTagger(): Tagger | undefined {
  try {
    return loadTagger();
  } catch (e) {
    if (!(e instanceof TaggerLoadError)) throw e;
    process.stderr.write(`dalil: ${e.message}; annotating without the tagger\n`);
    return undefined;
  }
}

function main(): void {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    const known = e instanceof UsageError || e instanceof InputError || e instanceof PackError;
    process.stderr.write(
      `dalil: ${known ? (e as Error).message : `unexpected error: ${(e as Error)?.message ?? e}`}\n`,
    );
    process.exitCode = 2;
  }
}

main();
