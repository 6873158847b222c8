/**
 * What the background does for each validated request. The glossary database may be
 * unavailable (private windows, a full disk): annotation then still works from the
 * bundled lexicon, and saving reports a clear error.
 */
import {
  type AnnotateResult,
  type BackgroundRequest,
  clipUrl,
  type Description,
  type LookupNameResult,
  type NameMatch,
  type PageEntity,
} from '../common/messages';
import { sentenceAround } from '../common/sentence';
import { annotate, Lexicon } from '../engine';
import { glossaryDb, type SavedTerm } from '../glossary/db';
import { packProgress } from '../glossary/pack-loader';
import { type SavedFacts, SavedKeyCache, type SavedSnapshot } from '../glossary/saved-cache';
import {
  recordSightings,
  type Sighting,
  saveTerm,
  setStatus,
  termKey,
  undoUnsave,
  unsaveTerm,
} from '../glossary/terms';
import { engineHost, fullEntry } from './engine-host';

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

let savedCache: SavedKeyCache | undefined;

/**
 * Opens the database and reads the saved keys now, at the worker's start, while the
 * lexicon loads: the first annotate of a cold worker then does not wait for both in turn.
 */
export function warmSavedKeys(): void {
  void savedTerms();
}

const NOTHING_SAVED: SavedSnapshot = { terms: new Map(), own: Lexicon.fromEntries([]) };

async function savedTerms(): Promise<SavedSnapshot> {
  try {
    savedCache ??= new SavedKeyCache(glossaryDb());
    return await savedCache.snapshot();
  } catch {
    return NOTHING_SAVED;
  }
}

/**
 * Pages whose saved terms were already recorded since the worker started: re-annotating a
 * page (mutations, the popup's "annotate now") then costs no database write at all. After a
 * worker restart the term's own recent contexts give the same answer.
 */
const recorded = new Set<string>();
const MAX_RECORDED = 5000;

/** Counts saved terms seen on this page, once per page; never fails the annotation. */
async function noteSightings(url: string, title: string, sightings: Sighting[]): Promise<void> {
  const fresh = sightings.filter((sighting) => !recorded.has(`${url}\n${sighting.key}`));
  if (fresh.length === 0) return;
  try {
    await recordSightings(glossaryDb(), { url, title }, fresh);
    if (recorded.size > MAX_RECORDED) recorded.clear();
    for (const sighting of fresh) recorded.add(`${url}\n${sighting.key}`);
  } catch (error) {
    console.warn('Dalil: could not record where saved terms were seen.', error);
  }
}

/**
 * The page a request came from, when it is worth recording: the top frame of a tab (an
 * iframe is the embedding site's to choose, and many of them must not push out anything).
 */
export interface RequestOrigin {
  url?: string;
}

export async function handleAnnotate(
  request: Request<'annotate'>,
  origin: RequestOrigin = {},
): Promise<AnnotateResult> {
  const [{ lexicon, tagger }, { terms, own }] = await Promise.all([engineHost(), savedTerms()]);
  const { detection, entities } = annotate(request.text, lexicon, { signals: request.signals, tagger, own });
  const wanted = request.force || (detection.isArabic && detection.isPolitical);
  if (!wanted) return { detection, entities: [] };
  const keys = entities.map((entity) => termKey({ entryId: entity.id, ar: entity.name_ar }));
  const saved = new Set(keys.filter((key) => terms.has(key)));
  const pageEntities: PageEntity[] = entities.map((entity, i) => ({
    start: entity.start,
    end: entity.end,
    text: entity.text,
    type: entity.type,
    // An own term's id is its key ("user:…"): not a bundled entry to describe.
    id: entity.source === 'own' ? undefined : entity.id,
    name_ar: entity.name_ar,
    name_en: entity.name_en,
    kind: entity.kind,
    source: entity.source,
    transliterated: entity.transliterated,
    saved: saved.has(keys[i]),
    ...readersWord(terms.get(keys[i])),
  }));
  // The page's URL and title within the export format's limits (the schema clipped the
  // title; sentenceAround's sentences are shorter than the limit).
  const pageUrl = clipUrl(origin.url?.split('#')[0] ?? '');
  if (saved.size > 0 && pageUrl && /^(?:https?|file):/.test(pageUrl)) {
    const sightings = entities.flatMap((entity, i) =>
      saved.has(keys[i])
        ? [{ key: keys[i], sentence: sentenceAround(request.text, entity.start, entity.end) }]
        : [],
    );
    // Not awaited: highlights must not wait for the glossary's bookkeeping.
    void noteSightings(pageUrl, request.signals.title ?? '', sightings);
  }
  return { detection, entities: pageEntities };
}

