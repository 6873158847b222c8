/**
 * Public surface of the Arabic engine. Pure: no DOM, no extension APIs.
 *
 *   normalize(text)            folded text + offset map back to the original
 *   Lexicon.fromPack(pack)     compiled matcher over every name and alias
 *   annotate(text, lexicon)    detection + non-overlapping entities (original offsets)
 *   detect(text, signals)      language, political-news verdict, score, reasons
 *   transliterate(ar)          readable news-style romanisation for inferred names
 */

export { type AnnotateOptions, annotate } from './annotate';
export type { Annotation, Detection, EngineEntity, PageSignals, SpanSource } from './api';
export { detect } from './detect/detect';
export { Lexicon } from './propose/lexicon';
export { fold, type Normalized, normalize, toOriginal } from './read/normalize';
export { transliterate } from './transliterate';
