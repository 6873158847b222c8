/**
 * Link: a kept span becomes the entity the reader sees, in original-text offsets, with
 * its entry's names, or the surface form and a transliteration (said so) when no entry has one.
 */
import type { EngineEntity } from '../api';
import type { Span } from '../decide/spans';
import { type Doc, origSpan } from '../read/doc';
import { transliterate } from '../transliterate';

export function toEntity(doc: Doc, sp: Span, romanised: Map<string, string>): EngineEntity {
  const [start, end] = origSpan(doc, sp.s, sp.e);
  const surface = doc.original.slice(start, end);
  const e = sp.entry;
  let en = e?.en;
  const transliterated = !en;
  if (!en) {
    en = romanised.get(surface);
    if (en === undefined) {
      en = transliterate(surface);
      romanised.set(surface, en);
    }
  }
  const ent: EngineEntity = {
    start,
    end,
    text: surface,
    type: sp.type,
    name_ar: e && sp.source !== 'context' ? e.ar : surface,
    name_en: en,
    source: sp.source,
  };
  if (e) ent.id = e.id;
  if (sp.kind) ent.kind = sp.kind;
  if (transliterated) ent.transliterated = true;
  return ent;
}
