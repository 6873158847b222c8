/**
 * Reads Dalil's own JSON format (docs/glossary-format.md): checks the envelope, then every
 * term, a slice at a time so a huge file never freezes the page.
 */
import * as v from 'valibot';
import type { SavedTerm } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { breathe, type ParsedImport, ProblemList, type Progress } from './import';
import { issueField, issueMessage, TermSchema, termFromInput } from './term-schema';

const EnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  terms: v.array(v.unknown()),
});

const SLICE = 2000;

export async function parseJsonImport(
  text: string,
  onProgress: Progress = () => {},
  now = Date.now(),
): Promise<ParsedImport> {
  const problems = new ProblemList();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.add({
      message: `The file is not valid JSON (${error instanceof Error ? error.message : error}).`,
    });
    return { terms: [], problems: problems.list, problemCount: problems.count, rows: 0 };
  }
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    problems.add({
      field: issueField(issue),
      message: `${issueMessage(issue)} — this is not a Dalil glossary file.`,
    });
    return { terms: [], problems: problems.list, problemCount: problems.count, rows: 0 };
  }
  const { version, terms: raw } = envelope.output;
  if (!Number.isInteger(version) || version < 1 || version > EXPORT_VERSION) {
    problems.add({
      field: 'version',
      message: `version ${version} is not one this Dalil reads (1 to ${EXPORT_VERSION}); a newer Dalil made it.`,
    });
    return { terms: [], problems: problems.list, problemCount: problems.count, rows: 0 };
  }
  const terms: SavedTerm[] = [];
  for (let i = 0; i < raw.length; i++) {
    const result = v.safeParse(TermSchema, raw[i]);
    if (result.success) {
      terms.push(termFromInput(result.output, now));
    } else {
      for (const issue of result.issues.slice(0, 3)) {
        problems.add({ row: i + 1, field: issueField(issue), message: issueMessage(issue) });
      }
    }
    if ((i + 1) % SLICE === 0) {
      onProgress(i + 1, raw.length);
      await breathe();
    }
  }
  onProgress(raw.length, raw.length);
  return { terms, problems: problems.list, problemCount: problems.count, rows: raw.length };
}
