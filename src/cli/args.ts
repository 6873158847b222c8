/** Argument parsing for the `dalil` command. Errors are UsageError: one line, exit 2. */

export class UsageError extends Error {}

export type Format = 'json' | 'text';

export type Command =
  | { cmd: 'annotate'; files: string[]; format: Format }
  | { cmd: 'lookup'; name: string; format: Format }
  | { cmd: 'help' };

export const USAGE = `usage: dalil annotate FILE|DIRECTORY... [--format json|text]
       dalil lookup NAME [--format json|text]
Annotates .txt and .html files (a directory: the .txt and .html files in it) with the
places, organisations and people the glossary and the context rules find; looks up a
name in the glossary. JSON output is JSON Lines: a "file" record, then one "entity"
record per name. Pack: DALIL_PACK or pack/dalil-pack.json.gz.`;

export function parseArgs(argv: string[]): Command {
  const rest: string[] = [];
  let format: Format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') return { cmd: 'help' };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'text')
        throw new UsageError(`--format must be json or text, not ${v ?? '(nothing)'}`);
      format = v;
    } else if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${a}`);
    else rest.push(a);
  }
  const [cmd, ...operands] = rest;
  if (!cmd) throw new UsageError('missing command (annotate or lookup); try --help');
  if (cmd === 'help') return { cmd: 'help' };
  if (cmd === 'annotate') {
    if (operands.length === 0) throw new UsageError('annotate needs at least one FILE');
    return { cmd, files: operands, format };
  }
  if (cmd === 'lookup') {
    if (operands.length === 0) throw new UsageError('lookup needs a NAME');
    return { cmd, name: operands.join(' '), format };
  }
  throw new UsageError(`unknown command ${cmd} (annotate or lookup)`);
}
