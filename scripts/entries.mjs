// Every entry point of the build but the CLI's (scripts/cli-build.mjs): build.mjs bundles
// them, and scripts/source-tree.test.ts checks that every module under src/ is reached
// from one of them.

/** Extension bundles: one IIFE per runtime context, so no loader or module worker is needed. */
export const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/gate/index.ts',
  reader: 'src/content/reader/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  'add-term': 'src/add-term/index.tsx',
};

/** Modules build.mjs runs in Node to write files of the package. */
export const BUILD_TIME_MODULES = {
  /** The worker's prebuilt lexicon (pack/lexicon.bin). */
  compiledLexicon: 'src/engine/propose/lexicon-compiled.ts',
  /** The worker's tagger model (pack/tagger.bin). */
  compiledTagger: 'src/engine/tagger/model-compiled.ts',
  /** highlights.css, the content script's stylesheet. */
  highlightCss: 'src/content/highlight-style.ts',
};
