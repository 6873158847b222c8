/** Public surface of the Arabic engine. Pure: no DOM, no extension APIs. */
export type { Annotation, Detection, EngineEntity, PageSignals, SpanSource } from './api';
export { normalize, fold, toOriginal, type Normalized } from './normalize';
export { Lexicon } from './lexicon';
export { annotate, type AnnotateOptions } from './annotate';
export { detect } from './detect';
export { transliterate } from './transliterate';
