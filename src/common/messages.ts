/**
 * Every message that crosses a runtime context, typed once and validated on receipt
 * with valibot schemas. A message that fails validation is rejected without effect.
 */
import * as v from 'valibot';

const EntityTypeSchema = v.picklist(['place', 'organization', 'person']);
const MAX_TEXT = 2_000_000;

export const PageSignalsSchema = v.object({
  lang: v.optional(v.string()),
  dir: v.optional(v.string()),
  title: v.optional(v.string()),
  articleMarkup: v.optional(v.boolean()),
  ogType: v.optional(v.string()),
  schemaTypes: v.optional(v.array(v.string())),
});

/** A span as the content script receives it: enough to paint and to open a tooltip. */
export const PageEntitySchema = v.object({
  start: v.number(),
  end: v.number(),
  text: v.string(),
  type: EntityTypeSchema,
  id: v.optional(v.string()),
  name_ar: v.string(),
  name_en: v.string(),
  kind: v.optional(v.string()),
  source: v.picklist(['glossary', 'context', 'variant']),
  saved: v.boolean(),
});
export type PageEntity = v.InferOutput<typeof PageEntitySchema>;

const DetectionSchema = v.object({
  language: v.string(),
  isArabic: v.boolean(),
  isPolitical: v.boolean(),
  score: v.number(),
  reasons: v.array(v.string()),
});

export const AnnotateResultSchema = v.object({
  detection: DetectionSchema,
  entities: v.array(PageEntitySchema),
});
export type AnnotateResult = v.InferOutput<typeof AnnotateResultSchema>;

/** Where a term was met: the exact sentence, and the page. */
export const TermContextSchema = v.object({
  sentence: v.pipe(v.string(), v.maxLength(2000)),
  url: v.pipe(v.string(), v.maxLength(4000)),
  title: v.pipe(v.string(), v.maxLength(1000)),
});
export type TermContext = v.InferOutput<typeof TermContextSchema>;

export const TermDraftSchema = v.object({
  entryId: v.optional(v.string()),
  ar: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  en: v.pipe(v.string(), v.maxLength(200)),
  type: EntityTypeSchema,
  kind: v.optional(v.string()),
});
export type TermDraft = v.InferOutput<typeof TermDraftSchema>;

/** Messages the background answers (from the content script, popup and options page). */
export const BackgroundRequestSchema = v.variant('type', [
  v.object({
    type: v.literal('annotate'),
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    signals: PageSignalsSchema,
    /** Annotate even when the page is not recognised as Arabic political news. */
    force: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('describe'), id: v.string() }),
  v.object({ type: v.literal('saveTerm'), term: TermDraftSchema, context: TermContextSchema }),
  v.object({
    type: v.literal('unsaveTerm'),
    term: v.object({ entryId: v.optional(v.string()), ar: v.string() }),
  }),
  v.object({ type: v.literal('packStatus') }),
  v.object({ type: v.literal('attributions') }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Messages a content script answers (from the popup). */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('pageState') }),
  v.object({ type: v.literal('annotateNow') }),
  v.object({ type: v.literal('reveal'), index: v.number() }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

/** A glossary entry as the tooltip shows it, with the reader's saved term if any. */
export interface Description {
  id: string;
  ar: string;
  en: string;
  kind: string;
  country?: string;
  path?: Array<[string, string]>;
  desc?: string;
  attribution: string[];
  saved: boolean;
  note?: string;
  status?: string;
}

/** What the content script tells the popup about its page. */
export interface PageState {
  status: 'idle' | 'skipped' | 'annotating' | 'annotated' | 'error';
  detection?: AnnotateResult['detection'];
  counts: { place: number; organization: number; person: number };
  entities: Array<{ text: string; type: PageEntity['type']; name_en: string; saved: boolean }>;
  error?: string;
}

/** Every answer from the background: a result or a user-readable error. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  const result = v.safeParse(BackgroundRequestSchema, message);
  return result.success ? result.output : undefined;
}

export function parseContentRequest(message: unknown): ContentRequest | undefined {
  const result = v.safeParse(ContentRequestSchema, message);
  return result.success ? result.output : undefined;
}
