/**
 * The tagger's label set: BIO over Dalil's three kinds. Label 0 is O; kind k has
 * B = 1 + 2k and I = 2 + 2k. An I label may only follow the B or I of its own kind.
 */
import { ENTITY_TYPES, type EntityType } from '../../common/pack';

/**
 * The kinds in the order of ENTITY_TYPES. A model file stores its label names, and
 * checkModel refuses one whose names are not LABEL_NAMES, so reordering ENTITY_TYPES
 * would be caught at load time rather than silently swap the kinds of a trained model.
 */
export const KINDS: readonly EntityType[] = ENTITY_TYPES;
export const NUM_LABELS = 1 + 2 * KINDS.length;
export const O = 0;

export const begin = (kind: number): number => 1 + 2 * kind;
export const inside = (kind: number): number => 2 + 2 * kind;
export const isBegin = (label: number): boolean => label > 0 && label % 2 === 1;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
/** Kind index of a B or I label. */
export const kindOf = (label: number): number => (label - 1) >> 1;

/** May `label` follow `prev` (-1 = start of the document)? */
export function allowed(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev > 0 && kindOf(prev) === kindOf(label);
}

/** Readable label names (for the model file and error messages). */
export const LABEL_NAMES: readonly string[] = ['O', ...KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])];
