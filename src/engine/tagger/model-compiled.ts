/**
 * The tagger's model as the extension ships it (pack/tagger.bin, written by build.mjs
 * from pack/dalil-tagger.json.gz): the same tables, and the weight rows already decoded
 * (`decodeRows`, so the same float32 values), as sections of a binary file
 * (sections-file.ts). A cold worker then takes views of 4 MB as they lie, where
 * inflating and parsing the JSON, decoding the base64 and scaling 1.1 million weights
 * took it as long as everything else it does before its first answer.
 */
import { readSections, writeSections } from '../sections-file';
import { NUM_LABELS } from './labels';
import { checkModel, checkTables, decodeRows, ModelError } from './model';
import { Tagger } from './tagger';

export const COMPILED_TAGGER_MAGIC = 'DALILTAG';
export const COMPILED_TAGGER_VERSION = 1;

/** The compiled file of a model as `npm run train` writes it (parsed JSON); throws a ModelError when it is not one. */
export function compileTagger(model: unknown): Uint8Array {
  const { table, ...tables } = checkModel(model);
  const { ids, weights } = decodeRows({ table, rowCount: tables.rowCount });
  return writeSections(COMPILED_TAGGER_MAGIC, COMPILED_TAGGER_VERSION, tables, { ids, weights });
}

/** The tagger of a compiled model; throws an error that says what is wrong with the file. */
export function parseCompiledTagger(bytes: Uint8Array | ArrayBuffer): Tagger {
  const file = readSections(bytes, 'The compiled tagger model', {
    magic: COMPILED_TAGGER_MAGIC,
    version: COMPILED_TAGGER_VERSION,
    stale: 'rebuild the extension (node build.mjs).',
  });
  const tables = checkTables(file.fields);
  const ids = file.section('ids', 'u32');
  const weights = file.section('weights', 'f32');
  if (ids.length !== tables.rowCount || weights.length !== ids.length * NUM_LABELS)
    throw new ModelError('The compiled tagger model is damaged (its rows do not agree).');
  return Tagger.fromRows(tables, { ids, weights });
}
