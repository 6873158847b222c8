/**
 * What comes back: one valibot schema per message type, checked on receipt by `send` and
 * `sendToTab` (./send.ts), so a reply the other side got wrong becomes an error instead
 * of being used as the declared type. The reply types are inferred from these schemas:
 * a field exists in the type only if the schema checks (and keeps) it.
 *
 * This module is bundled into the content script on every page: it imports nothing but
 * valibot and the entity types, and holds nothing but replies.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType, LEARNING_STATUSES, type PersonRole } from './pack';

export const EntityTypeSchema = v.picklist(ENTITY_TYPES);
export const StatusSchema = v.picklist(LEARNING_STATUSES);
const AdminPathSchema = v.array(v.tuple([v.string(), v.string()]));

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
  source: v.picklist(['glossary', 'context', 'variant', 'tagger', 'own']),
  transliterated: v.optional(v.boolean()),
  saved: v.boolean(),
  /** The reader's note and learning status of the saved term (issue 15). */
  note: v.optional(v.string()),
  status: v.optional(StatusSchema),
});
export type PageEntity = v.InferOutput<typeof PageEntitySchema>;

const DetectionSchema = v.object({
  language: v.string(),
  isArabic: v.boolean(),
  isPolitical: v.boolean(),
  score: v.number(),
  reasons: v.array(v.string()),
  evidence: v.optional(
    v.object({
      words: v.number(),
      political: v.number(),
      otherGenre: v.number(),
      names: v.optional(v.number()),
      articleMarkup: v.boolean(),
    }),
  ),
});

export const AnnotateResultSchema = v.object({
  detection: DetectionSchema,
  entities: v.array(PageEntitySchema),
});
export type AnnotateResult = v.InferOutput<typeof AnnotateResultSchema>;

const PersonRoleSchema: v.GenericSchema<PersonRole> = v.object({
  en: v.string(),
  ar: v.optional(v.string()),
  from: v.optional(v.number()),
  to: v.optional(v.number()),
});

/** A glossary entry as the tooltip shows it, with the reader's saved term if any. */
const DescriptionSchema = v.object({
  id: v.string(),
  ar: v.string(),
  en: v.string(),
  kind: v.string(),
  country: v.optional(v.string()),
  path: v.optional(AdminPathSchema),
  desc: v.optional(v.string()),
  /** People: roles with years, most recent or notable first. */
  roles: v.optional(v.array(PersonRoleSchema)),
  /** Organisations: the Latin acronym news uses. */
  acronym: v.optional(v.string()),
  attribution: v.array(v.string()),
  /** The entry's source keys ("geonames", "wof", …), for the tooltip's one-line source. */
  sources: v.optional(v.array(v.string())),
  saved: v.boolean(),
  note: v.optional(v.string()),
  status: v.optional(v.string()),
  /** The bundled entry's English when the reader's own differs (shown beside it). */
  bundledEn: v.optional(v.string()),
});
export type Description = v.InferOutput<typeof DescriptionSchema>;

/** One glossary entry a selected name may be (answer to `lookupName`), best first. */
const NameMatchSchema = v.object({
  id: v.string(),
  ar: v.string(),
  en: v.string(),
  type: EntityTypeSchema,
  kind: v.string(),
  country: v.optional(v.string()),
  path: v.optional(AdminPathSchema),
});
export type NameMatch = v.InferOutput<typeof NameMatchSchema>;

const LookupNameResultSchema = v.object({
  matches: v.array(NameMatchSchema),
  /** The reader's saved term for this name (the best match's, or their own), if any. */
  saved: v.optional(
    v.object({
      key: v.string(),
      entryId: v.optional(v.string()),
      en: v.string(),
      type: EntityTypeSchema,
      note: v.string(),
      tags: v.array(v.string()),
      status: StatusSchema,
    }),
  ),
});
export type LookupNameResult = v.InferOutput<typeof LookupNameResultSchema>;

/** The content script's answer to `selectionContext`. */
const SelectionContextReplySchema = v.object({
  text: v.string(),
  sentence: v.string(),
  title: v.string(),
  url: v.string(),
});
export type SelectionContextReply = v.InferOutput<typeof SelectionContextReplySchema>;

