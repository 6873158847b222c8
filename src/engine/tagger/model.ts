/**
 * The tagger's model file (pack/dalil-tagger.json.gz, written by `npm run train`):
 * the feature configuration, the non-zero rows of the hashed weight table (one base64
 * block: per row a float32 scale, then per row and label an int8 q, weight = q × the
 * row's scale, then the row ids as varint differences; parsed in a few milliseconds
 * where 700,000 JSON numbers took a hundred), the transition scores, the words that begin a
 * name with a letter that is also a conjunction (وزارة، فلسطين), so that it is not
 * stripped from the span.
 */
import type { FeatureConfig, NameWords } from './features';
import { LABEL_NAMES, NUM_LABELS } from './labels';

export const MODEL_FORMAT = 'dalil-tagger';
export const MODEL_VERSION = 2;

export interface TaggerModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  /** Licence and attribution of the data the weights derive from. */
  licence: string;
  labels: string[];
  config: FeatureConfig;
  /** Number of non-zero rows. */
  rowCount: number;
  /** base64 of the rows (see above). */
  table: string;
  /** (labels + 1) × labels: the start row, then one row per previous label. */
  transitions: number[];
  /** Name-initial words whose first letter و/ف belongs to the name. */
  keepInitial: string[];
  /** Words of people's names (from ../shared/data/people), for the name-word features. */
  names: NameWords;
}

export class ModelError extends Error {}

/** A model without its weight block: what a compiled model's header holds (model-compiled.ts). */
export type ModelTables = Omit<TaggerModel, 'table'>;

/** Checks the parts the tagger relies on; throws a ModelError saying what is wrong. */
export function checkModel(value: unknown): TaggerModel {
  const m = checkTables(value) as Partial<TaggerModel>;
  if (typeof m.table !== 'string') throw new ModelError('tagger model weights are missing');
  return m as TaggerModel;
}

/** `checkModel` but for the weight block, which a compiled model keeps apart. */
export function checkTables(value: unknown): ModelTables {
  const m = value as Partial<TaggerModel> | null;
  if (!m || m.format !== MODEL_FORMAT) throw new ModelError('not a Dalil tagger model');
  if (m.version !== MODEL_VERSION)
    throw new ModelError(`tagger model version ${m.version} is not ${MODEL_VERSION}`);
  if (!Array.isArray(m.labels) || m.labels.join() !== LABEL_NAMES.join())
    throw new ModelError('tagger model labels differ from this engine');
  const c = m.config;
  if (!c || !(c.bits >= 8 && c.bits <= 24) || !(c.window >= 0 && c.window <= 3))
    throw new ModelError('tagger model configuration is invalid');
  if (!(Number.isInteger(m.rowCount) && (m.rowCount as number) >= 0))
    throw new ModelError('tagger model weights are missing');
  if (!Array.isArray(m.transitions) || m.transitions.length !== (NUM_LABELS + 1) * NUM_LABELS)
    throw new ModelError('tagger model transitions are incomplete');
  if (!Array.isArray(m.keepInitial) || !Array.isArray(m.names?.given))
    throw new ModelError('tagger model is incomplete');
  return m as ModelTables;
}

export interface Rows {
  /** Row ids, ascending. */
  ids: Uint32Array;
  /** ids.length × labels weights. */
  weights: Float32Array;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return btoa(bin);
}

/** The weight rows of a model; throws a ModelError when the block is cut short. */
export function decodeRows(m: Pick<TaggerModel, 'rowCount' | 'table'>): Rows {
  const L = NUM_LABELS;
  const n = m.rowCount;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(m.table);
  } catch {
    throw new ModelError('tagger model weights are not base64');
  }
  if (bytes.length < n * (4 + L) + n) throw new ModelError('tagger model weights are cut short');
  // Little-endian views (every browser engine and Node platform Dalil runs on is).
  const scales = new Float32Array(bytes.buffer, bytes.byteOffset, n);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + n * 4, n * L);
  const weights = new Float32Array(n * L);
  for (let r = 0; r < n; r++) {
    const scale = scales[r] as number;
    for (let y = 0; y < L; y++) weights[r * L + y] = (q[r * L + y] as number) * scale;
  }
  const ids = new Uint32Array(n);
  let at = n * (4 + L);
  let id = 0;
  for (let r = 0; r < n; r++) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      if (at >= bytes.length) throw new ModelError('tagger model weights are cut short');
      b = bytes[at++] as number;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    id += delta;
    ids[r] = id;
  }
  return { ids, weights };
}

/** The block `decodeRows` reads: rows with their float weights, quantised per row to int8. */
export function encodeRows(
  ids: ArrayLike<number>,
  weights: ArrayLike<number>,
): { rowCount: number; table: string } {
  const L = NUM_LABELS;
  const n = ids.length;
  const varints: number[] = [];
  let last = 0;
  for (let r = 0; r < n; r++) {
    let delta = (ids[r] as number) - last;
    last = ids[r] as number;
    while (delta >= 0x80) {
      varints.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    varints.push(delta);
  }
  const bytes = new Uint8Array(n * (4 + L) + varints.length);
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(weights[r * L + y] as number));
    const scale = Math.fround(max / 127);
    view.setFloat32(r * 4, scale, true);
    for (let y = 0; y < L; y++)
      view.setInt8(n * 4 + r * L + y, scale > 0 ? Math.round((weights[r * L + y] as number) / scale) : 0);
  }
  bytes.set(varints, n * (4 + L));
  return { rowCount: n, table: toBase64(bytes) };
}
