// How the `dalil` command is bundled: one place for build.mjs and for the CLI test,
// which bundles it itself rather than depending on a dist/ someone may not have built.
export function cliBuildOptions(outdir, common = {}) {
  return {
    ...common,
    bundle: true,
    entryPoints: { dalil: 'src/cli/dalil.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
  };
}
