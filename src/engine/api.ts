/**
 * The engine's public contract, used by the background service worker, the CLI,
 * the eval script and the benchmarks. Pure: no DOM, no extension APIs.
 */
import type { EntityType } from '../common/pack';

/** `own`: a term the reader added or imported (the reader's word). */
export type SpanSource = 'glossary' | 'context' | 'variant' | 'tagger' | 'own';

export interface EngineEntity {
  /** UTF-16 offsets into the original text; the name only, never its proclitics. */
  start: number;
  end: number;
  /** The original text between start and end. */
  text: string;
  type: EntityType;
  /** Pack entry id when the span resolved to a glossary entry. */
  id?: string;
  /** Canonical Arabic name (the entry's `ar`, or the surface form for inferred names). */
  name_ar: string;
  /** English name, or a transliteration when the name was inferred from context. */
  name_en: string;
  /** The entry's kind (village, ministry, …) or the inferred kind. */
  kind?: string;
  source: SpanSource;
  /** True when name_en is Dalil's transliteration, not an English name from the glossary. */
  transliterated?: boolean;
}

/** Signals about a page that the text alone does not carry (the content script fills them). */
export interface PageSignals {
  lang?: string;
  dir?: string;
  title?: string;
  /** `<article>`, schema.org NewsArticle/articleBody, or og:type=article were found. */
  articleMarkup?: boolean;
  ogType?: string;
  schemaTypes?: string[];
}

export interface Detection {
  /** ISO 639 code of the script language guessed: ar, fa, ur, ckb, ps, en, … */
  language: string;
  isArabic: boolean;
  isPolitical: boolean;
  /** 0..1 confidence that this is Arabic political news. */
  score: number;
  /** Human-readable reasons, in English. */
  reasons: string[];
  /** The figures behind the verdict, for interfaces that word it in their own language. */
  evidence?: DetectionEvidence;
}

export interface DetectionEvidence {
  /** Words read (of the first 20,000 characters). */
  words: number;
  /** Of those, words of the political vocabulary (government, security, conflict, diplomacy). */
  political: number;
  /** Of those, words of other genres' vocabulary (sport, food, tech, health, weather, arts, travel). */
  otherGenre: number;
  /** Places and organisations found, when the verdict was made after finding them. */
  names?: number;
  /** `<article>`, schema.org NewsArticle or og:type=article. */
  articleMarkup: boolean;
}

export interface Annotation {
  detection: Detection;
  entities: EngineEntity[];
}
