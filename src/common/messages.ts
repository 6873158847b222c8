/**
 * Every message that crosses a runtime context, typed once and validated on receipt
 * with valibot schemas. A message that fails validation is rejected without effect.
 */
import * as v from 'valibot';
import { EntityTypeSchema, StatusSchema } from './replies';

/** The replies' types, inferred from their schemas in ./replies.ts, are imported from here like the requests'. */
export type {
  AnnotateResult,
  Description,
  EntityLocation,
  LocatorGeometry,
  LookupNameResult,
  NameMatch,
  PageEntity,
  PageState,
  SelectionContextReply,
} from './replies';

const MAX_TEXT = 2_000_000;

/**
 * How long a context's fields may be: the same limits as Dalil's JSON format
 * (glossary/term-schema.ts), so whatever a page makes Dalil store always exports and
 * imports back.
 */
export const CONTEXT_LIMITS = { sentence: 2000, url: 4000, title: 1000 } as const;

const clipText = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * A page URL within the limit: without its query and fragment when too long, and empty
 * when even that is too long (a URL cut in the middle would point nowhere).
 */
export function clipUrl(url: string): string {
  if (url.length <= CONTEXT_LIMITS.url) return url;
  const bare = url.replace(/[?#].*$/s, '');
  return bare.length <= CONTEXT_LIMITS.url ? bare : '';
}

export const clipTitle = (title: string): string => clipText(title.trim(), CONTEXT_LIMITS.title);

/** A context within the limits, from whatever the page said (its title, URL and text). */
export function clipContext(context: TermContext): TermContext {
  return {
    sentence: clipText(context.sentence, CONTEXT_LIMITS.sentence),
    url: clipUrl(context.url),
    title: clipTitle(context.title),
  };
}

export const PageSignalsSchema = v.object({
  lang: v.optional(v.pipe(v.string(), v.maxLength(100))),
  dir: v.optional(v.pipe(v.string(), v.maxLength(10))),
  /** The page's own title, clipped rather than refused: it is the page's to choose. */
  title: v.optional(v.pipe(v.string(), v.transform(clipTitle))),
  articleMarkup: v.optional(v.boolean()),
  ogType: v.optional(v.string()),
  schemaTypes: v.optional(v.array(v.string())),
});

/** Where a term was met: the exact sentence, and the page. */
/** Clipped to the limits on receipt: a page with a 3,000-character title can still be saved from. */
export const TermContextSchema = v.pipe(
  v.object({
    sentence: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    url: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    title: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  }),
  v.transform(clipContext),
);
export interface TermContext {
  sentence: string;
  url: string;
  title: string;
}

export const TermDraftSchema = v.object({
  entryId: v.optional(v.string()),
  ar: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  en: v.pipe(v.string(), v.maxLength(200)),
  type: EntityTypeSchema,
  kind: v.optional(v.string()),
});
export type TermDraft = v.InferOutput<typeof TermDraftSchema>;

/** What the reader may set when adding a term by hand (the add-term form). */
export const TermDetailsSchema = v.object({
  en: v.optional(v.pipe(v.string(), v.maxLength(200))),
  type: v.optional(EntityTypeSchema),
  note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(30))),
  status: v.optional(StatusSchema),
});
export type TermDetails = v.InferOutput<typeof TermDetailsSchema>;

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
  v.object({
    type: v.literal('saveTerm'),
    term: TermDraftSchema,
    context: TermContextSchema,
    details: v.optional(TermDetailsSchema),
  }),
  /** Glossary entries for a name as the reader selected it, and the term if already saved. */
  v.object({ type: v.literal('lookupName'), name: v.pipe(v.string(), v.maxLength(200)) }),
  /** Forgets a term; it is kept aside so that `undoUnsave` can put it back as it was. */
  v.object({
    type: v.literal('unsaveTerm'),
    term: v.object({ entryId: v.optional(v.string()), ar: v.string() }),
  }),
  v.object({
    type: v.literal('undoUnsave'),
    term: v.object({ entryId: v.optional(v.string()), ar: v.string() }),
  }),
  v.object({ type: v.literal('packStatus') }),
  /** From the gate: inject the reader into the sender's frame. */
  v.object({ type: v.literal('loadReader') }),
  v.object({ type: v.literal('attributions') }),
  /** Where a glossary entry is: coordinates and country, for the locator map. */
  v.object({ type: v.literal('locate'), id: v.string() }),
  /** A small locator map drawn from the bundled country outlines (see src/ui/LocatorMap.tsx). */
  v.object({
    type: v.literal('locatorMap'),
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    country: v.optional(v.pipe(v.string(), v.maxLength(3))),
    /** The place's kind: a village or town gets a closer map than a city or a country. */
    kind: v.optional(v.pipe(v.string(), v.maxLength(40))),
  }),
  /** The interface strings of a language the reader chose (for the tooltip, which cannot read them itself). */
  v.object({ type: v.literal('interfaceMessages'), language: v.picklist(['en', 'ar']) }),
  /** Opens the glossary page's About section (the full attribution of the data). */
  v.object({ type: v.literal('openAbout') }),
  // Issue 15: the reader's own glossary on the page.
  /** Sets a saved term's learning status (from the tooltip, on the reader's own click). */
  v.object({
    type: v.literal('setTermStatus'),
    term: v.object({ entryId: v.optional(v.string()), ar: v.string() }),
    status: StatusSchema,
  }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Messages a content script answers (from the popup). */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('pageState') }),
  v.object({ type: v.literal('annotateNow') }),
  v.object({ type: v.literal('reveal'), index: v.number() }),
  /** The current selection and the sentence around it (for "Add to Dalil glossary"). */
  v.object({ type: v.literal('selectionContext') }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export function parseBackgroundRequest(message: unknown): BackgroundRequest | undefined {
  const result = v.safeParse(BackgroundRequestSchema, message);
  return result.success ? result.output : undefined;
}