/** The reader's English, note and status of a saved term: final wherever the reader set them. */
function readersWord(term: SavedFacts | undefined): Partial<PageEntity> {
  if (!term) return {};
  const out: Partial<PageEntity> = { status: term.status };
  if (term.en.trim()) Object.assign(out, { name_en: term.en, transliterated: undefined });
  if (term.note) out.note = term.note;
  return out;
}

export async function handleDescribe(request: Request<'describe'>): Promise<Description | undefined> {
  const [{ attributions }, entry] = await Promise.all([engineHost(), fullEntry(request.id)]);
  if (!entry) return undefined;
  let saved: SavedTerm | undefined;
  try {
    saved = await glossaryDb().terms.get(request.id);
  } catch {
    saved = undefined;
  }
  return {
    id: entry.id,
    ar: entry.ar,
    en: saved?.en.trim() ? saved.en : entry.en,
    bundledEn: saved?.en.trim() && saved.en !== entry.en ? entry.en : undefined,
    kind: entry.kind,
    country: entry.country,
    path: entry.path,
    desc: entry.desc,
    roles: entry.roles,
    acronym: entry.acronym,
    attribution: entry.src.map((key) => attributions[key]).filter((text): text is string => Boolean(text)),
    sources: entry.src,
    saved: saved !== undefined,
    note: saved?.note || undefined,
    status: saved?.status,
  };
}

/** Answers with the saved term's key only: the term's other sentences are not the asking page's to see. */
export async function handleSaveTerm(request: Request<'saveTerm'>): Promise<{ key: string }> {
  const entry = request.term.entryId ? await fullEntry(request.term.entryId) : undefined;
  const { key } = await saveTerm(
    glossaryDb(),
    request.term,
    request.context,
    entry,
    Date.now(),
    request.details,
  );
  return { key };
}

const MAX_MATCHES = 8;

/** Glossary entries for a selected name (any spelling), and the reader's term if saved. */
export async function handleLookupName(request: Request<'lookupName'>): Promise<LookupNameResult> {
  const { lexicon } = await engineHost();
  const name = request.name.replace(/\s+/g, ' ').trim();
  const matches: NameMatch[] = lexicon
    .lookup(name)
    .slice(0, MAX_MATCHES)
    .map((entry) => ({
      id: entry.id,
      ar: entry.ar,
      en: entry.en,
      type: entry.type,
      kind: entry.kind,
      country: entry.country,
      path: entry.path,
    }));
  let saved: SavedTerm | undefined;
  try {
    const keys = [...matches.map((match) => match.id), termKey({ ar: name })];
    const rows = await glossaryDb().terms.bulkGet(keys);
    saved = rows.find((row): row is SavedTerm => row !== undefined);
  } catch {
    saved = undefined;
  }
  return {
    matches,
    saved: saved && {
      key: saved.key,
      entryId: saved.entryId,
      en: saved.en,
      type: saved.type,
      note: saved.note,
      tags: saved.tags,
      status: saved.status,
    },
  };
}

/** Whether there was a term to forget (and so an undo to offer). */
export async function handleUnsaveTerm(request: Request<'unsaveTerm'>): Promise<boolean> {
  return (await unsaveTerm(glossaryDb(), termKey(request.term))) !== undefined;
}

/** Whether the term was saved (a status is only ever set on a saved term). */
export async function handleSetTermStatus(request: Request<'setTermStatus'>): Promise<boolean> {
  return (await setStatus(glossaryDb(), [termKey(request.term)], request.status)) > 0;
}

export async function handleUndoUnsave(request: Request<'undoUnsave'>): Promise<boolean> {
  return undoUnsave(glossaryDb(), termKey(request.term));
}

export async function handlePackStatus() {
  return (await packProgress(glossaryDb())) ?? null;
}

export async function handleAttributions(): Promise<string[]> {
  const { attributions } = await engineHost();
  return Object.values(attributions);
}
