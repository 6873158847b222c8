/**
 * One engine cold start, run in a fresh Node process by engine.ts (so the JIT is as cold
 * as in a just-started service worker): from reading the compiled lexicon and the tagger
 * model off disk to the first `annotate` answer on the demo article, as the worker's
 * engine host does (src/background/engine-host.ts), from the files build.mjs ships: the
 * worker fetches them as ArrayBuffers, here readFileSync. Module loading comes before the
 * clock starts. Prints its split as one JSON line.
 *
 *   node scripts/run-ts.mjs bench/node/cold-start.ts <lexicon.bin> <tagger.bin> <article.txt>
 */
import { readFileSync } from 'node:fs';
import { annotate } from '../../src/engine/annotate';
import { loadCompiledLexicon, parseCompiledLexicon } from '../../src/engine/propose/lexicon-compiled';
import { parseCompiledTagger } from '../../src/engine/tagger';

const [lexiconFile, taggerFile, articleFile] = process.argv.slice(2) as [string, string, string];
const article = readFileSync(articleFile, 'utf8');

const t0 = performance.now();
const compiled = parseCompiledLexicon(readFileSync(lexiconFile));
const t1 = performance.now();
const lexicon = loadCompiledLexicon(compiled);
const t2 = performance.now();
const tagger = parseCompiledTagger(readFileSync(taggerFile));
const t3 = performance.now();
const { entities } = annotate(article, lexicon, { tagger });
const t4 = performance.now();

process.stdout.write(
  `${JSON.stringify({
    lexiconRead: t1 - t0,
    lexiconLoad: t2 - t1,
    taggerLoad: t3 - t2,
    firstAnnotate: t4 - t3,
    total: t4 - t0,
    entities: entities.length,
  })}\n`,
);
