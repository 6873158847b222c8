/**
 * What the background does for each validated request. The glossary database may be
 * unavailable (private windows, a full disk): annotation then still works from the
 * bundled lexicon, and saving reports a clear error.
 */
import type { AnnotateResult, BackgroundRequest, Description, PageEntity } from '../common/messages';
import { annotate } from '../engine';
import { glossaryDb, type SavedTerm } from '../glossary/db';
import { packProgress } from '../glossary/pack-loader';
import { savedKeys, saveTerm, termKey, unsaveTerm } from '../glossary/terms';
import { engineHost } from './engine-host';

type Request<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

async function savedAmong(keys: string[]): Promise<Set<string>> {
  try {
    return await savedKeys(glossaryDb(), keys);
  } catch {
    return new Set();
  }
}

export async function handleAnnotate(request: Request<'annotate'>): Promise<AnnotateResult> {
  const { lexicon } = await engineHost();
  const { detection, entities } = annotate(request.text, lexicon, { signals: request.signals });
  const wanted = request.force || (detection.isArabic && detection.isPolitical);
  if (!wanted) return { detection, entities: [] };
  const keys = entities.map((entity) => termKey({ entryId: entity.id, ar: entity.name_ar }));
  const saved = await savedAmong(keys);
  const pageEntities: PageEntity[] = entities.map((entity, i) => ({
    start: entity.start,
    end: entity.end,
    text: entity.text,
    type: entity.type,
    id: entity.id,
    name_ar: entity.name_ar,
    name_en: entity.name_en,
    kind: entity.kind,
    source: entity.source,
    saved: saved.has(keys[i]),
  }));
  return { detection, entities: pageEntities };
}

export async function handleDescribe(request: Request<'describe'>): Promise<Description | undefined> {
  const { pack, lexicon } = await engineHost();
  const entry = lexicon.entry(request.id);
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
    en: entry.en,
    kind: entry.kind,
    country: entry.country,
    path: entry.path,
    desc: entry.desc,
    attribution: entry.src
      .map((key) => pack.attributions[key])
      .filter((text): text is string => Boolean(text)),
    saved: saved !== undefined,
    note: saved?.note || undefined,
    status: saved?.status,
  };
}

export async function handleSaveTerm(request: Request<'saveTerm'>): Promise<SavedTerm> {
  const { lexicon } = await engineHost();
  const entry = request.term.entryId ? lexicon.entry(request.term.entryId) : undefined;
  return saveTerm(glossaryDb(), request.term, request.context, entry);
}

export async function handleUnsaveTerm(request: Request<'unsaveTerm'>): Promise<null> {
  await unsaveTerm(glossaryDb(), termKey(request.term));
  return null;
}

export async function handlePackStatus() {
  return (await packProgress(glossaryDb())) ?? null;
}

export async function handleAttributions(): Promise<string[]> {
  const { pack } = await engineHost();
  return Object.values(pack.attributions);
}
