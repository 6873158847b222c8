import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it.each([
    [['annotate', 'a.txt'], { cmd: 'annotate', files: ['a.txt'], format: 'text' }],
    [
      ['annotate', 'a.txt', 'b.html', '--format', 'json'],
      { cmd: 'annotate', files: ['a.txt', 'b.html'], format: 'json' },
    ],
    [['--format=json', 'lookup', 'إدلب'], { cmd: 'lookup', name: 'إدلب', format: 'json' }],
    [['lookup', 'معرة', 'النعمان'], { cmd: 'lookup', name: 'معرة النعمان', format: 'text' }],
    [['annotate', '--', '-odd.txt'], { cmd: 'annotate', files: ['-odd.txt'], format: 'text' }],
    [['--help'], { cmd: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[]],
    [['annotate']],
    [['lookup']],
    [['frobnicate']],
    [['annotate', 'a', '--format', 'xml']],
    [['annotate', 'a', '--colour']],
  ])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});
