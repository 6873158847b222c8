/**
 * The statistical sequence tagger (issue 13): a candidate source of places,
 * organisations and people for the engine. Pure: no Node or browser APIs.
 *
 *   Tagger.fromJSON(model)            a model as `npm run train` writes it
 *   parseCompiledTagger(bytes)        the model as the extension ships it (pack/tagger.bin)
 *   tagger.tag(doc, { gazetteer })    spans {t0, t1, s, e, type, score} over a Doc
 *   lexiconGazetteer(lexicon)         gazetteer flags from the engine's lexicon
 */
export { type Gazetteer, lexiconGazetteer } from './gazetteer';
export { checkModel, ModelError, type TaggerModel } from './model';
export { compileTagger, parseCompiledTagger } from './model-compiled';
export { type TaggedSpan, Tagger, type TagOptions } from './tagger';
