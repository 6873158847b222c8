/**
 * The previous engine, for figures measured in the same run. It is the engine as it
 * landed before the pipeline (commit BASELINE), extracted from git into a temporary
 * directory and imported as is: no copy of the old cascade lives in the repository,
 * and the comparison cannot drift as the new engine's helpers change. Needs the git
 * history (a shallow clone without it skips the baseline columns).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotation } from '../../src/engine/api';
import type { Lexicon } from '../../src/engine/propose/lexicon';

export const BASELINE = '6d53fa8';

export type AnnotateFn = (text: string, lexicon: Lexicon) => Annotation;

export async function baselineAnnotate(): Promise<AnnotateFn | undefined> {
  const dir = resolve(tmpdir(), `dalil-baseline-${BASELINE}`);
  try {
    if (!existsSync(resolve(dir, 'src/engine/annotate.ts'))) {
      mkdirSync(dir, { recursive: true });
      execSync(`git archive ${BASELINE} src/engine src/common | tar -x -C ${JSON.stringify(dir)}`, {
        stdio: ['ignore', 'ignore', 'ignore'],
      });
    }
    const mod = (await import(pathToFileURL(resolve(dir, 'src/engine/annotate.ts')).href)) as {
      annotate: AnnotateFn;
    };
    return mod.annotate;
  } catch {
    return undefined;
  }
}