const CountsSchema = v.object({
  place: v.number(),
  organization: v.number(),
  person: v.number(),
} satisfies Record<EntityType, v.GenericSchema<number>>);

/** What the content script tells the popup about its page. */
const PageStateSchema = v.object({
  status: v.picklist(['idle', 'skipped', 'annotating', 'annotated', 'error']),
  detection: v.optional(DetectionSchema),
  counts: CountsSchema,
  entities: v.array(
    v.object({
      text: v.string(),
      type: EntityTypeSchema,
      name_en: v.string(),
      saved: v.boolean(),
      /** The glossary entry and its canonical Arabic: spellings of one name are one row in the popup. */
      id: v.optional(v.string()),
      name_ar: v.optional(v.string()),
    }),
  ),
  error: v.optional(v.string()),
  /** The page's hostname, for the popup's per-site switch (the popup has no `tabs` permission). */
  host: v.optional(v.string()),
  /** Annotated because the reader asked (the popup, an "always" site), whatever the verdict. */
  forced: v.optional(v.boolean()),
  /** The gate's guess of a skipped page's language from its letters: "fa", "ur", "ckb", "ps", "ar". */
  language: v.optional(v.string()),
});
export type PageState = v.InferOutput<typeof PageStateSchema>;

/** Answer to `locate`. */
const EntityLocationSchema = v.object({
  lat: v.number(),
  lon: v.number(),
  country: v.optional(v.string()),
  kind: v.optional(v.string()),
});
export type EntityLocation = v.InferOutput<typeof EntityLocationSchema>;

/** Answer to `locatorMap`: SVG path data in a `width`×`height` box, north up. */
const LocatorGeometrySchema = v.object({
  width: v.number(),
  height: v.number(),
  /** Every country outline in view except the highlighted one. */
  land: v.string(),
  /** The outline of the requested country, when it is known and in view. */
  country: v.optional(v.string()),
  /** The projected point. */
  dot: v.tuple([v.number(), v.number()]),
  /** Cities in view, to read the point against: projected, with both names. */
  towns: v.optional(v.array(v.object({ x: v.number(), y: v.number(), ar: v.string(), en: v.string() }))),
  /** For a close-up: the whole country, small, with the close-up's frame drawn in it. */
  inset: v.optional(
    v.object({
      /** Where the inset sits in the map: a corner clear of the point and of the towns. */
      x: v.number(),
      y: v.number(),
      width: v.number(),
      height: v.number(),
      country: v.optional(v.string()),
      frame: v.tuple([v.number(), v.number(), v.number(), v.number()]),
    }),
  ),
});
export type LocatorGeometry = v.InferOutput<typeof LocatorGeometrySchema>;

/** How far the bundled pack is loaded into the glossary database. */
const PackProgressSchema = v.object({
  version: v.string(),
  loaded: v.number(),
  total: v.number(),
  done: v.boolean(),
});
export type PackProgress = v.InferOutput<typeof PackProgressSchema>;

const done = v.boolean();

/** What the background answers to each request. */
export const BACKGROUND_REPLIES = {
  annotate: AnnotateResultSchema,
  describe: v.optional(DescriptionSchema),
  /** Only the saved term's key: the rest of it (other pages' sentences) stays in the background. */
  saveTerm: v.object({ key: v.string() }),
  lookupName: LookupNameResultSchema,
  /** Whether there was a term to forget (and so something to undo). */
  unsaveTerm: done,
  undoUnsave: done,
  setTermStatus: done,
  packStatus: v.nullable(PackProgressSchema),
  loadReader: v.null(),
  attributions: v.array(v.string()),
  locate: v.nullable(EntityLocationSchema),
  locatorMap: LocatorGeometrySchema,
  interfaceMessages: v.record(v.string(), v.string()),
  openAbout: v.null(),
};

/** What a content script answers to each request (from the popup and the context menu). */
export const CONTENT_REPLIES = {
  pageState: PageStateSchema,
  annotateNow: PageStateSchema,
  reveal: PageStateSchema,
  selectionContext: v.nullable(SelectionContextReplySchema),
};
