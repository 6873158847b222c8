/**
 * The valibot schema of one term in Dalil's JSON format (docs/glossary-format.md), used
 * to validate imports and backups. Unknown fields are ignored; missing optional fields
 * take their defaults.
 */

import * as v from 'valibot';
import { CONTEXT_LIMITS } from '../common/messages';
import { ENTITY_TYPES, LEARNING_STATUSES } from '../common/pack';
import type { SavedTerm } from './db';
import { cleanTags, termKey } from './terms';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const time = v.pipe(
  v.number(),
  v.integer('is not a whole number of milliseconds'),
  v.minValue(0, 'is before 1970'),
  v.maxValue(8.64e15, 'is not a date'),
);

export const ContextSchema = v.object({
  sentence: text(CONTEXT_LIMITS.sentence),
  url: text(CONTEXT_LIMITS.url),
  title: text(CONTEXT_LIMITS.title),
  seenAt: time,
  auto: v.optional(v.boolean()),
});

export const TypeSchema = v.picklist(ENTITY_TYPES, 'is not place, organization or person');
export const StatusSchema = v.picklist(LEARNING_STATUSES, 'is not new, learning or known');

export const TermSchema = v.object({
  key: v.optional(v.string()),
  entryId: v.optional(v.pipe(text(200), v.minLength(1, 'is empty'))),
  ar: v.pipe(
    text(200),
    v.check((value) => value.trim().length > 0, 'is empty'),
  ),
  en: v.optional(text(200), ''),
  type: v.optional(TypeSchema, 'place'),
  kind: v.optional(text(60)),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'is not a two-letter country code'))),
  path: v.optional(v.pipe(v.array(v.tuple([text(200), text(200)])), v.maxLength(12))),
  note: v.optional(text(5000), ''),
  tags: v.optional(v.array(text(60)), []),
  status: v.optional(StatusSchema, 'new'),
  contexts: v.optional(v.array(ContextSchema), []),
  firstSeen: v.optional(time),
  lastSeen: v.optional(time),
  timesSeen: v.optional(v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(0))),
  updatedAt: v.optional(time),
});

export type TermInput = v.InferOutput<typeof TermSchema>;

/** A validated term as stored: key recomputed, defaults filled, search keys left for the writer. */
export function termFromInput(input: TermInput, now: number): SavedTerm {
  const contexts = input.contexts
    .slice(0, 5)
    .map(({ auto, ...context }) => (auto ? { ...context, auto: true as const } : context));
  const lastSeen = input.lastSeen ?? contexts[0]?.seenAt ?? input.firstSeen ?? now;
  const firstSeen = input.firstSeen ?? contexts.at(-1)?.seenAt ?? lastSeen;
  const term: SavedTerm = {
    key: termKey({ entryId: input.entryId, ar: input.ar }),
    ar: input.ar,
    en: input.en,
    type: input.type,
    note: input.note,
    tags: cleanTags(input.tags),
    status: input.status,
    contexts,
    firstSeen,
    lastSeen,
    timesSeen: input.timesSeen ?? Math.max(1, contexts.length),
    updatedAt: input.updatedAt ?? lastSeen,
    searchKeys: [],
  };
  if (input.entryId !== undefined) term.entryId = input.entryId;
  if (input.kind !== undefined) term.kind = input.kind;
  if (input.country !== undefined) term.country = input.country;
  if (input.path !== undefined) term.path = input.path;
  return term;
}

/** A valibot issue as a problem: the field's dotted path and the reason. */
export function issueField(issue: v.BaseIssue<unknown>): string | undefined {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path || undefined;
}

export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.expected) {
    if (issue.received === 'undefined') return 'is missing';
    return `should be ${issue.expected}, not ${issue.received}`;
  }
  return issue.message;
}
