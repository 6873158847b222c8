#!/usr/bin/env node
/**
 * `dalil`: annotate saved articles and look names up, with the extension's own engine.
 * Exit status: 0 success, 2 usage or input error (one line on stderr, no stack trace).
 */
import { annotate, Lexicon } from '../engine/index';
import type { Tagger } from '../engine/tagger';
import { parseArgs, USAGE, UsageError } from './args';
import {
  annotationHeader,
  EntitySummary,
  entityJson,
  fileJson,
  lookupJson,
  lookupText,
  markedText,
  useColour,
} from './format';
import { expandInputs, InputError, readInput } from './input';
import { keepMemoryBounded } from './memory';
import { loadPack, PackError } from './pack';
import { loadTagger, TaggerLoadError } from './tagger';

function run(argv: string[]): number {
  const cmd = parseArgs(argv);
  if (cmd.cmd === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Check every input before loading the pack, so a typo fails fast.
  const files = cmd.cmd === 'annotate' ? expandInputs(cmd.files) : [];
  const lexicon = Lexicon.fromPack(loadPack());
  if (cmd.cmd === 'lookup') {
    const entries = lexicon.lookup(cmd.name);
    process.stdout.write(
      `${cmd.format === 'json' ? lookupJson(cmd.name, entries) : lookupText(cmd.name, entries)}\n`,
    );
    return 0;
  }
  const colour = useColour(process.stdout);
  const out = (text: string) => process.stdout.write(text);
  const tagger = optionalTagger();
  for (const file of files) {
    // Piece by piece, written as it goes: memory stays bounded however large the file.
    // The verdict shown is the first piece's (a whole article, unless the file is huge).
    const summary = new EntitySummary();
    let first = true;
    for (const piece of readInput(file)) {
      const a = annotate(piece.text, lexicon, { tagger });
      if (cmd.format === 'json') {
        if (first) out(`${fileJson(file, a.detection)}\n`);
        for (const e of a.entities) out(`${entityJson(file, e, piece.offset)}\n`);
      } else {
        if (first) out(annotationHeader(file, a.detection, colour));
        const text = markedText(piece.text, a.entities, colour);
        out(first ? text.trimStart() : text);
        summary.add(a.entities);
      }
      first = false;
      keepMemoryBounded();
    }
    if (cmd.format !== 'json') out(`\n\n${summary.text(colour)}\n`);
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
